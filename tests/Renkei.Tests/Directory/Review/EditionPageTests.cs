using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>/directory/manage/{year}: progress, reminders, the deadline, closing and publishing, through the page's real forms.</summary>
public class EditionPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    async Task<int> EditionAsync(EditionStatus status, DateOnly deadline, params (string Code, EntryStatus Status)[] entries)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, status, entries, deadline);
        return year;
    }

    [Fact]
    public async Task Progress_shows_counts_blocks_overdue_and_a_filtered_list()
    {
        // 230006 Aichi (Chubu), 041009 Sendai and 010006 Hokkaido (Hokkaido-Tohoku), 130001 Tokyo (Kanto).
        var year = await EditionAsync(EditionStatus.Collecting, ReviewTesting.Day(-2),
            ("230006", EntryStatus.Draft), ("041009", EntryStatus.Submitted), ("010006", EntryStatus.Approved), ("130001", EntryStatus.Returned));
        var client = await Secretariat();

        var page = await client.GetPage($"/directory/manage/{year}");

        Assert.Equal("提出済み 2/4", page.QuerySelector("#submitted-count")!.TextContent);
        var bar = page.QuerySelector<IHtmlElement>("progress#submitted-bar")!;
        Assert.Equal(("2", "4"), (bar.GetAttribute("value"), bar.GetAttribute("max")));
        Assert.NotNull(page.QuerySelector("label[for='submitted-bar']"));
        var counts = page.QuerySelector("#status-counts")!.TextContent;
        Assert.Contains("下書き 1", counts);
        Assert.Contains("差し戻し 1", counts);
        Assert.Contains("期限切れ 2", counts);
        var tohoku = page.QuerySelectorAll("#by-block tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "北海道・東北ブロック");
        Assert.Equal(["2", "2", "1", "0"], tohoku.QuerySelectorAll("td").Select(td => td.TextContent));
        var overdue = page.QuerySelector("#overdue-list")!;
        Assert.NotNull(overdue.QuerySelector($"a[href='/directory/manage/{year}/230006']"));
        Assert.NotNull(overdue.QuerySelector($"a[href='/directory/manage/{year}/130001']"));
        Assert.Null(overdue.QuerySelector($"a[href='/directory/manage/{year}/041009']"));
        Assert.Equal(["010006", "041009", "130001", "230006"], Codes(page));

        var approved = await client.GetPage($"/directory/manage/{year}?status=approved");
        Assert.Equal(["010006"], Codes(approved));
        Assert.Equal(["130001", "230006"], Codes(await client.GetPage($"/directory/manage/{year}?status=overdue")));
        Assert.Equal(4, Codes(await client.GetPage($"/directory/manage/{year}?status=nonsense")).Count);
    }

    static List<string> Codes(IHtmlDocument page) =>
        page.QuerySelectorAll("#entry-list tbody tr").Select(r => r.GetAttribute("data-code")!).ToList();

    [Fact]
    public async Task Reminders_now_go_to_those_not_submitted_and_the_flash_says_how_many()
    {
        var draftAdmin = await factory.AssociationAdmin("230006");
        var submittedAdmin = await factory.AssociationAdmin("041009");
        var year = await EditionAsync(EditionStatus.Collecting, ReviewTesting.Day(5), ("230006", EntryStatus.Draft), ("041009", EntryStatus.Submitted));
        var client = await Secretariat();

        var response = await client.PostForm($"/directory/manage/{year}", "form#remind");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await factory.MailsToAsync(draftAdmin.Email));
        Assert.Empty(await factory.MailsToAsync(submittedAdmin.Email));
        var after = await client.GetPage(response.Headers.Location!.OriginalString);
        Assert.Equal("未提出の1協会の管理者にリマインダーを送りました。", after.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task The_deadline_moves_with_messages_beside_bad_input_and_a_stale_form_gets_a_conflict()
    {
        var year = await EditionAsync(EditionStatus.Reviewing, ReviewTesting.Day(-1), ("230006", EntryStatus.Draft));
        var client = await Secretariat();
        var url = $"/directory/manage/{year}";

        var bad = await client.PostForm(url, "form#deadline", new Dictionary<string, string> { ["Schedule.Deadline"] = "来月" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = Forms.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("締切日を 2025-06-30 の形式で入力してください。", page.QuerySelector("[data-valmsg-for='Schedule.Deadline']")!.TextContent);

        var stalePage = await client.GetPage(url);
        var moved = await client.SubmitForm(stalePage, "form#deadline", new Dictionary<string, string> { ["Schedule.Deadline"] = ReviewTesting.Day(14).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var edition = await factory.EditionAsync(year);
        Assert.Equal((EditionStatus.Collecting, ReviewTesting.Day(14)), (edition.Status, edition.Deadline));
        Assert.Contains("受付を再開しました", (await client.GetPage(url)).QuerySelector(".flash")!.TextContent);

        var conflict = await client.SubmitForm(stalePage, "form#deadline", new Dictionary<string, string> { ["Schedule.Deadline"] = ReviewTesting.Day(21).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        page = Forms.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("ほかの人が先にこの版を更新しました", page.QuerySelector("#refusal")!.TextContent);
        Assert.Equal(ReviewTesting.Day(21).ToString("yyyy-MM-dd"), page.QuerySelector<IHtmlInputElement>("#Schedule_Deadline")!.Value);
        Assert.Equal(ReviewTesting.Day(14), (await factory.EditionAsync(year)).Deadline);
        // The page now carries the current stamp: sending the kept input again succeeds.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(page, "form#deadline")).StatusCode);
        Assert.Equal(ReviewTesting.Day(21), (await factory.EditionAsync(year)).Deadline);
    }

    [Fact]
    public async Task Closing_then_publishing_after_confirmation_once_everything_is_approved()
    {
        var year = await EditionAsync(EditionStatus.Collecting, ReviewTesting.Day(3), ("230006", EntryStatus.Approved), ("041009", EntryStatus.Submitted));
        var client = await Secretariat();
        var url = $"/directory/manage/{year}";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, "form#close")).StatusCode);
        Assert.Equal(EditionStatus.Reviewing, (await factory.EditionAsync(year)).Status);
        var closed = await client.GetPage(url);
        Assert.Null(closed.QuerySelector("form#close"));

        var unconfirmed = await client.SubmitForm(closed, "form#publish");
        var page = Forms.Parse(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal("公開してよいことを確認し、チェックを入れてください。", page.QuerySelector("[data-valmsg-for='Step.Confirm']")!.TextContent);

        var blocked = await client.SubmitForm(closed, "form#publish", new Dictionary<string, string> { ["Step.Confirm"] = "true" });
        page = Forms.Parse(await blocked.Content.ReadAsStringAsync());
        Assert.Contains("承認されていない登録内容が1件あります", page.QuerySelector("#refusal")!.TextContent);
        var waiting = page.QuerySelectorAll("#not-approved a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/directory/manage/{year}/041009"], waiting);
        Assert.Equal(EditionStatus.Reviewing, (await factory.EditionAsync(year)).Status);

        await factory.SetEntryAsync(year, "041009", e => e.Status = EntryStatus.Approved);
        var published = await client.SubmitForm(page, "form#publish", new Dictionary<string, string> { ["Step.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(EditionStatus.Published, (await factory.EditionAsync(year)).Status);
        Assert.Single((await DirectoryData.EntryAsync(factory, year, "041009")).Versions);

        var after = await client.GetPage(url);
        Assert.NotNull(after.QuerySelector($"#published-links a[href='/directory/{year}.xlsx']"));
        Assert.NotNull(after.QuerySelector($"#published-links a[href='/directory/{year}']"));
        Assert.Null(after.QuerySelector("form#publish"));
        Assert.Null(after.QuerySelector("form#remind"));
    }

    [Fact]
    public async Task Sample_editions_say_so_unknown_years_are_404_and_association_users_403()
    {
        var year = await EditionAsync(EditionStatus.Collecting, ReviewTesting.Day(3), ("230006", EntryStatus.Draft));
        await factory.WithDb(async db =>
        {
            (await db.DirectoryEditions.FindAsync(year))!.IsSample = true;
            await db.SaveChangesAsync();
        });
        var client = await Secretariat();

        Assert.NotNull((await client.GetPage($"/directory/manage/{year}")).QuerySelector(".sample-data"));
        await client.GetPage($"/directory/manage/{year + 500}", HttpStatusCode.NotFound);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/directory/manage/{year}")).StatusCode);
        var page = await client.GetPage($"/directory/manage/{year}");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SubmitForm(page, "form#remind")).StatusCode);
    }
}
