using Microsoft.Extensions.DependencyInjection;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Features.Meetings.Minutes;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on the minutes and officer pages (part D), in both languages: the public council pages anonymously,
/// approved minutes as a member, the secretariat's pages with a draft, with approved minutes and with refused input.</summary>
public class MeetingsMinutesAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Draft, int Approved, int Term)? made;

    /// <summary>Two held sample meetings (one with a draft, one with approved, public minutes) and a term by hand; made once per server.</summary>
    async Task<(int Draft, int Approved, int Term)> DataAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return (m.Draft, m.Approved, m.Term);
            var position = await MinutesTesting.NewPositionAsync(App, seats: 2);
            var draft = await MinutesTesting.HeldAsync(App, x => { MinutesTesting.OwnPosition(x, position); x.IsSample = true; });
            var approved = await MinutesTesting.HeldAsync(App, x => { MinutesTesting.OwnPosition(x, position); x.ResultsPublic = true; });
            await App.WithServices(async sp =>
            {
                var steps = sp.GetRequiredService<MinutesSteps>();
                await steps.GenerateAsync(draft.Id, null, false);
                await steps.GenerateAsync(approved.Id, null, false);
                var minutes = (await sp.GetRequiredService<Web.Infrastructure.Data.RenkeiDbContext>().MeetingMinutes.FindAsync(approved.Id))!;
                return await steps.SaveAsync(approved.Id, minutes.BodyJa, minutes.BodyEn, minutes.ConcurrencyStamp, approve: true);
            });
            var term = await OfficersTesting.TermAsync(App, position, "手入力 太郎", "041009", MeetingData.Today.AddYears(-3));
            made = (App, draft.Id, approved.Id, term.Id);
            return (draft.Id, approved.Id, term.Id);
        }
        finally
        {
            Once.Release();
        }
    }

    public static TheoryData<string, string, string> Scans()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "phone", "desktop" })
        {
            data.Add("/council", viewport, "anonymous");
            data.Add("/council/officers", viewport, "anonymous");
            data.Add("/meetings/{approved}/minutes", viewport, "member");
            data.Add("/meetings/manage/{draft}/minutes", viewport, "secretariat");
            data.Add("/council/officers/manage?end={term}", viewport, "secretariat");
        }
        data.Add("/meetings/manage/{approved}/minutes", "phone", "secretariat");
        data.Add("/meetings/{draft}/minutes", "phone", "secretariat");
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Minutes_and_officer_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, string who)
    {
        var (draft, approved, term) = await DataAsync();
        var url = path.Replace("{draft}", draft.ToString()).Replace("{approved}", approved.ToString()).Replace("{term}", term.ToString());
        TestUser? user = who switch
        {
            "member" => await App.AssociationStaff("041009"),
            "secretariat" => await App.Secretariat(),
            _ => null,
        };
        await InBrowser(async page =>
        {
            if (user is not null) await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + (url.Contains('?') ? "&" : "?") + "culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path}-{who}");
    }

    [Fact]
    public async Task Refused_input_on_the_secretariats_pages_is_accessible()
    {
        var (draft, _, term) = await DataAsync();
        var secretariat = await App.Secretariat();
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, secretariat);
            await page.GotoAsync($"/meetings/manage/{draft}/minutes");
            await page.Locator("form#regenerate button[type=submit]").ClickAsync();
            await page.Locator("#error-summary").WaitForAsync();
            await page.AssertAccessibleAsync(Output.WriteLine);

            await page.GotoAsync($"/council/officers/manage?end={term}");
            await page.Locator("#End_EndOn").FillAsync("2001-01-01");
            await page.Locator("form#end-term button[type=submit]").ClickAsync();
            await page.Locator("#error-summary").WaitForAsync();
            await page.Locator("form#term-form button[type=submit]").ClickAsync();
            await page.Locator("#error-summary").WaitForAsync();
            await page.AssertAccessibleAsync(Output.WriteLine);
        }, Viewport.Phone);
    }
}
