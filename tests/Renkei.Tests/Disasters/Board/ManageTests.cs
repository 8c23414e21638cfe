using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>Changing and closing a disaster: who may, the stamp, adding prefectures, the escalation time, the confirmation.</summary>
public class ManageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> SecretariatAsync() => await factory.SignedInClient(await factory.Secretariat());

    static Dictionary<string, string> Closing(string note, bool confirm) => new() { ["Closing.Note"] = note, ["Closing.Confirm"] = confirm ? "true" : "false" };

    [Fact]
    public async Task Only_the_secretariat_and_the_declaring_association_manage_a_disaster()
    {
        var bySecretariat = await DisasterData.DeclareAsync(factory);
        var byAichi = await DisasterData.DeclareAsync(factory, ["23"], configure: d => d.DeclaredByAssociationCode = DisasterData.Aichi);
        var aichi = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Aichi));
        var nagoya = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Nagoya));

        await aichi.GetPage($"/disasters/{bySecretariat.Id}/manage", HttpStatusCode.Forbidden);
        await aichi.GetPage($"/disasters/{byAichi.Id}/manage");
        await nagoya.GetPage($"/disasters/{byAichi.Id}/manage", HttpStatusCode.Forbidden);
        await (await SecretariatAsync()).GetPage($"/disasters/{byAichi.Id}/manage");
        await aichi.GetPage("/disasters/987654/manage", HttpStatusCode.NotFound);
        Assert.Null((await aichi.GetPage($"/disasters/{byAichi.Id}")).QuerySelector($"a[href='/disasters/{bySecretariat.Id}/manage']"));
        Assert.NotNull((await aichi.GetPage($"/disasters/{byAichi.Id}")).QuerySelector($"a[href='/disasters/{byAichi.Id}/manage']"));
    }

    [Fact]
    public async Task Adding_a_prefecture_makes_its_associations_affected_and_tells_them_and_changing_the_time_moves_the_waiting_requests()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var waiting = await DisasterData.RequestAsync(factory, disaster.Id);
        var escalated = await DisasterData.RequestAsync(factory, disaster.Id, escalated: true);
        var sendai = await factory.AssociationAdmin(DisasterData.Sendai);
        var client = await SecretariatAsync();
        var page = await client.GetPage($"/disasters/{disaster.Id}/manage");
        Assert.Null(page.QuerySelector("input#pref-21"));

        var response = await client.SubmitForm(page, "form#edit-disaster", new Dictionary<string, string>
        {
            ["Input.NameJa"] = "岐阜・宮城 訓練",
            ["Input.Prefectures"] = "04",
            ["Input.EscalationHours"] = "6",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.StoredDisasterAsync(disaster.Id);
        Assert.Equal(("岐阜・宮城 訓練", 6), (stored.NameJa, stored.EscalationHours));
        Assert.Equal(["04", "21"], stored.PrefectureCodes);
        Assert.Equal([DisasterData.Miyagi, DisasterData.Sendai, DisasterData.Gifu], stored.Affected.Select(a => a.AssociationCode).Order());
        Assert.Contains("貴協会の状況を報告してください", Assert.Single(await factory.MailToAsync(sendai.Email, disaster.Id)).Subject);
        Assert.Equal(DisasterEventKind.Updated, Assert.Single(await factory.EventsAsync(disaster.Id)).Kind);
        var requests = await factory.WithDb(db => db.SupportRequests.AsNoTracking().Where(r => r.DisasterId == disaster.Id).ToListAsync());
        var moved = requests.Single(r => r.Id == waiting.Id);
        Assert.Equal(moved.PostedAt.AddHours(6), moved.EscalateAfter, TimeSpan.FromSeconds(1));
        Assert.Equal(escalated.EscalateAfter, requests.Single(r => r.Id == escalated.Id).EscalateAfter, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_stale_edit_shows_the_conflict_and_keeps_what_was_typed()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var client = await SecretariatAsync();
        var page = await client.GetPage($"/disasters/{disaster.Id}/manage");
        await factory.WithDb(async db =>
        {
            var d = await db.Disasters.SingleAsync(x => x.Id == disaster.Id);
            d.NameJa = "別の人が直した名称";
            d.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
        });

        var response = await client.SubmitForm(page, "form#edit-disaster", new Dictionary<string, string> { ["Input.NameJa"] = "私が直した名称" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(result.QuerySelector("#conflict"));
        Assert.Equal("私が直した名称", ((IHtmlInputElement)result.QuerySelector("#Input_NameJa")!).Value);
        Assert.Contains("別の人が直した名称", result.QuerySelector("#facts")!.TextContent);
        Assert.Equal("別の人が直した名称", (await factory.StoredDisasterAsync(disaster.Id)).NameJa);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(result, "form#edit-disaster")).StatusCode);
        Assert.Equal("私が直した名称", (await factory.StoredDisasterAsync(disaster.Id)).NameJa);
    }

    [Fact]
    public async Task An_association_cannot_change_the_escalation_time_even_by_sending_it()
    {
        var disaster = await DisasterData.DeclareAsync(factory, ["23"], configure: d => d.DeclaredByAssociationCode = DisasterData.Aichi);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Aichi));

        var response = await client.PostForm($"/disasters/{disaster.Id}/manage", "form#edit-disaster", new Dictionary<string, string> { ["Input.EscalationHours"] = "2" });

        Assert.Equal("全ブロックに広げるまでの時間は事務局だけが変更できます。", Forms.Parse(await response.Content.ReadAsStringAsync()).MessageFor("Input.EscalationHours"));
        Assert.Equal(24, (await factory.StoredDisasterAsync(disaster.Id)).EscalationHours);
    }

    [Fact]
    public async Task Closing_needs_a_note_and_the_confirmation_then_nothing_more_can_change()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var client = await SecretariatAsync();

        var unconfirmed = Forms.Parse(await (await client.PostForm($"/disasters/{disaster.Id}/manage", "form#close-disaster", Closing("全要請が完了", false))).Content.ReadAsStringAsync());
        Assert.Equal("終了してよいか、確認のチェックを入れてください。", unconfirmed.MessageFor("Closing.Confirm"));
        var noNote = Forms.Parse(await (await client.PostForm($"/disasters/{disaster.Id}/manage?culture=en", "form#close-disaster", Closing(" ", true))).Content.ReadAsStringAsync());
        Assert.Equal("Enter a closing note (what happened, what is handed over).", noNote.MessageFor("Closing.Note"));
        Assert.Equal(DisasterStatus.Open, (await factory.StoredDisasterAsync(disaster.Id)).Status);

        var closed = await client.PostForm($"/disasters/{disaster.Id}/manage?culture=ja", "form#close-disaster", Closing("全要請が完了", true));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await factory.StoredDisasterAsync(disaster.Id);
        Assert.Equal((DisasterStatus.Closed, "全要請が完了"), (stored.Status, stored.ClosingNote));
        Assert.NotNull(stored.ClosedAt);
        var e = Assert.Single(await factory.EventsAsync(disaster.Id));
        Assert.Equal((DisasterEventKind.Closed, "全要請が完了"), (e.Kind, e.Note));
        var after = await client.GetPage($"/disasters/{disaster.Id}/manage");
        Assert.Null(after.QuerySelector("form#edit-disaster"));
        Assert.Null(after.QuerySelector("form#close-disaster"));
    }
}
