using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/manage/{year}/{code}: one entry's review page and its return and approve forms.</summary>
public class ReviewPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    async Task<int> EditionAsync(EditionStatus status, params (string Code, EntryStatus Status)[] entries)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, status, entries, ReviewTesting.Day(10));
        return year;
    }

    [Fact]
    public async Task The_page_shows_every_field_the_changes_since_last_year_the_history_and_neighbours()
    {
        var previous = await EditionAsync(EditionStatus.Published, ("230006", EntryStatus.Approved));
        var year = await EditionAsync(EditionStatus.Collecting, ("041009", EntryStatus.Draft), ("230006", EntryStatus.Submitted), ("130001", EntryStatus.Draft));
        Assert.Equal(previous + 1, year);
        await factory.SetEntryAsync(year, "230006", e =>
        {
            e.Content.RepresentativeName = "鈴木 一郎";
            e.Record(EntryEventKind.Submitted, "admin.aichi@test", DateTime.UtcNow);
        });
        var client = await Secretariat();

        var page = await client.GetPage($"/directory/manage/{year}/230006");

        Assert.Equal("テスト国際交流協会230006", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("山田 太郎", page.QuerySelector("#fields tr[data-key='officers[1].name'] td")!.TextContent);
        Assert.Contains("会員のみ", page.QuerySelector("#fields tr[data-key='contacts[1].phone'] th")!.TextContent);
        Assert.DoesNotContain("会員のみ", page.QuerySelector("#fields tr[data-key='phone'] th")!.TextContent);
        var change = Assert.Single(page.QuerySelectorAll("#changes tbody tr"));
        Assert.Equal("representativeName", change.GetAttribute("data-key"));
        Assert.Equal(["山田 太郎", "鈴木 一郎"], change.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("admin.aichi@test", page.QuerySelector("#history")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/directory/{year}/230006/edit']"));
        // List order: Hokkaido-Tohoku (041009), Kanto (130001), Chubu (230006).
        Assert.NotNull(page.QuerySelector($"a[rel='prev'][href='/directory/manage/{year}/130001']"));
        Assert.Null(page.QuerySelector("a[rel='next']"));

        var first = await client.GetPage($"/directory/manage/{year}/041009?culture=en");
        Assert.Contains($"FY{previous}", first.QuerySelector("#changes-heading + p")!.TextContent);
        await client.GetPage($"/directory/manage/{year}/999999", HttpStatusCode.NotFound);
        await client.GetPage($"/directory/manage/{year}/010006", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Returning_needs_a_comment_beside_the_field_then_mails_the_admins()
    {
        var admin = await factory.AssociationAdmin("230006");
        var year = await EditionAsync(EditionStatus.Collecting, ("230006", EntryStatus.Submitted));
        var client = await Secretariat();
        var url = $"/directory/manage/{year}/230006";

        var empty = await client.PostForm(url, "form#return", new Dictionary<string, string> { ["Return.Comment"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = Forms.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("差し戻しの理由を入力してください。", page.QuerySelector("[data-valmsg-for='Return.Comment']")!.TextContent);
        Assert.Equal(EntryStatus.Submitted, (await DirectoryData.EntryAsync(factory, year, "230006")).Status);

        var returned = await client.SubmitForm(page, "form#return", new Dictionary<string, string> { ["Return.Comment"] = "事業の予算を確認してください。" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(url, returned.Headers.Location!.OriginalString);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal((EntryStatus.Returned, "事業の予算を確認してください。"), (entry.Status, entry.ReturnComment));
        Assert.Contains("事業の予算を確認してください。", Assert.Single(await factory.MailsToAsync(admin.Email)).BodyText);
        var after = await client.GetPage(url);
        Assert.Contains("差し戻し", after.QuerySelector(".flash")!.TextContent);
        Assert.Contains("事業の予算を確認してください。", after.QuerySelector("#history")!.TextContent);
        Assert.Null(after.QuerySelector("form#return"));
    }

    [Fact]
    public async Task Approving_lists_what_is_missing_and_a_stale_form_is_refused()
    {
        var year = await EditionAsync(EditionStatus.Reviewing, ("230006", EntryStatus.Draft), ("041009", EntryStatus.Submitted));
        await factory.SetEntryAsync(year, "230006", e => e.Content.Phone = null);
        var client = await Secretariat();

        var incomplete = await client.PostForm($"/directory/manage/{year}/230006", "form#approve");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        var page = Forms.Parse(await incomplete.Content.ReadAsStringAsync());
        Assert.Contains("電話番号：入力してください。", page.QuerySelector("#incomplete")!.TextContent);
        Assert.Equal(EntryStatus.Draft, (await DirectoryData.EntryAsync(factory, year, "230006")).Status);

        var url = $"/directory/manage/{year}/041009";
        var stale = await client.GetPage(url);
        await factory.SetEntryAsync(year, "041009", e => e.ConcurrencyStamp = Guid.NewGuid());
        var conflict = await client.SubmitForm(stale, "form#approve");
        Assert.Contains("ほかの人が先にこの登録内容を更新しました", Forms.Parse(await conflict.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);
        Assert.Equal(EntryStatus.Submitted, (await DirectoryData.EntryAsync(factory, year, "041009")).Status);

        var approved = await client.PostForm(url, "form#approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(EntryStatus.Approved, (await DirectoryData.EntryAsync(factory, year, "041009")).Status);
        var after = await client.GetPage(url);
        Assert.Null(after.QuerySelector("form#approve"));
        Assert.NotNull(after.QuerySelector("form#return"));
    }

    [Fact]
    public async Task A_published_entry_shows_its_versions_and_only_the_correction_link()
    {
        var year = await EditionAsync(EditionStatus.Published, ("230006", EntryStatus.Approved));
        var client = await Secretariat();

        var page = await client.GetPage($"/directory/manage/{year}/230006");

        Assert.Equal("1", page.QuerySelector("#versions tbody th")!.TextContent);
        Assert.Null(page.QuerySelector("form#approve"));
        Assert.Null(page.QuerySelector("form#return"));
        Assert.Contains("訂正する", page.QuerySelector($"a[href='/directory/{year}/230006/edit']")!.TextContent);
        var staff = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/directory/manage/{year}/230006")).StatusCode);
    }
}
