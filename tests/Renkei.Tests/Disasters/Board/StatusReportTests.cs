using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Tests.DisastersFeature;

/// <summary>An affected association's status: reported by itself, or on its behalf by its block chair or the secretariat.</summary>
public class StatusReportTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static Dictionary<string, string> Report(string status, bool centre = false, string note = "") => new()
    {
        ["Input.Status"] = status,
        ["Input.SupportCentreOpen"] = centre ? "true" : "",
        ["Input.Note"] = note,
    };

    Task<AffectedAssociation> RowAsync(int disasterId, string code) =>
        factory.WithDb(db => db.AffectedAssociations.AsNoTracking().SingleAsync(a => a.DisasterId == disasterId && a.AssociationCode == code));

    [Fact]
    public async Task The_association_reports_its_own_status_and_the_timeline_records_it()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var user = await factory.AssociationStaff(DisasterData.Gifu);
        var client = await factory.SignedInClient(user);

        var page = await client.GetPage($"/disasters/{disaster.Id}/status");
        Assert.Contains("岐阜県国際交流センターの状況", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".drill-banner"));
        var response = await client.SubmitForm(page, "form#status", Report("limited", centre: true, note: "電話は 058-000-0000"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/disasters/{disaster.Id}", response.Headers.Location!.OriginalString);
        var row = await RowAsync(disaster.Id, DisasterData.Gifu);
        Assert.Equal((OperatingStatus.Limited, true, "電話は 058-000-0000", user.Email), (row.Status, row.SupportCentreOpen, row.Note, row.ReportedBy));
        var e = Assert.Single(await factory.EventsAsync(disaster.Id));
        Assert.Equal((DisasterEventKind.StatusReported, DisasterData.Gifu), (e.Kind, e.AssociationCode));
        Assert.Equal("一部制限・災害多言語支援センター開設中：電話は 058-000-0000", e.Note);

        // Unticking the box closes the centre again.
        await client.PostForm($"/disasters/{disaster.Id}/status", "form#status", Report("operating"));
        Assert.False((await RowAsync(disaster.Id, DisasterData.Gifu)).SupportCentreOpen);
    }

    [Fact]
    public async Task The_block_chair_reports_on_behalf_and_another_association_may_not()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var chair = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));

        var response = await chair.PostForm($"/disasters/{disaster.Id}/status?code={DisasterData.Gifu}", "form#status", Report("unable", note: "事務所が浸水"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OperatingStatus.Unable, (await RowAsync(disaster.Id, DisasterData.Gifu)).Status);
        Assert.Equal(DisasterData.Aichi, Assert.Single(await factory.EventsAsync(disaster.Id)).ActorAssociationCode);

        var nagoya = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Nagoya));
        await nagoya.GetPage($"/disasters/{disaster.Id}/status?code={DisasterData.Gifu}", HttpStatusCode.Forbidden);
        var sendai = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Sendai));
        await sendai.GetPage($"/disasters/{disaster.Id}/status?code={DisasterData.Gifu}", HttpStatusCode.Forbidden);
        // Sendai is not affected by this disaster at all, and neither is the secretariat's own (none).
        await sendai.GetPage($"/disasters/{disaster.Id}/status", HttpStatusCode.NotFound);
        await chair.GetPage($"/disasters/{disaster.Id}/status?code={DisasterData.Sendai}", HttpStatusCode.NotFound);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await secretariat.GetPage($"/disasters/{disaster.Id}/status?code={DisasterData.Gifu}");
        await secretariat.GetPage($"/disasters/{disaster.Id}/status?code=999999", HttpStatusCode.NotFound);
        // Without a code the secretariat is sent to the board's affected associations, each with its link.
        var toBoard = await secretariat.GetAsync($"/disasters/{disaster.Id}/status");
        Assert.Equal(HttpStatusCode.Redirect, toBoard.StatusCode);
        Assert.Equal($"/disasters/{disaster.Id}#affected-h", toBoard.Headers.Location?.OriginalString);
        var board = await secretariat.GetPage($"/disasters/{disaster.Id}");
        Assert.NotNull(board.QuerySelector($"#affected-h ~ ul a[href='/disasters/{disaster.Id}/status?code={DisasterData.Gifu}']"));
        await secretariat.GetPage($"/disasters/{disaster.Id + 100000}/status", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unable_to_operate_is_mailed_at_once_to_the_block_chair_and_the_secretariat_who_act_for_it()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var chairEmail = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Aichi);
        var gifuEmail = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Gifu);
        var nagoyaEmail = await SupportTesting.EmergencyEmailAsync(factory, DisasterData.Nagoya);
        var secretariat = await factory.Secretariat();
        var disaster = await DisasterData.DeclareAsync(factory);
        var gifu = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Gifu));
        var statusLink = $"/disasters/{disaster.Id}/status?code={DisasterData.Gifu}";
        Task<List<OutboxMessage>> AlertsAsync() => factory.WithDb(db =>
            db.Outbox.AsNoTracking().Where(m => m.BodyText.Contains(statusLink) && m.Subject.Contains("業務不能")).ToListAsync());

        await gifu.PostForm($"/disasters/{disaster.Id}/status", "form#status", Report("limited"));
        Assert.Empty(await AlertsAsync());

        await gifu.PostForm($"/disasters/{disaster.Id}/status", "form#status", Report("unable", note: "事務所が浸水"));
        var alerts = await AlertsAsync();
        var toChair = Assert.Single(alerts, m => m.To == chairEmail);
        Assert.Contains(alerts, m => m.To == secretariat.Email);
        Assert.DoesNotContain(alerts, m => m.To == gifuEmail || m.To == nagoyaEmail);
        Assert.StartsWith("【訓練】【連携】業務不能の報告：岐阜県国際交流センター", toChair.Subject);
        Assert.Contains($"/disasters/{disaster.Id}/requests/new?code={DisasterData.Gifu}", toChair.BodyText);
        Assert.Contains("代わりに状況を報告し、支援要請を登録してください", toChair.BodyText);

        // Still unable: nothing new to tell.
        await gifu.PostForm($"/disasters/{disaster.Id}/status", "form#status", Report("unable", note: "変わらず"));
        Assert.Equal(alerts.Count, (await AlertsAsync()).Count);
    }

    [Fact]
    public async Task Without_a_status_the_message_is_in_the_readers_language_and_nothing_changes()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));

        var ja = Forms.Parse(await (await client.PostForm($"/disasters/{disaster.Id}/status", "form#status", Report(""))).Content.ReadAsStringAsync());
        Assert.Equal("協会の状況を「通常どおり」「一部制限」「業務不能」から選んでください。", ja.MessageFor("Input.Status"));
        var en = Forms.Parse(await (await client.PostForm($"/disasters/{disaster.Id}/status?culture=en", "form#status",
            Report("operating", note: new string('x', 2001)))).Content.ReadAsStringAsync());
        Assert.Equal("Keep the note within 2,000 characters.", en.MessageFor("Input.Note"));

        Assert.Equal(OperatingStatus.Unknown, (await RowAsync(disaster.Id, DisasterData.Gifu)).Status);
        Assert.Empty(await factory.EventsAsync(disaster.Id));
    }

    [Fact]
    public async Task A_report_made_in_between_is_a_conflict_that_keeps_what_was_typed()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var page = await client.GetPage($"/disasters/{disaster.Id}/status");
        await factory.WithDb(async db =>
        {
            var row = await db.AffectedAssociations.SingleAsync(a => a.DisasterId == disaster.Id && a.AssociationCode == DisasterData.Gifu);
            row.Status = OperatingStatus.Unable;
            row.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
        });

        var response = await client.SubmitForm(page, "form#status", Report("operating", note: "復旧しました"));

        var result = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(result.QuerySelector("#conflict"));
        Assert.Equal("復旧しました", ((IHtmlTextAreaElement)result.QuerySelector("#Input_Note")!).Value);
        Assert.True(((IHtmlInputElement)result.QuerySelector("#status-operating")!).IsChecked);
        Assert.Equal(OperatingStatus.Unable, (await RowAsync(disaster.Id, DisasterData.Gifu)).Status);
        // Reporting again from there is a deliberate choice and goes through.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(result, "form#status")).StatusCode);
        Assert.Equal(OperatingStatus.Operating, (await RowAsync(disaster.Id, DisasterData.Gifu)).Status);
    }

    [Fact]
    public async Task A_closed_disaster_takes_no_more_reports()
    {
        var disaster = await DisasterData.DeclareAsync(factory, configure: d => d.Status = DisasterStatus.Closed);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));

        var page = await client.GetPage($"/disasters/{disaster.Id}/status");

        Assert.Null(page.QuerySelector("form#status"));
        Assert.Contains("この災害対応は終了しています。", page.QuerySelector("main")!.TextContent);
    }
}
