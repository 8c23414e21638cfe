using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Meetings;
using Xunit.Abstractions;

namespace Renkei.BrowserTests.Accessibility;

/// <summary>axe-core on the meeting pages of convening, attendance and voting (minutes and officers have their own scans),
/// in both languages at phone and desktop width: as the association's representative, and as the secretariat.</summary>
public class MeetingsAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly SemaphoreSlim Once = new(1, 1);
    static (RenkeiServer App, int Meeting, TestUser Representative)? made;

    /// <summary>A convened sample assembly in session: Aichi attends with its admin as representative, Sendai gave its proxy
    /// to Aichi, a ballot is in; made once per server.</summary>
    async Task<(int Meeting, TestUser Representative)> DataAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } m && m.App == App) return (m.Meeting, m.Representative);
            var representative = await App.AssociationAdmin("230006");
            var meeting = await MeetingData.CreateAsync(App, ["230006", "041009", "150002"], x => { MeetingData.InSession(x); x.IsSample = true; });
            await MeetingData.AnswerAsync(App, meeting.Id, "230006", AttendanceMode.OnSite, representative, null, "愛知 一郎", "愛知 花子");
            await MeetingData.AnswerAsync(App, meeting.Id, "041009", AttendanceMode.Proxy, null, "230006");
            await MeetingData.CheckInAsync(App, meeting.Id, "230006");
            await MeetingData.AddBallotAsync(App, meeting.Id, meeting.Item(AgendaItemKind.Motion).Id, "150002", BallotChoice.For);
            made = (App, meeting.Id, representative);
            return (meeting.Id, representative);
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
            foreach (var path in new[] { "/meetings", "/meetings/{id}", "/meetings/{id}/attendance", "/meetings/{id}/vote", "/meetings/{id}/results" })
                data.Add(path, viewport, "representative");
            foreach (var path in new[] { "/meetings/manage", "/meetings/manage/new", "/meetings/manage/{id}", "/meetings/manage/{id}/agenda",
                         "/meetings/manage/{id}/attendance", "/meetings/manage/{id}/checkin", "/meetings/manage/{id}/votes" })
                data.Add(path, viewport, "secretariat");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Meeting_page_has_no_serious_accessibility_violation_in_either_language(string path, string viewport, string who)
    {
        var (meeting, representative) = await DataAsync();
        var url = path.Replace("{id}", meeting.ToString());
        var user = who == "secretariat" ? await App.Secretariat() : representative;
        await InBrowser(async page =>
        {
            await page.Context.SignInThroughApiAsync(App, user);
            foreach (var culture in new[] { "ja", "en" })
            {
                var response = await page.GotoAsync(url + "?culture=" + culture);
                Assert.Equal(200, response!.Status);
                await page.AssertAccessibleAsync(Output.WriteLine);
            }
        }, Viewport.Named(viewport), label: $"{path}-{who}");
    }
}
