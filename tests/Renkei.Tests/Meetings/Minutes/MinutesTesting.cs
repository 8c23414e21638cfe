using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Meetings that were held (attendance, ballots, closed through the real <see cref="MeetingClosing"/>), and the
/// minutes' steps as the secretariat takes them on the page.</summary>
public static class MinutesTesting
{
    /// <summary>Aichi (on site, two people), Sendai (online, one), Sapporo (proxy to the chair), Tokyo (absent).</summary>
    public static readonly string[] Invited = ["230006", "041009", "011002", "130001"];
    static readonly string[] Voters = ["230006", "041009", "011002"];

    /// <summary>
    /// A hybrid assembly that took place: the default agenda (report, motion, slate election of the chair), the three
    /// present associations voting for both items, guests, then closed (which enters the elected chair in the register:
    /// tests of the register give the candidate a position of its own, see <see cref="OwnPosition"/>).
    /// </summary>
    public static async Task<Meeting> HeldAsync(RenkeiFactory factory, Action<Meeting>? configure = null, bool close = true)
    {
        var meeting = await MeetingData.CreateAsync(factory, Invited, m =>
        {
            MeetingData.InSession(m);
            m.Guests = "総務省自治行政局国際室長\n法務省出入国在留管理庁 在留支援課長";
            configure?.Invoke(m);
        });
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "愛知 一郎", "愛知 花子");
        await MeetingData.AnswerAsync(factory, meeting.Id, "041009", AttendanceMode.Online, null, null, "仙台 次郎");
        await MeetingData.AnswerAsync(factory, meeting.Id, "011002", AttendanceMode.Proxy);
        await MeetingData.AnswerAsync(factory, meeting.Id, "130001", AttendanceMode.Absent);
        await MeetingData.CheckInAsync(factory, meeting.Id, "230006");
        await MeetingData.CheckInAsync(factory, meeting.Id, "041009");
        foreach (var item in meeting.Items.Where(i => i.IsVoted))
            foreach (var code in Voters)
                await MeetingData.AddBallotAsync(factory, meeting.Id, item.Id, code, BallotChoice.For, BallotChannel.Online);
        if (close) Assert.True((await CloseAsync(factory, meeting.Id)).Succeeded);
        return await MeetingData.LoadAsync(factory, meeting.Id);
    }

    /// <summary>An agenda of a report and a motion only.</summary>
    public static void NoElection(Meeting m) => m.Items.RemoveAll(i => i.Kind == AgendaItemKind.Election);

    /// <summary>A chair candidate that touches no other test's register: a position of its own.</summary>
    public static void OwnPosition(Meeting m, int positionId)
    {
        foreach (var c in m.Items.SelectMany(i => i.Candidates)) c.OfficerPositionId = positionId;
    }

    public static Task<int> NewPositionAsync(RenkeiFactory factory, int seats = 1) =>
        factory.WithDb(async db =>
        {
            var code = $"test-{Guid.NewGuid():N}"[..20];
            var position = new OfficerPosition { Code = code, NameJa = $"テスト役職{code[5..11]}", NameEn = $"Test position {code[5..11]}", Seats = seats, SortOrder = 50 };
            db.OfficerPositions.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });

    /// <summary>閉会 through the lead's closing step, with the meeting's current stamp.</summary>
    public static Task<StepResult> CloseAsync(RenkeiFactory factory, int meetingId) =>
        factory.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<RenkeiDbContext>();
            var stamp = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.ConcurrencyStamp).SingleAsync();
            return await sp.GetRequiredService<MeetingClosing>().CloseMeetingAsync(meetingId, stamp);
        });

    public static Task<StepResult> CloseItemAsync(RenkeiFactory factory, int meetingId, int itemId) =>
        factory.WithServices(sp => sp.GetRequiredService<MeetingClosing>().CloseItemAsync(meetingId, itemId, "test"));

    public static string ManageUrl(int meetingId) => $"/meetings/manage/{meetingId}/minutes";

    /// <summary>The secretariat presses "write the draft" on the page.</summary>
    public static async Task GenerateAsync(HttpClient secretariat, int meetingId)
    {
        var page = await secretariat.GetPage(ManageUrl(meetingId));
        var response = await secretariat.SubmitForm(page, "form#generate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Writes the draft and approves it as it was written.</summary>
    public static async Task ApproveAsync(HttpClient secretariat, int meetingId)
    {
        await GenerateAsync(secretariat, meetingId);
        var page = await secretariat.GetPage(ManageUrl(meetingId));
        var response = await secretariat.SubmitForm(page, "form#edit", new Dictionary<string, string> { ["Edit.Command"] = "approve" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<MeetingMinutes?> MinutesAsync(RenkeiFactory factory, int meetingId) =>
        factory.WithDb(db => db.MeetingMinutes.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == meetingId));

    public static Task SetResultsPublicAsync(RenkeiFactory factory, int meetingId, bool value) =>
        factory.WithDb(db => db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ResultsPublic, value)));
}
