using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The secretariat edits the draft, meets a conflict without losing its text, regenerates only when it confirms,
/// approves, and reopens approved minutes (kept in the audit log).</summary>
public class MinutesEditingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task An_edit_is_saved_and_a_second_editor_with_a_stale_form_gets_a_conflict_with_their_text_kept()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var first = await factory.SignedInClient(await factory.Secretariat());
        var second = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.GenerateAsync(first, meeting.Id);
        var url = MinutesTesting.ManageUrl(meeting.Id);
        var firstPage = await first.GetPage(url);
        var secondPage = await second.GetPage(url);

        var saved = await first.SubmitForm(firstPage, "form#edit", new Dictionary<string, string> { ["Edit.BodyJa"] = "最初の編集\r\n二行目", ["Edit.BodyEn"] = "First edit" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var minutes = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;
        Assert.Equal("最初の編集\n二行目\n", minutes.BodyJa);
        Assert.Equal(MinutesStatus.Draft, minutes.Status);

        var stale = await second.SubmitForm(secondPage, "form#edit", new Dictionary<string, string> { ["Edit.BodyJa"] = "二人目の編集" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var conflict = Forms.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("ほかの人が先に議事録を変更しました", conflict.QuerySelector("#refusal")!.TextContent);
        Assert.Equal("二人目の編集", ((IHtmlTextAreaElement)conflict.QuerySelector("textarea[name='Edit.BodyJa']")!).Value);
        Assert.Contains("最初の編集", conflict.QuerySelector("#stored-text")!.TextContent);
        Assert.Equal("最初の編集\n二行目\n", (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa);

        // The form now carries the current stamp: saving again is a deliberate overwrite.
        var again = await second.SubmitForm(conflict, "form#edit");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("二人目の編集\n", (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa);
    }

    [Fact]
    public async Task An_empty_japanese_text_is_refused_beside_the_field_and_nothing_changes()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);
        var before = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;

        var response = await secretariat.PostForm(MinutesTesting.ManageUrl(meeting.Id), "form#edit",
            new Dictionary<string, string> { ["Edit.BodyJa"] = "  \r\n ", ["Edit.BodyEn"] = "kept English", ["Edit.Command"] = "approve" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("議事録（日本語）を入力してください。", page.QuerySelector("[data-valmsg-for='Edit.BodyJa']")!.TextContent);
        Assert.Equal("kept English", ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Edit.BodyEn']")!).Value);
        var after = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;
        Assert.Equal(before.BodyJa, after.BodyJa);
        Assert.Equal(MinutesStatus.Draft, after.Status);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task Regenerating_needs_the_confirmation_and_then_replaces_the_edited_text()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);
        var url = MinutesTesting.ManageUrl(meeting.Id);
        await secretariat.PostForm(url, "form#edit", new Dictionary<string, string> { ["Edit.BodyJa"] = "手で直した議事録" });

        var unconfirmed = await secretariat.PostForm(url, "form#regenerate");

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var page = Forms.Parse(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("チェックを入れてください", page.QuerySelector("[data-valmsg-for='Step.Confirm']")!.TextContent);
        Assert.Equal("手で直した議事録\n", (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa);

        var confirmed = await secretariat.PostForm(url, "form#regenerate", new Dictionary<string, string> { ["Step.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var minutes = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;
        Assert.StartsWith($"{meeting.TitleJa} 議事録", minutes.BodyJa);
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
    }

    [Fact]
    public async Task Approving_publishes_and_reopening_is_an_explicit_step_kept_in_the_audit_log()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var user = await factory.Secretariat();
        var secretariat = await factory.SignedInClient(user);
        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);
        var url = MinutesTesting.ManageUrl(meeting.Id);
        var draftPage = await secretariat.GetPage(url);

        var approved = await secretariat.SubmitForm(draftPage, "form#edit", new Dictionary<string, string> { ["Edit.BodyJa"] = "承認する議事録", ["Edit.Command"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var minutes = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Equal("承認する議事録\n", minutes.BodyJa);
        Assert.NotNull(minutes.ApprovedAt);
        Assert.Equal(user.Email, minutes.ApprovedBy);
        var approvedPage = await secretariat.GetPage(url);
        Assert.Null(approvedPage.QuerySelector("form#edit"));
        Assert.Null(approvedPage.QuerySelector("form#regenerate"));
        Assert.NotNull(approvedPage.QuerySelector("form#reopen"));

        // A form from before the approval cannot change approved minutes; the typed text is kept for copying.
        var late = await secretariat.SubmitForm(draftPage, "form#edit", new Dictionary<string, string> { ["Edit.BodyJa"] = "承認後の書き換え" });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var latePage = Forms.Parse(await late.Content.ReadAsStringAsync());
        Assert.Contains("すでに承認されています", latePage.QuerySelector("#refusal")!.TextContent);
        Assert.Equal("承認後の書き換え", latePage.QuerySelector("#kept-ja")!.TextContent.Trim());
        Assert.Equal("承認する議事録\n", (await MinutesTesting.MinutesAsync(factory, meeting.Id))!.BodyJa);

        var reopened = await secretariat.SubmitForm(approvedPage, "form#reopen");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        minutes = (await MinutesTesting.MinutesAsync(factory, meeting.Id))!;
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
        Assert.Null(minutes.ApprovedAt);
        Assert.NotNull((await secretariat.GetPage(url)).QuerySelector("form#edit"));
        var audit = await factory.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(MeetingMinutes) && a.EntityKey == meeting.Id.ToString() && a.Action == "Modified")
            .OrderBy(a => a.Id).ToListAsync());
        var reopening = audit.Last();
        Assert.Equal(user.Email, reopening.Actor);
        Assert.Contains("\"Status\":\"Approved\"", reopening.Before);
        Assert.Contains("\"Status\":\"Draft\"", reopening.After);

        // Reopening twice with the same form is refused: the minutes are a draft already.
        var twice = await secretariat.SubmitForm(approvedPage, "form#reopen");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("承認されていません", Forms.Parse(await twice.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);
    }

    [Fact]
    public async Task Association_users_may_not_use_the_secretariats_page()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(MinutesTesting.ManageUrl(meeting.Id))).StatusCode);
        var anonymous = await factory.NewClient().GetAsync(MinutesTesting.ManageUrl(meeting.Id));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }
}
