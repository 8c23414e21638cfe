using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Audit;

/// <summary>/audit: the secretariat browses every change, filtered and paged.</summary>
public class AuditPageTests(RenkeiFactory app) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task An_edit_made_through_the_DbContext_shows_who_what_and_before_and_after()
    {
        var actor = AuditData.NewActor();
        var (before, after) = await app.EditCityAsync(actor);
        var client = await app.SignedInClient(await app.Secretariat());

        var page = await client.GetPage($"/audit?actor={actor}");

        var row = Assert.Single(page.QuerySelectorAll("table.audit-table tbody tr"));
        Assert.Contains(actor, row.TextContent);
        Assert.Contains("Association", row.TextContent);
        Assert.Contains("011002", row.TextContent);
        var change = Assert.Single(row.QuerySelectorAll(".audit-changes li"));
        Assert.Contains("CityEn", change.TextContent);
        Assert.EndsWith(before ?? "", change.QuerySelector("del")!.TextContent);
        Assert.EndsWith(after, change.QuerySelector("ins")!.TextContent);
        // Bookkeeping such as the concurrency stamp is not shown as a change.
        Assert.DoesNotContain("ConcurrencyStamp", row.TextContent);
        // Shown in Japan time.
        var shown = DateTime.Parse(row.QuerySelector("time")!.TextContent);
        var utc = DateTime.Parse(row.QuerySelector("time")!.GetAttribute("datetime")!).ToUniversalTime();
        Assert.Equal(utc.AddHours(9), shown, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Filters_by_entity_type_association_actor_and_Japan_time_days()
    {
        var actor = AuditData.NewActor();
        // 23:59:59 on 1 April and 00:00 on 2 April, Japan time.
        await app.AddEntriesAsync(actor, new DateTime(2024, 4, 1, 14, 59, 59, DateTimeKind.Utc), new DateTime(2024, 4, 1, 15, 0, 0, DateTimeKind.Utc));
        await app.EditCityAsync(actor, "041009");
        var client = await app.SignedInClient(await app.Secretariat());

        async Task<int> Rows(string query) =>
            (await client.GetPage($"/audit?actor={actor}&{query}")).QuerySelectorAll("table.audit-table tbody tr").Length;

        Assert.Equal(3, await Rows(""));
        Assert.Equal(1, await Rows("from=2024-04-01&to=2024-04-01"));
        Assert.Equal(1, await Rows("from=2024-04-02&to=2024-04-02"));
        Assert.Equal(2, await Rows("to=2024-04-30"));
        Assert.Equal(1, await Rows("association=041009"));
        Assert.Equal(1, await Rows("association=０４１００９"));  // full-width digits are normalised
        Assert.Equal(2, await Rows("association=230006"));
        Assert.Equal(3, await Rows("entity=Association"));
        Assert.Equal(0, await Rows("entity=RenkeiUser"));
        Assert.Equal(3, await Rows($"actor={actor.ToUpperInvariant()[7..20]}"));
    }

    [Fact]
    public async Task Pages_hold_50_entries_newest_first_with_links_that_keep_the_filters()
    {
        var actor = AuditData.NewActor();
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await app.AddEntriesAsync(actor, Enumerable.Range(0, 120).Select(i => start.AddMinutes(i)).ToArray());
        var client = await app.SignedInClient(await app.Secretariat());

        var first = await client.GetPage($"/audit?actor={actor}");
        var last = await client.GetPage($"/audit?actor={actor}&page=3");

        Assert.Equal(50, first.QuerySelectorAll("table.audit-table tbody tr").Length);
        Assert.Equal("2023-01-01 10:59:00", first.QuerySelector("table.audit-table tbody tr time")!.TextContent);
        Assert.Equal($"/audit?actor={actor}&page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal(20, last.QuerySelectorAll("table.audit-table tbody tr").Length);
        Assert.Contains("120件中 101〜120件目", last.QuerySelector(".audit-count")!.TextContent);
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Theory]
    [InlineData("from=2024-13-01", "日付は2024-04-01の形式で入力してください。")]
    [InlineData("to=yesterday", "日付は2024-04-01の形式で入力してください。")]
    [InlineData("from=2024-05-01&to=2024-04-01", "終了日は開始日以降の日付にしてください。")]
    [InlineData("association=23000", "協会コードは6桁の数字で入力してください")]
    [InlineData("page=0", "ページ番号は1以上の整数で入力してください。")]
    [InlineData("page=abc", "ページ番号は1以上の整数で入力してください。")]
    public async Task Bad_filter_input_gets_a_message_not_an_error(string query, string message)
    {
        var client = await app.SignedInClient(await app.Secretariat());

        var page = await client.GetPage($"/audit?{query}");

        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector("table.audit-table"));
    }

    [Fact]
    public async Task The_page_and_its_messages_are_in_English_on_request()
    {
        var client = await app.SignedInClient(await app.Secretariat());

        var page = await client.GetPage("/audit?culture=en&from=2024-05-01&to=2024-04-01");

        Assert.Equal("Audit log", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("The end date must not be before the start date.", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(Roles.AssociationAdmin, "230006")]
    [InlineData(Roles.AssociationStaff, "230006")]
    [InlineData(Roles.AssociationAdmin, "041009")]
    [InlineData(Roles.AssociationStaff, "041009")]
    public async Task Association_users_are_refused(string role, string association)
    {
        var client = await app.SignedInClient(await app.CreateAsync(role, association));

        var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
