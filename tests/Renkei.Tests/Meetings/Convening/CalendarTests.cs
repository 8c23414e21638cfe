using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The meeting's .ics file, read back with Ical.Net as a calendar program would.</summary>
public class CalendarTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static async Task<Ical.Net.Calendar> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_member_gets_the_meeting_in_utc_with_its_place_page_and_online_link()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var member = await factory.SignedInClient(await factory.AssociationStaff("230006"));

        var calendar = await ReadAsync(await member.GetAsync($"/meetings/{meeting.Id}.ics"));

        Assert.Equal("PUBLISH", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal($"meeting-{meeting.Id}@renkei", e.Uid);
        Assert.True(e.DtStart!.IsUtc);
        Assert.Equal(meeting.StartsAt, e.DtStart.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(meeting.EndsAt!.Value, e.DtEnd!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(meeting.TitleJa, e.Summary);
        Assert.Equal("東京都千代田区 クレア会議室 / オンライン", e.Location);
        Assert.EndsWith($"/meetings/{meeting.Id}", e.Url!.ToString());
        Assert.Contains("https://meet.example.jp/renkei-test", e.Description);
        Assert.Contains("第1号議案 2025年度事業報告及び収支決算", e.Description);
        Assert.Equal("CONFIRMED", e.Status);
    }

    [Fact]
    public async Task An_english_reader_gets_the_english_title()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var member = await factory.SignedInClient(await factory.AssociationStaff("230006"));

        var e = Assert.Single((await ReadAsync(await member.GetAsync($"/meetings/{meeting.Id}.ics?culture=en"))).Events);

        Assert.Equal("Test general assembly", e.Summary);
        Assert.Contains("Motion 1 FY2025 business report and settlement", e.Description);
    }

    [Fact]
    public async Task A_new_time_raises_the_sequence_and_a_cancelled_meeting_says_so_under_the_same_uid()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], m => m.ChairAssociationCode = null);
        var member = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var first = Assert.Single((await ReadAsync(await member.GetAsync($"/meetings/{meeting.Id}.ics"))).Events);

        var start = meeting.StartsAt.AddHours(1);
        var later = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, DateTimeKind.Utc); // the form takes minutes
        var moved = await secretariat.PostForm($"/meetings/manage/{meeting.Id}", "form#edit-meeting", new Dictionary<string, string>
        {
            ["Input.StartsAt"] = ConveningTesting.Jst(later), ["Input.EndsAt"] = ConveningTesting.Jst(later.AddHours(2)),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var second = Assert.Single((await ReadAsync(await member.GetAsync($"/meetings/{meeting.Id}.ics"))).Events);
        Assert.True(second.Sequence > first.Sequence);
        Assert.Equal(later, second.DtStart!.AsUtc, TimeSpan.FromSeconds(1));

        var cancelled = await secretariat.PostForm($"/meetings/manage/{meeting.Id}", "form#cancel", new Dictionary<string, string> { ["Step.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var third = Assert.Single((await ReadAsync(await member.GetAsync($"/meetings/{meeting.Id}.ics"))).Events);
        Assert.Equal(first.Uid, third.Uid);
        Assert.Equal("CANCELLED", third.Status);
        Assert.True(third.Sequence > second.Sequence);
    }

    [Fact]
    public async Task The_file_is_404_to_the_uninvited_and_to_members_while_the_meeting_is_a_draft()
    {
        var block = await MeetingData.CreateAsync(factory, ["230006"], m => { m.Kind = MeetingKind.BlockMeeting; m.BlockId = "chubu"; });
        var draft = await MeetingData.CreateAsync(factory, ["230006"], m => m.Status = MeetingStatus.Draft);
        var member = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var outsider = await factory.SignedInClient(await factory.AssociationAdmin("041009"));
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/meetings/{block.Id}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/meetings/{draft.Id}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/meetings/{block.Id}.ics")).StatusCode);
        Assert.Equal("TENTATIVE", Assert.Single((await ReadAsync(await secretariat.GetAsync($"/meetings/{draft.Id}.ics"))).Events).Status);
    }
}
