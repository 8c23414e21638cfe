using System.Text;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// The approved minutes (議事録) of the closed demo meetings, in Japanese and English. The figures come from the
/// attendance and the computed results, never typed in, so the minutes say what the results page says.
/// </summary>
static class DemoMinutes
{
    const string SampleJa = "（本議事録はデモ用のサンプルです。会長以外の役員・出席者の氏名、時刻及び会場名は架空のものです。）";
    const string SampleEn = "(These minutes are sample data for the demo. The names of officers other than the chair and of the attendees, the times and the venue's name are made up.)";

    public static MeetingMinutes Assembly2023(Meeting m, MeetingResultsReport report, DemoSetting s)
    {
        var came = AttendanceFigures.Of(m.Attendances).Came;
        var proxies = m.Attendances.Count(a => a.GaveProxy);
        var absent = m.Attendances.Count(a => a.Mode == AttendanceMode.Absent);
        var q = report.Quorum;
        var ja = new StringBuilder()
            .AppendLine($"{m.TitleJa} 議事録").AppendLine()
            .AppendLine($"日時　{JapanTime.Format(m.StartsAt, false)}〜{JapanTime.ToLocal(m.EndsAt!.Value):HH:mm}")
            .AppendLine($"場所　{m.VenueJa}")
            .AppendLine("形式　対面")
            .AppendLine($"出席　{came.Text(false)}（会員{q.Invited}団体。ほかに議長への委任状{proxies}団体、欠席{absent}団体）")
            .AppendLine($"定足数　出席及び委任状により{q.Present}団体が出席し、定足数（{q.Required}団体）を満たしたため、本総会は成立した。")
            .AppendLine($"議長　{m.ChairName}（{s.Name(MeetingsDemo.ChairCode)} 会長）")
            .AppendLine($"来賓　{m.Guests!.Replace("\n", "、")}").AppendLine();
        var en = new StringBuilder()
            .AppendLine($"Minutes of the {m.TitleEn}").AppendLine()
            .AppendLine($"Date: {JapanTime.Format(m.StartsAt, true)[..^4]}–{JapanTime.ToLocal(m.EndsAt!.Value):HH:mm} JST")
            .AppendLine($"Place: {m.VenueEn}")
            .AppendLine("Format: in person")
            .AppendLine($"Attendance: {came.Text(true)} (of {q.Invited} member associations; {proxies} more gave a proxy to the chair, {absent} were absent)")
            .AppendLine($"Quorum: {q.Present} associations present in person or by proxy, quorum {q.Required}: the assembly was duly constituted.")
            .AppendLine($"Chair: KANDA Masaaki (President, {s.Name(MeetingsDemo.ChairCode, english: true)})")
            .AppendLine("Guests: the Director of the International Affairs Office, Local Administration Bureau, Ministry of Internal Affairs and Communications (Director Kusakabe), and the Director of the Residency Support Division, Immigration Services Agency (Director Watanabe)").AppendLine();
        Items(m, report, ja, en, s);
        ja.AppendLine("来賓説明").AppendLine("　来賓の総務省自治行政局国際室 草壁室長及び法務省出入国在留管理庁在留管理支援部在留支援課 渡邉課長から、国の施策について説明があった。").AppendLine()
            .AppendLine($"以上をもって議事を終了し、議長は{JapanTime.ToLocal(m.EndsAt.Value):H時mm分}に閉会を宣した。総会終了後、交流会を開催した。").AppendLine().Append(SampleJa);
        en.AppendLine("Guests' briefing").AppendLine("  The guests from the Ministry of Internal Affairs and Communications and the Immigration Services Agency explained the government's policies.").AppendLine()
            .AppendLine($"The chair closed the meeting at {JapanTime.ToLocal(m.EndsAt.Value):HH:mm}. A networking session followed.").AppendLine().Append(SampleEn);
        return DemoSetting.ApprovedMinutes(ja.ToString(), en.ToString(), DemoSetting.At(new DateOnly(2023, 6, 9), 15));
    }

    public static MeetingMinutes Written2021(Meeting m, MeetingResultsReport report, DemoSetting s)
    {
        var q = report.Quorum;
        var ja = new StringBuilder()
            .AppendLine($"{m.TitleJa} 議事録").AppendLine()
            .AppendLine("形式　書面開催（書面決議）。新型コロナウイルス感染症の影響により、総会を書面により開催した。")
            .AppendLine($"提案日　{JapanTime.Format(m.NoticeSentAt!.Value, false)}")
            .AppendLine($"回答期限　{JapanTime.Format(m.WrittenVoteDeadline!.Value, false)}")
            .AppendLine($"会員数　{q.Invited}団体").AppendLine()
            .AppendLine("会長が全会員に対し下記の議案を書面により提案したところ、全会員から書面により同意の意思表示があったため、各議案を承認する旨の総会の決議があったものとみなされた。同意書は10年間保存する。").AppendLine();
        var en = new StringBuilder()
            .AppendLine($"Minutes of the {m.TitleEn}").AppendLine()
            .AppendLine("Format: held in writing (written resolution), because of COVID-19.")
            .AppendLine($"Proposed: {JapanTime.Format(m.NoticeSentAt!.Value, true)}")
            .AppendLine($"Answers due: {JapanTime.Format(m.WrittenVoteDeadline!.Value, true)}")
            .AppendLine($"Member associations: {q.Invited}").AppendLine()
            .AppendLine("The chair proposed the motions below to every member association in writing. As every member consented in writing, the assembly is deemed to have approved each motion. The consents are kept for ten years.").AppendLine();
        Items(m, report, ja, en, s);
        ja.Append("（本議事録はデモ用のサンプルです。）");
        en.Append("(These minutes are sample data for the demo.)");
        return DemoSetting.ApprovedMinutes(ja.ToString(), en.ToString(), DemoSetting.At(new DateOnly(2021, 6, 4), 15));
    }

