using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.DisastersFeature;
using Renkei.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on the preparedness pages (disasters, part D) in both languages at phone and desktop width: the own
/// association's page and edit form as its admin, a neighbour's page as staff, the block list as the secretariat, and
/// the edit form with refused input.</summary>
public class DisastersPreparednessAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    public static TheoryData<string, string, string> Scans()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "phone", "desktop" })
        {
            data.Add("/preparedness", viewport, "admin");
            data.Add("/preparedness/230006/edit", viewport, "admin");
            data.Add("/preparedness/231002", viewport, "staff");
            data.Add("/preparedness/block", viewport, "staff");
            data.Add("/preparedness/block", viewport, "secretariat");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Preparedness_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, string who)
    {
        // Aichi's row is sample data, so that the scans cover the sample-data notice as well.
        await PreparednessTesting.SetAsync(App, DisasterData.Aichi, confirmedDaysAgo: 400, p => p.IsSample = true);
        await PreparednessTesting.SetAsync(App, DisasterData.Nagoya);
        TestUser user = who switch
        {
            "admin" => await App.AssociationAdmin(DisasterData.Aichi),
            "staff" => await App.AssociationStaff(DisasterData.Aichi),
            _ => await App.Secretariat(),
        };
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(path + "?culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path}-{who}");
    }

    [Fact]
    public async Task Refused_input_on_the_edit_form_is_accessible()
    {
        await PreparednessTesting.SetAsync(App, DisasterData.Aichi);
        var admin = await App.AssociationAdmin(DisasterData.Aichi);
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, admin);
            await page.GotoAsync($"/preparedness/{DisasterData.Aichi}/edit");
            await page.Locator("#Input_Phone24h").FillAsync("電話なし");
            await page.Locator("#Input_DispatchableStaff").FillAsync("1000");
            await page.Locator("form#preparedness-form button[type=submit]").ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await page.AssertAccessibleAsync(Output.WriteLine);
        }, Viewport.Phone);
    }
}
