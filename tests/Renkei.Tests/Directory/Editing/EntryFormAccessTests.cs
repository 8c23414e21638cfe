using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using static Renkei.Tests.DirectoryFeature.EditingTesting;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Who may do what with the entry form: staff save, admins submit, the secretariat submits on behalf and corrects; others see 404 or a read-only page.</summary>
public class EntryFormAccessTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Staff_save_a_draft_but_the_admin_submits()
    {
        var year = await EditionWithEntryAsync(factory);
        var staff = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        var page = await staff.GetPage(EditUrl(year));
        Assert.Null(page.QuerySelector("button[value=submit]"));
        Assert.NotNull(page.QuerySelector(".entry-staff-note"));

        var saved = await staff.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.RepresentativeName"] = "職員が直した名前" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await staff.SubmitForm(await staff.GetPage(EditUrl(year)), Form, new Dictionary<string, string> { ["command"] = "submit" });
        Assert.Equal(HttpStatusCode.Forbidden, submitted.StatusCode);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(("職員が直した名前", EntryStatus.Draft), (entry.Content.RepresentativeName, entry.Status));

        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var adminPage = await admin.GetPage(EditUrl(year));
        var response = await admin.SubmitForm(adminPage, Form, new Dictionary<string, string> { ["command"] = "submit", ["Input.Fax"] = "052-999-0000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal((EntryStatus.Submitted, "052-999-0000"), (entry.Status, entry.Content.Fax));
        Assert.Contains(entry.Events, e => e.Kind == EntryEventKind.Submitted);
        var after = await admin.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("提出しました", after.QuerySelector(".flash")!.TextContent);
        Assert.Equal("提出済み", after.QuerySelector(".entry-status")!.TextContent);
    }

    [Fact]
    public async Task Submitting_an_incomplete_entry_saves_nothing_and_names_what_is_missing()
    {
        var content = DirectoryData.SampleContent("230006");
        content.Email = null;
        var year = await EditionWithEntryAsync(factory, content: content);
        var before = await DirectoryData.EntryAsync(factory, year, "230006");
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var response = await admin.SubmitForm(await admin.GetPage(EditUrl(year)), Form,
            new Dictionary<string, string> { ["command"] = "submit", ["Input.Name"] = "保存されない名前" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("提出に必要な項目が入力されていません。", shown.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("入力してください。", shown.GetElementById("f-email-error")!.TextContent);
        Assert.Equal("保存されない名前", shown.ValueOf("f-name"));
        var after = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal((before.ConcurrencyStamp, EntryStatus.Draft, before.Content.Name), (after.ConcurrencyStamp, after.Status, after.Content.Name));
    }

    [Fact]
    public async Task Another_association_finds_nothing_and_anonymous_readers_sign_in_and_come_back()
    {
        var year = await EditionWithEntryAsync(factory);
        foreach (var other in new[] { await factory.AssociationStaff("041009"), await factory.AssociationAdmin("041009") })
            await (await factory.SignedInClient(other)).GetPage(EditUrl(year), HttpStatusCode.NotFound);

        var anonymous = factory.NewClient();
        var response = await anonymous.GetAsync(EditUrl(year));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = response.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/account/login?ReturnUrl=", login);
        Assert.Equal(EditUrl(year), Uri.UnescapeDataString(login[(login.IndexOf('=') + 1)..]));

        var staff = await factory.AssociationStaff("230006");
        var signedIn = await anonymous.PostForm(login, "form#login", new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(EditUrl(year), signedIn.Headers.Location!.OriginalString);
        await anonymous.GetPage(EditUrl(year));
    }

    [Fact]
    public async Task An_entry_that_cannot_change_is_shown_read_only_with_the_reason()
    {
        var approved = await EditionWithEntryAsync(factory, status: EntryStatus.Approved);
        var closed = await EditionWithEntryAsync(factory, edition: EditionStatus.Reviewing);
        var published = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var page = await admin.GetPage(EditUrl(approved));
        Assert.Null(page.QuerySelector(Form));
        Assert.Contains("承認済みのため変更できません", page.QuerySelector(".entry-readonly-reason")!.TextContent);
        Assert.Contains(DirectoryData.SampleContent("230006").Name!, page.QuerySelector(".entry-readonly")!.TextContent);

        page = await admin.GetPage(EditUrl(closed));
        Assert.Null(page.QuerySelector(Form));
        Assert.Contains("受付期間が終わった", page.QuerySelector(".entry-readonly-reason")!.TextContent);

        page = await admin.GetPage(EditUrl(published));
        Assert.Null(page.QuerySelector(Form));
        Assert.Contains("公開済み", page.QuerySelector(".entry-readonly-reason")!.TextContent);
        Assert.NotNull(page.QuerySelector($".entry-readonly-reason a[href='/directory/{published}/230006']"));
    }

    [Fact]
    public async Task A_returned_entry_shows_the_comment_the_deadline_the_history_and_the_sample_notice()
    {
        var year = await EditionWithEntryAsync(factory, status: EntryStatus.Returned, deadline: new DateOnly(2020, 6, 30));
        await factory.WithDb(async db =>
        {
            var entry = db.DirectoryEntries.Single(e => e.FiscalYear == year && e.AssociationCode == "230006");
            entry.ReturnComment = "職員数の内訳を確認してください。";
            entry.Record(EntryEventKind.Returned, "secretariat@test", DateTime.UtcNow, entry.ReturnComment);
            db.DirectoryEditions.Single(e => e.FiscalYear == year).IsSample = true;
            await db.SaveChangesAsync();
        });
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var page = await admin.GetPage(EditUrl(year) + "?culture=en");

        Assert.NotNull(page.QuerySelector(".sample-data"));
        Assert.Contains("職員数の内訳を確認してください。", page.GetElementById("return-comment")!.TextContent);
        Assert.Contains("The deadline has passed.", page.QuerySelector(".entry-overdue")!.TextContent);
        Assert.Contains("Returned", page.QuerySelector(".entry-history")!.TextContent);
        Assert.NotNull(page.QuerySelector("button[value=submit]"));
    }

    [Fact]
    public async Task The_secretariat_submits_on_behalf_and_corrects_a_published_entry_as_a_new_version()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var collecting = await EditionWithEntryAsync(factory);
        var onBehalf = await secretariat.SubmitForm(await secretariat.GetPage(EditUrl(collecting)), Form, new Dictionary<string, string> { ["command"] = "submit" });
        Assert.Equal(HttpStatusCode.Redirect, onBehalf.StatusCode);
        Assert.Equal(EntryStatus.Submitted, (await DirectoryData.EntryAsync(factory, collecting, "230006")).Status);

        var published = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved);
        var page = await secretariat.GetPage(EditUrl(published));
        Assert.NotNull(page.GetElementById("f-changeNote"));
        var withoutNote = await secretariat.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Phone"] = "052-000-1111" });
        var shown = Forms.Parse(await withoutNote.Content.ReadAsStringAsync());
        Assert.Equal("訂正の内容を入力してください。", shown.GetElementById("f-changeNote-error")!.TextContent);
        Assert.Single((await DirectoryData.EntryAsync(factory, published, "230006")).Versions);

        var corrected = await secretariat.SubmitForm(shown, Form, new Dictionary<string, string> { ["Input.ChangeNote"] = "電話番号の誤りを訂正" });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var entry = await DirectoryData.EntryAsync(factory, published, "230006");
        var version = entry.Versions.Single(v => v.Number == 2);
        Assert.Equal(("電話番号の誤りを訂正", "052-000-1111"), (version.ChangeNote, version.Content.Phone));
        Assert.Equal("052-000-1111", entry.Content.Phone);
        Assert.Equal(DirectoryData.SampleContent("230006").Phone, entry.Versions.Single(v => v.Number == 1).Content.Phone);
        Assert.Contains("第2版", (await secretariat.GetPage(EditUrl(published))).QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task Mine_leads_each_member_to_the_right_place()
    {
        var year = await EditionWithEntryAsync(factory);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var response = await admin.GetAsync("/directory/mine");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EditUrl(year), response.Headers.Location!.OriginalString);

        var nothingCollected = await factory.SignedInClient(await factory.AssociationStaff("010006"));
        var page = await nothingCollected.GetPage("/directory/mine");
        Assert.NotNull(page.QuerySelector("main a[href='/directory']"));

        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        response = await secretariat.GetAsync("/directory/mine");
        Assert.Equal("/directory/manage", response.Headers.Location!.OriginalString);
    }
}
