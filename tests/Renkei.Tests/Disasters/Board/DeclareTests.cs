using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>Declaring a disaster or a drill: who may, the affected associations, the timeline and the e-mails.</summary>
public class DeclareTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_secretariat_declares_a_drill_marking_the_members_of_the_prefectures_affected_and_mailing_them_and_their_block()
    {
        var gifu = await factory.AssociationAdmin(DisasterData.Gifu);
        await factory.PrefersEnglishAsync(gifu);
        var nagoya = await factory.AssociationAdmin(DisasterData.Nagoya);
        var sendai = await factory.AssociationAdmin(DisasterData.Sendai);
        var client = await factory.SignedInClient(await factory.Secretariat());
        var name = BoardTesting.Name("岐阜愛知豪雨");

        var response = await client.DeclareAsync(BoardTesting.DeclareValues(name), "21", "23");

        var id = BoardTesting.DisasterIdFrom(response);
        var stored = await factory.StoredDisasterAsync(id);
        Assert.Equal(name, stored.NameJa);
        Assert.True(stored.IsDrill);
        Assert.Equal(["21", "23"], stored.PrefectureCodes);
        Assert.Null(stored.DeclaredByAssociationCode);
        Assert.Equal(24, stored.EscalationHours);
        Assert.Equal(DisasterStatus.Open, stored.Status);
        Assert.Equal([DisasterData.Gifu, DisasterData.Aichi, DisasterData.Nagoya], stored.Affected.Select(a => a.AssociationCode).Order());
        Assert.All(stored.Affected, a => Assert.Equal(OperatingStatus.Unknown, a.Status));
        var declared = Assert.Single(await factory.EventsAsync(id));
        Assert.Equal(DisasterEventKind.Declared, declared.Kind);

        // The affected are asked for their status, each in their own language, with the drill said under the greeting.
        var en = Assert.Single(await factory.MailToAsync(gifu.Email, id));
        Assert.StartsWith("[DRILL] [Renkei] Test heavy rain: please report your association's status", en.Subject);
        Assert.Contains("[DRILL] This is a drill, not a real disaster.", en.BodyText);
        Assert.Contains($"/disasters/{id}/status?code={DisasterData.Gifu}", en.BodyText);
        var ja = Assert.Single(await factory.MailToAsync(nagoya.Email, id));
        Assert.StartsWith($"【訓練】【連携】{name}：貴協会の状況を報告してください", ja.Subject);
        Assert.Contains("名古屋国際センター", ja.BodyText);
        Assert.StartsWith("名古屋国際センター ご担当者様\n\n【訓練】これは訓練です。実際の災害ではありません。", ja.BodyText.ReplaceLineEndings("\n"));
        Assert.EndsWith("地域国際化協会連絡協議会 災害時広域支援", ja.BodyText.TrimEnd());
        // Another block hears nothing: the request goes to its own block first.
        Assert.Empty(await factory.MailToAsync(sendai.Email, id));

        var flash = await client.GetPage($"/disasters/{id}");
        Assert.Contains("被災地の協会 3 件", flash.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task The_other_members_of_the_block_are_told_that_their_block_is_hit()
    {
        var shizuoka = await factory.AssociationAdmin("220001");
        var client = await factory.SignedInClient(await factory.Secretariat());
        var name = BoardTesting.Name("岐阜豪雨");

        var id = BoardTesting.DisasterIdFrom(await client.DeclareAsync(BoardTesting.DeclareValues(name, drill: false), "21"));

        var mail = Assert.Single(await factory.MailToAsync(shizuoka.Email, id));
        Assert.Equal($"【連携】{name}：ブロック内で災害対応が始まりました", mail.Subject);
        Assert.Contains("岐阜県国際交流センター", mail.BodyText);
        Assert.Contains($"/disasters/{id}", mail.BodyText);
        Assert.DoesNotContain("訓練", mail.BodyText);
    }

    [Fact]
    public async Task An_association_declares_only_a_disaster_that_includes_its_own_prefecture()
    {
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));
        var refused = BoardTesting.Name("よその災害");

        var response = await client.DeclareAsync(BoardTesting.DeclareValues(refused), "21");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("協会が災害対応を開始できるのは、自協会の都道府県（愛知県）が被災地に含まれるときだけです。愛知県を含めるか、事務局に連絡してください。",
            page.MessageFor("Input.Prefectures"));
        Assert.Null(await factory.DisasterNamedAsync(refused));

        var name = BoardTesting.Name("愛知の災害");
        var id = BoardTesting.DisasterIdFrom(await client.DeclareAsync(BoardTesting.DeclareValues(name), "21", "23"));
        var stored = await factory.StoredDisasterAsync(id);
        Assert.Equal(DisasterData.Aichi, stored.DeclaredByAssociationCode);
        Assert.Equal(DisasterData.Aichi, Assert.Single(await factory.EventsAsync(id)).ActorAssociationCode);
    }

    [Fact]
    public async Task Only_the_secretariat_sets_the_escalation_time()
    {
        var association = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Aichi));
        Assert.Null((await association.GetPage("/disasters/new")).QuerySelector("input[name='Input.EscalationHours']"));
        var values = BoardTesting.DeclareValues(BoardTesting.Name("時間"));
        values["Input.EscalationHours"] = "6";
        var refused = Forms.Parse(await (await association.DeclareAsync(values, "23")).Content.ReadAsStringAsync());
        Assert.Equal("全ブロックに広げるまでの時間は事務局だけが変更できます。", refused.MessageFor("Input.EscalationHours"));

        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var id = BoardTesting.DisasterIdFrom(await secretariat.DeclareAsync(values, "23"));
        Assert.Equal(6, (await factory.StoredDisasterAsync(id)).EscalationHours);
        values["Input.NameJa"] = BoardTesting.Name("時間");
        values["Input.EscalationHours"] = "169";
        var tooLong = Forms.Parse(await (await secretariat.DeclareAsync(values, "23")).Content.ReadAsStringAsync());
        Assert.Equal("全ブロックに広げるまでの時間は1〜168の整数（時間）で入力してください。", tooLong.MessageFor("Input.EscalationHours"));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_in_japanese_and_english_and_stores_nothing()
    {
        var client = await factory.SignedInClient(await factory.Secretariat());
        var values = new Dictionary<string, string>
        {
            ["Input.NameJa"] = " ",
            ["Input.Kind"] = "meteor",
            ["Input.StartedAt"] = "yesterday",
            ["Input.EscalationHours"] = "x",
        };

        var ja = Forms.Parse(await (await client.DeclareAsync(values)).Content.ReadAsStringAsync());
        Assert.Equal("名称を入力してください。", ja.MessageFor("Input.NameJa"));
        Assert.Equal("災害の種類を選んでください。", ja.MessageFor("Input.Kind"));
        Assert.Equal("被災した都道府県を1つ以上選んでください。", ja.MessageFor("Input.Prefectures"));
        Assert.Equal("発生日時は 2027-05-21T13:30 の形式（日本時間）で入力してください。", ja.MessageFor("Input.StartedAt"));
        Assert.Equal("実際の災害か訓練かを選んでください。", ja.MessageFor("Input.IsDrill"));
        Assert.NotNull(ja.QuerySelector(".error-summary"));

        await client.GetPage("/disasters?culture=en");
        values["Input.StartedAt"] = JapanTimeIn(days: 2);
        var en = Forms.Parse(await (await client.DeclareAsync(values, "99")).Content.ReadAsStringAsync());
        Assert.Equal("Enter a name.", en.MessageFor("Input.NameJa"));
        Assert.Equal("Choose the kind of disaster.", en.MessageFor("Input.Kind"));
        Assert.Equal("There is no prefecture code \"99\" (01 to 47).", en.MessageFor("Input.Prefectures"));
        Assert.Equal("The start cannot be in the future.", en.MessageFor("Input.StartedAt"));
        Assert.Equal("Enter the hours before escalation as a whole number from 1 to 168.", en.MessageFor("Input.EscalationHours"));
        Assert.Equal("Choose whether this is a real disaster or a drill.", en.MessageFor("Input.IsDrill"));
    }

    static string JapanTimeIn(int days) => Renkei.Web.Features.Meetings.JapanTime.InputValue(DateTime.UtcNow.AddDays(days));

    [Fact]
    public async Task Signing_in_is_needed_to_declare()
    {
        var response = await factory.NewClient().GetAsync("/disasters/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }
}