    public static MeetingMinutes Block(Meeting m, MeetingResultsReport report, DemoSetting s)
    {
        var came = AttendanceFigures.Of(m.Attendances).Came;
        var ja = new StringBuilder()
            .AppendLine($"{m.TitleJa} 議事録").AppendLine()
            .AppendLine($"日時　{JapanTime.Format(m.StartsAt, false)}")
            .AppendLine($"場所　{m.VenueJa}")
            .AppendLine($"出席　{came.Text(false)}（ほかに委任状{m.Attendances.Count(a => a.GaveProxy)}団体）")
            .AppendLine($"議長　{m.ChairName}（{s.Name(m.ChairAssociationCode!)}）").AppendLine();
        var en = new StringBuilder()
            .AppendLine($"Minutes of the {m.TitleEn}").AppendLine()
            .AppendLine($"Date: {JapanTime.Format(m.StartsAt, true)}")
            .AppendLine($"Place: {m.VenueEn}")
            .AppendLine($"Attendance: {came.Text(true)} ({m.Attendances.Count(a => a.GaveProxy)} more by proxy)")
            .AppendLine($"Chair: {m.ChairName} ({s.Name(m.ChairAssociationCode!, english: true)})").AppendLine();
        Items(m, report, ja, en, s);
        ja.Append("（本議事録はデモ用のサンプルです。日時、出席者及び議事の内容は架空のものです。）");
        en.Append("(These minutes are sample data for the demo. The date, the attendees and the proceedings are made up.)");
        return DemoSetting.ApprovedMinutes(ja.ToString(), en.ToString(), m.EndsAt!.Value.AddDays(14));
    }

    /// <summary>Each agenda item with its result in words and figures; an election lists who was elected.</summary>
    static void Items(Meeting m, MeetingResultsReport report, StringBuilder ja, StringBuilder en, DemoSetting s)
    {
        ja.AppendLine("議事");
        en.AppendLine("Proceedings");
        foreach (var r in report.Items)
        {
            var item = r.Item;
            ja.AppendLine($"{item.Label(m.Items, false)}　{item.TitleJa}");
            en.AppendLine($"{item.Label(m.Items, true)}: {item.TitleEn}");
            if (item.Kind == AgendaItemKind.Report)
            {
                ja.AppendLine("　報告があり、了承された（採決なし）。");
                en.AppendLine("  Reported and noted (no vote).");
            }
            if (r.Verdict.Count is { } c)
            {
                var written = item.Majority == MajorityRule.AllMembersConsent;
                var passed = r.Verdict.Passed ? (r.Verdict.Unanimous ? "全会一致で" : "賛成多数で") + (item.Wording == PassWording.Carried ? "可決" : "承認") : "否決";
                ja.AppendLine(written
                    ? $"　全{c.Base}団体のうち同意{c.For}、不同意{c.Against}、棄権{c.Abstain}により、{passed}された。"
                    : $"　出席{c.Base}団体のうち賛成{c.For}（うち委任状{r.ByProxy}）、反対{c.Against}、棄権{c.Abstain}により、{passed}された。");
                var outcome = r.Verdict.Passed ? (item.Wording == PassWording.Carried ? "carried" : "approved") + (r.Verdict.Unanimous ? " unanimously" : "") : "rejected";
                en.AppendLine(written
                    ? $"  Of all {c.Base} associations, {c.For} consented, {c.Against} did not, {c.Abstain} abstained: {outcome}."
                    : $"  Of {c.Base} associations present, {c.For} for ({r.ByProxy} by proxy), {c.Against} against, {c.Abstain} abstentions: {outcome}.");
            }
            foreach (var candidate in item.Candidates.OrderBy(x => x.Number))
            {
                var position = OfficerRegister.Standard[candidate.OfficerPositionId - 1];
                ja.AppendLine($"　　{position.NameJa}　{candidate.PersonName}（{s.Name(candidate.AssociationCode)}）");
                en.AppendLine($"    {position.NameEn}: {candidate.PersonName} ({s.Name(candidate.AssociationCode, english: true)})");
            }
            ja.AppendLine();
            en.AppendLine();
        }
    }
}
