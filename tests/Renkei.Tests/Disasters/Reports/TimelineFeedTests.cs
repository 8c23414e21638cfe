using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Disasters.Reports;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The timeline's Atom feed: members by cookie or bearer token, or a feed reader with the member's personal key (the
/// member's view: their block's rule); 401 to a reader with neither, 404 for a tampered, expired or outdated key or a deactivated
/// account; entries in the reader's language, 【訓練】 on every entry of a drill.
/// </summary>
public class TimelineFeedTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    static List<XElement> Entries(string xml) => XDocument.Parse(xml).Root!.Elements(Atom + "entry").ToList();

    static string Href(XElement entry) => entry.Element(Atom + "link")!.Attribute("href")!.Value;

    /// <summary>The personal feed address the summary page offers the user (the partial the board shows too).</summary>
    async Task<string> FeedLinkOf(HttpClient client, int disasterId)
    {
        var page = await client.GetPage($"/disasters/{disasterId}/summary");
        var link = page.QuerySelector("#link-feed")!.GetAttribute("href")!;
        Assert.StartsWith($"/disasters/{disasterId}/timeline.atom?key=", link);
        return link;
    }

    [Fact]
    public async Task A_member_reads_the_feed_signed_in_and_an_anonymous_reader_gets_401()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var url = $"/disasters/{s.Id}/timeline.atom";

        var anonymous = await factory.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Contains("会員専用", await anonymous.Content.ReadAsStringAsync());

        var user = await factory.AssociationAdmin(DisasterData.Aichi);
        var response = await (await factory.SignedInClient(user)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Matches(@$"^tag:[^,]+,\d{{4}}-\d{{2}}-\d{{2}}:disasters/{s.Id}$", feed.Element(Atom + "id")!.Value);
        Assert.StartsWith("【訓練】", feed.Element(Atom + "title")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(8, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.All(entries, e => Assert.Matches(@$"^tag:[^,]+,\d{{4}}-\d{{2}}-\d{{2}}:disasters/{s.Id}/events/\d+$", e.Element(Atom + "id")!.Value));
        // Newest first: the acceptance of Sendai's offer, with its note, linking to the request page.
        var newest = entries[0];
        Assert.Equal("【訓練】岐阜県国際交流センターが仙台観光国際協会の申し出を承諾しました（要請2）", newest.Element(Atom + "title")!.Value);
        Assert.EndsWith($"/disasters/{s.Id}/requests/{s.Escalated.Id}", Href(newest));
        Assert.Contains("よろしくお願いします", newest.Element(Atom + "content")!.Value);
        Assert.EndsWith($"/disasters/{s.Id}", Href(entries[^1]));
        Assert.DoesNotContain("@", string.Concat(entries.Select(e => e.Value)));

        var bearer = await factory.BearerClient(user);
        Assert.Equal(8, Entries(await bearer.GetStringAsync(url)).Count);
    }

    [Fact]
    public async Task A_personal_key_shows_its_user_view_and_a_tampered_or_expired_key_or_a_deactivated_account_is_not_found()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var sendaiUser = await factory.AssociationStaff(DisasterData.Sendai);
        var sendaiLink = await FeedLinkOf(await factory.SignedInClient(sendaiUser), s.Id);
        var chubuLink = await FeedLinkOf(await factory.SignedInClient(await factory.AssociationStaff(ReportsData.Hamamatsu)), s.Id);
        var reader = factory.NewClient();

        // Sendai's key: Sendai's view, whoever presents it (5 events; 要請1 is still in the Chubu block).
        var sendaiEntries = Entries(await reader.GetStringAsync(sendaiLink));
        Assert.Equal(5, sendaiEntries.Count);
        Assert.DoesNotContain(sendaiEntries, e => Href(e).EndsWith($"/requests/{s.InBlock.Id}", StringComparison.Ordinal));
        // Another user's key shows that user's view, even to a member of another block who is signed in.
        var signedInElsewhere = await factory.SignedInClient(sendaiUser);
        var chubuEntries = Entries(await signedInElsewhere.GetStringAsync(chubuLink));
        Assert.Equal(8, chubuEntries.Count);
        Assert.Contains(chubuEntries, e => Href(e).EndsWith($"/requests/{s.InBlock.Id}", StringComparison.Ordinal));

        var key = sendaiLink[(sendaiLink.IndexOf("key=", StringComparison.Ordinal) + 4)..];
        var tampered = key[..^3] + (key[^3] == 'A' ? 'B' : 'A') + key[^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/disasters/{s.Id}/timeline.atom?key={tampered}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/disasters/{s.Id}/timeline.atom?key=")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/disasters/{s.Id + 100000}/timeline.atom?key={key}")).StatusCode);
        // A key made for another purpose (here: the same user id for another protector) is no feed key.
        var foreign = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Renkei.Other").Protect(sendaiUser.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/disasters/{s.Id}/timeline.atom?key={Uri.EscapeDataString(foreign)}")).StatusCode);
        var stamp = await factory.WithDb(db => db.Users.Where(u => u.Id == sendaiUser.Id).Select(u => u.SecurityStamp!).SingleAsync());
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(FeedLinks.Purpose).ToTimeLimitedDataProtector();
        var current = protector.Protect(FeedLinks.Payload(sendaiUser.Id, stamp), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/disasters/{s.Id}/timeline.atom?key={Uri.EscapeDataString(current)}")).StatusCode);
        var expired = protector.Protect(FeedLinks.Payload(sendaiUser.Id, stamp), DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/disasters/{s.Id}/timeline.atom?key={Uri.EscapeDataString(expired)}")).StatusCode);

        await factory.WithDb(db => db.Users.Where(u => u.Id == sendaiUser.Id).ExecuteUpdateAsync(x => x.SetProperty(u => u.IsActive, false)));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(sendaiLink)).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_old_feed_address_and_the_board_then_shows_a_working_one()
    {
        var s = await ReportsData.BlockScenarioAsync(factory);
        var user = await factory.AssociationStaff(DisasterData.Sendai);
        var oldLink = await FeedLinkOf(await factory.SignedInClient(user), s.Id);
        var reader = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(oldLink)).StatusCode);

        const string newPassword = "Another-password-2";
        await factory.WithServices(async services =>
        {
            var users = services.GetRequiredService<UserManager<RenkeiUser>>();
            var result = await users.ChangePasswordAsync((await users.FindByIdAsync(user.Id))!, user.Password, newPassword);
            Assert.True(result.Succeeded);
            return true;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(oldLink)).StatusCode);
        var newLink = await FeedLinkOf(await factory.SignedInClient(user with { Password = newPassword }), s.Id);
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(5, Entries(await reader.GetStringAsync(newLink)).Count);
    }

    [Fact]
    public async Task The_feed_speaks_the_reader_language_and_a_real_disaster_has_no_drill_label()
    {
        var s = await ReportsData.BlockScenarioAsync(factory, drill: false);
        var user = await factory.AssociationStaff(DisasterData.Sendai);
        var link = await FeedLinkOf(await factory.SignedInClient(user), s.Id);

        var japanese = Entries(await factory.NewClient().GetStringAsync(link));
        Assert.Equal("岐阜県国際交流センターが仙台観光国際協会の申し出を承諾しました（要請2）", japanese[0].Element(Atom + "title")!.Value);
        Assert.DoesNotContain(japanese, e => e.Element(Atom + "title")!.Value.Contains("訓練", StringComparison.Ordinal));

        var english = XDocument.Parse(await factory.NewClient().GetStringAsync(link + "&culture=en")).Root!;
        Assert.Equal("en", english.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Gifu International Center (GIC) accepted the offer of Sendai Tourism, Convention and International Association (SenTIA) (Request 2)",
            english.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);

        // A member who reads in English gets the feed in English from the key alone (feed readers send no cookie).
        await factory.WithDb(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(x => x.SetProperty(u => u.PreferredCulture, "en")));
        var drill = await ReportsData.BlockScenarioAsync(factory);
        var drillLink = link.Replace($"/disasters/{s.Id}/", $"/disasters/{drill.Id}/", StringComparison.Ordinal);
        Assert.All(Entries(await factory.NewClient().GetStringAsync(drillLink)), e => Assert.StartsWith("[DRILL] ", e.Element(Atom + "title")!.Value));
    }
}
