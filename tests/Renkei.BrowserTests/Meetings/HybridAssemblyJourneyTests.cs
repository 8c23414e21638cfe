using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Meetings;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.MeetingsFeature;

/// <summary>
/// A hybrid general assembly as its people live it, each in a browser of their own: the secretariat convenes it, four
/// associations answer (one gives its proxy to the chair's association) and vote in writing or during the meeting, the
/// written-vote deadline passes on the app's clock and a late vote is refused, people are checked in, the meeting is
/// closed, and the results and minutes carry the right verdicts.
/// </summary>
public class HybridAssemblyJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    const string Aichi = "230006";   // the chair's association
    const string Niigata = "150002";
    const string Fukuoka = "400009"; // gives its proxy to the chair
    const string Sendai = "041009";

    [Fact]
    public Task Secretariat_convenes_associations_answer_and_vote_and_the_verdicts_and_minutes_follow() => InBrowser(async secretariat =>
    {
        var title = $"ハイブリッド総会 {Guid.NewGuid():N}"[..18];
        var users = new Dictionary<string, TestUser>();
        foreach (var code in new[] { Aichi, Niigata, Fukuoka, Sendai }) users[code] = await App.AssociationAdmin(code);
        var secretary = await App.Secretariat();
        await secretariat.Context.SignInThroughApiAsync(App, secretary);
        try
        {
            // 1. The secretariat convenes a hybrid assembly two days ahead, with written votes until tomorrow.
            var now = App.Clock.GetUtcNow().UtcDateTime;
            await secretariat.GotoAsync("/meetings/manage/new");
            await secretariat.Locator("#kind-general-assembly").CheckAsync();
            await secretariat.Locator("#format-hybrid").CheckAsync();
            await secretariat.Locator("#Input_Title").FillAsync(title);
            await secretariat.Locator("#Input_StartsAt").FillAsync(JapanTime.InputValue(now.AddDays(2)));
            await secretariat.Locator("#Input_RegistrationDeadline").FillAsync(JapanTime.InputValue(now.AddDays(1)));
            await secretariat.Locator("#Input_WrittenVoteDeadline").FillAsync(JapanTime.InputValue(now.AddDays(1)));
            await secretariat.Locator("#Input_Venue").FillAsync("東京都千代田区 会議室");
            await secretariat.Locator("#Input_OnlineUrl").FillAsync("https://meet.example.jp/assembly");
            await secretariat.Locator("#Input_ChairName").FillAsync("議長 花子");
            await secretariat.Locator("#Input_ChairAssociation").SelectOptionAsync(Aichi);
            await secretariat.Locator("form#new-meeting button[type=submit]").ClickAsync();
            await Expect(secretariat).ToHaveURLAsync(new Regex(@"/meetings/manage/\d+$"));
            var id = int.Parse(Regex.Match(secretariat.Url, @"/meetings/manage/(\d+)$").Groups[1].Value);

            await AddMotionAsync(secretariat, id, "2025年度事業報告及び収支決算");
            await AddMotionAsync(secretariat, id, "2026年度事業計画及び収支予算");
            await secretariat.GotoAsync($"/meetings/manage/{id}");
            await secretariat.Locator("#notice-confirm").CheckAsync();
            await secretariat.Locator("form#notice button[type=submit]").ClickAsync();
            await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();
            Assert.True(await App.WithDb(db => db.Outbox.AnyAsync(m => m.To == users[Niigata].Email && m.BodyText.Contains($"/meetings/{id}"))));
            var meeting = await MeetingData.LoadAsync(App, id);
            Assert.Equal(MeetingStatus.Convened, meeting.Status);
            var first = meeting.Items.OrderBy(i => i.Number).First();
            var second = meeting.Items.OrderBy(i => i.Number).Last();

            // 2. Four associations answer: Aichi and Niigata on site, Sendai online, Fukuoka by proxy to the chair.
            var pages = new Dictionary<string, IPage>();
            foreach (var (code, user) in users)
            {
                pages[code] = await NewPageAsync(code == Sendai ? Viewport.Phone : Viewport.Desktop);
                await pages[code].Context.SignInThroughApiAsync(App, user);
            }
            await AttendAsync(pages[Aichi], id, users[Aichi], "on-site", "愛知 一郎");
            await AttendAsync(pages[Niigata], id, users[Niigata], "on-site", "新潟 二郎");
            await AttendAsync(pages[Sendai], id, users[Sendai], "online", "仙台 三郎");
            await pages[Fukuoka].GotoAsync($"/meetings/{id}/attendance");
            await pages[Fukuoka].Locator("#f-mode-proxy").CheckAsync();
            await pages[Fukuoka].Locator("#f-proxyHolder").SelectOptionAsync("chair");
            await pages[Fukuoka].Locator("button[value=save]").ClickAsync();
            await Expect(pages[Fukuoka].Locator(".flash")).ToBeVisibleAsync();

            // 3. Niigata votes in writing before the meeting (書面表決); Fukuoka, having given its proxy, cannot vote.
            await VoteAsync(pages[Niigata], id, "for");
            Assert.Equal(BallotChannel.Written, (await BallotsAsync(id, Niigata)).First().Channel);
            await pages[Fukuoka].GotoAsync($"/meetings/{id}/vote");
            await Expect(pages[Fukuoka].Locator("form#vote-form")).ToHaveCountAsync(0);

            // 4. A day passes: registration and written votes are closed, the meeting has not begun. Sendai's late
            //    written vote is refused with the reason, and nothing is stored.
            App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
            await SignInAgainAsync(secretariat, secretary, pages, users);
            await pages[Sendai].GotoAsync($"/meetings/{id}/vote");
            await Expect(pages[Sendai].Locator("main")).ToContainTextAsync("書面表決の受付は");
            await Expect(pages[Sendai].Locator("form#vote-form input[type=radio]")).ToHaveCountAsync(0);
            var late = await pages[Sendai].Context.APIRequest.PostAsync(App.Url($"/api/v1/meetings/{id}/items/{first.Id}/ballots").ToString(),
                new() { DataObject = new { choice = "for" } });
            Assert.Equal(409, late.Status);
            Assert.Contains("書面表決の受付は締め切られました", await late.TextAsync());
            Assert.Empty(await BallotsAsync(id, Sendai));

            // 5. The meeting begins. The desk checks Aichi's and Niigata's people in; Aichi votes for itself and, as the
            //    chair's association, for Fukuoka; Sendai votes online, against the second motion.
            App.Clock.Advance(TimeSpan.FromDays(1));
            await SignInAgainAsync(secretariat, secretary, pages, users);
            foreach (var code in new[] { Aichi, Niigata })
            {
                await secretariat.GotoAsync($"/meetings/manage/{id}/checkin");
                await secretariat.Locator($"#a-{code} form[id^=person-] button[type=submit]").ClickAsync();
            }
            await Expect(secretariat.Locator("#came-text")).ToContainTextAsync("2団体2名");
            await VoteAsync(pages[Aichi], id, "for");
            Assert.Equal(Ballot.ChairHolder, (await BallotsAsync(id, Fukuoka)).Single(b => b.AgendaItemId == first.Id).ProxyHolderCode);
            await pages[Sendai].GotoAsync($"/meetings/{id}/vote");
            await pages[Sendai].Locator($"section:has(#item-{first.Id}) input[value=for]").CheckAsync();
            await pages[Sendai].Locator($"section:has(#item-{second.Id}) input[value=against]").CheckAsync();
            await pages[Sendai].Locator("form#vote-form button[type=submit]").ClickAsync();
            await Expect(pages[Sendai].Locator("#vote-recorded")).ToBeVisibleAsync();
            Assert.All(await BallotsAsync(id, Sendai), b => Assert.Equal(BallotChannel.Online, b.Channel));

            // The other 59 associations are not this journey's subject: 30 of them returned written votes for both
            // motions (straight into the table, as history), so that the quorum of 32 is met with the four above.
            var others = (await MeetingData.MemberCodesAsync(App)).Except(users.Keys).Take(30).ToList();
            foreach (var code in others)
                foreach (var item in new[] { first, second })
                    await MeetingData.AddBallotAsync(App, id, item.Id, code, BallotChoice.For);

            // 6. The secretariat closes the meeting; Sendai's change of mind comes too late.
            await secretariat.GotoAsync($"/meetings/manage/{id}");
            await secretariat.Locator("#close-confirm").CheckAsync();
            await secretariat.Locator("form#close button[type=submit]").ClickAsync();
            await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();
            await pages[Sendai].GotoAsync($"/meetings/{id}/vote");
            await Expect(pages[Sendai].Locator("form#vote-form input[type=radio]")).ToHaveCountAsync(0);
            var response = await pages[Sendai].Context.APIRequest.PostAsync(App.Url($"/api/v1/meetings/{id}/items/{second.Id}/ballots").ToString(),
                new() { DataObject = new { choice = "for" } });
            Assert.Equal(409, response.Status);
            Assert.Contains("締め切られました", await response.TextAsync());

            // 7. The results: 34 present of 63; the first motion approved unanimously, the second approved with one against.
            var results = pages[Niigata];
            await results.GotoAsync($"/meetings/{id}/results");
            await Expect(results.Locator("main")).ToContainTextAsync("承認（全会一致）");
            var json = await (await results.Context.APIRequest.GetAsync(App.Url($"/api/v1/meetings/{id}/results").ToString())).JsonAsync();
            var quorum = json!.Value.GetProperty("quorum");
            Assert.Equal(63, quorum.GetProperty("invited").GetInt32());
            Assert.Equal(34, quorum.GetProperty("present").GetInt32());
            var items = json.Value.GetProperty("items").EnumerateArray().ToList();
            var one = items.Single(i => i.GetProperty("id").GetInt32() == first.Id);
            var two = items.Single(i => i.GetProperty("id").GetInt32() == second.Id);
            Assert.Equal("approved", one.GetProperty("verdict").GetProperty("code").GetString());
            Assert.True(one.GetProperty("verdict").GetProperty("unanimous").GetBoolean());
            Assert.Equal(1, one.GetProperty("byProxy").GetInt32());
            Assert.Equal(34, one.GetProperty("counts").GetProperty("for").GetInt32());
            Assert.Equal("approved", two.GetProperty("verdict").GetProperty("code").GetString());
            Assert.False(two.GetProperty("verdict").GetProperty("unanimous").GetBoolean());
            Assert.Equal(1, two.GetProperty("counts").GetProperty("against").GetInt32());

            // 8. The minutes: drafted from the meeting, approved, read by a member as a page and a PDF.
            await secretariat.GotoAsync($"/meetings/manage/{id}/minutes");
            await secretariat.Locator("form#generate button[type=submit]").ClickAsync();
            await Expect(secretariat.Locator("#Edit_BodyJa")).ToContainTextAsync("承認（全会一致）");
            await secretariat.Locator("form#edit button[value=approve]").ClickAsync();
            await Expect(secretariat.Locator("#approved-ja")).ToBeVisibleAsync();
            await results.GotoAsync($"/meetings/{id}/minutes");
            await Expect(results.Locator("main")).ToContainTextAsync("2025年度事業報告及び収支決算");
            await Expect(results.Locator("main")).ToContainTextAsync("承認（全会一致）");
            var pdf = await results.Context.APIRequest.GetAsync(App.Url($"/meetings/{id}/minutes.pdf").ToString());
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        }
        finally
        {
            App.Clock.Reset();
        }
    });

    static async Task AddMotionAsync(IPage secretariat, int id, string title)
    {
        await secretariat.GotoAsync($"/meetings/manage/{id}/agenda");
        await secretariat.Locator("#item-kind-motion").CheckAsync();
        await secretariat.Locator("#Item_Title").FillAsync(title);
        await secretariat.Locator("form#item button[type=submit]").ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToBeVisibleAsync();
    }

    static async Task AttendAsync(IPage page, int id, TestUser user, string mode, string person)
    {
        await page.GotoAsync($"/meetings/{id}/attendance");
        await page.Locator($"#f-mode-{mode}").CheckAsync();
        await page.Locator("#f-attendees-0-name").FillAsync(person);
        await page.Locator("#f-representativeUserId").SelectOptionAsync(user.Id);
        await page.Locator("button[value=save]").ClickAsync();
        await Expect(page.Locator(".flash")).ToBeVisibleAsync();
    }

    /// <summary>Chooses <paramref name="choice"/> for every item and association on the page (own and proxies held) and votes.</summary>
    static async Task VoteAsync(IPage page, int id, string choice)
    {
        await page.GotoAsync($"/meetings/{id}/vote");
        foreach (var radio in await page.Locator($"form#vote-form input[type=radio][value={choice}]").AllAsync()) await radio.CheckAsync();
        await page.Locator("form#vote-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#vote-recorded")).ToBeVisibleAsync();
    }

    // Moving the clock a day ends the 8-hour sessions: everyone signs in again, as they would that morning.
    async Task SignInAgainAsync(IPage secretariat, TestUser secretary, Dictionary<string, IPage> pages, Dictionary<string, TestUser> users)
    {
        await secretariat.Context.SignInThroughApiAsync(App, secretary);
        foreach (var (code, page) in pages) await page.Context.SignInThroughApiAsync(App, users[code]);
    }

    Task<List<Ballot>> BallotsAsync(int id, string code) =>
        App.WithDb(db => db.Ballots.AsNoTracking().Where(b => b.MeetingId == id && b.AssociationCode == code).ToListAsync());
}
