using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The members' pages: the list of one's meetings with the association's answer, and the meeting's own page.</summary>
public class MeetingPagesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_list_shows_the_associations_meetings_upcoming_and_past_with_its_answer()
    {
        var upcoming = await MeetingData.CreateAsync(factory, "230006", "041009");
        var past = await MeetingData.CreateAsync(factory, ["230006", "041009"], m =>
        {
            m.StartsAt = DateTime.UtcNow.AddDays(-30);
            m.EndsAt = m.StartsAt.AddHours(2);
            m.Status = MeetingStatus.Closed;
        });
        var others = await MeetingData.CreateAsync(factory, "041009");
        var draft = await MeetingData.CreateAsync(factory, ["230006"], m => m.Status = MeetingStatus.Draft);
        var admin = await factory.AssociationAdmin("230006");
        await MeetingData.AnswerAsync(factory, past.Id, "230006", AttendanceMode.OnSite, admin, null, "過去 出席");
        var client = await factory.SignedInClient(admin);

        var page = await client.GetPage("/meetings");

        var upcomingLinks = page.QuerySelectorAll("ul[aria-labelledby=upcoming-heading] h3 a").Select(a => a.GetAttribute("href")).ToList();
        var pastLinks = page.QuerySelectorAll("ul[aria-labelledby=past-heading] h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/meetings/{upcoming.Id}", upcomingLinks);
        Assert.Contains($"/meetings/{past.Id}", pastLinks);
        Assert.DoesNotContain($"/meetings/{others.Id}", upcomingLinks);
        Assert.DoesNotContain($"/meetings/{draft.Id}", upcomingLinks);
        var card = page.QuerySelector($"a[href='/meetings/{upcoming.Id}']")!.Closest("li")!;
        Assert.Contains("未回答", card.TextContent);
        Assert.NotNull(card.QuerySelector($"a[href='/meetings/{upcoming.Id}/attendance']"));
        var pastCard = page.QuerySelector($"a[href='/meetings/{past.Id}']")!.Closest("li")!;
        Assert.Contains("現地出席", pastCard.TextContent);
        Assert.Contains("代表者：登録済み", pastCard.TextContent);

        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var all = await secretariat.GetPage("/meetings");
        var draftCard = all.QuerySelector($"a[href='/meetings/{draft.Id}']")!.Closest("li")!;
        Assert.Contains("回答 0 / 1 団体", draftCard.TextContent);
        Assert.Contains("回答 1 / 2 団体", all.QuerySelector($"a[href='/meetings/{past.Id}']")!.Closest("li")!.TextContent);
    }

    [Fact]
    public async Task The_meeting_page_gives_members_the_notice_agenda_documents_and_their_answer()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => m.NoticeJa = "下記のとおり総会を開催します。");
        var documentId = await factory.WithDb(async db =>
        {
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.Number == 2);
            var doc = new MeetingDocument
            {
                MeetingId = meeting.Id,
                AgendaItemId = item.Id,
                Title = "決算書",
                FileName = "kessan.pdf",
                ContentType = "application/pdf",
                Content = [1, 2, 3],
                Length = 3,
                UploadedAt = DateTime.UtcNow,
                UploadedBy = "test",
            };
            db.MeetingDocuments.Add(doc);
            await db.SaveChangesAsync();
            return doc.Id;
        });
        var staff = await factory.SignedInClient(await factory.AssociationStaff("041009"));

        var page = await staff.GetPage($"/meetings/{meeting.Id}");

        Assert.Equal(meeting.TitleJa, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='https://meet.example.jp/renkei-test']"));
        Assert.Contains("下記のとおり総会を開催します。", page.QuerySelector(".attend-notice-text")!.TextContent);
        var agenda = page.QuerySelectorAll(".attend-agenda h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["報告1　事務局報告", "第1号議案　2025年度事業報告及び収支決算", "第2号議案　役員の選任"], agenda);
        Assert.Contains("候補 太郎", page.QuerySelector(".attend-candidates")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{meeting.Id}/documents/{documentId}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{meeting.Id}/attendance']"));
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{meeting.Id}.ics']"));
        // Not in session, not final: no vote, no results, no minutes.
        Assert.Null(page.QuerySelector($"a[href='/meetings/{meeting.Id}/vote']"));
        Assert.Null(page.QuerySelector($"a[href='/meetings/{meeting.Id}/results']"));

        var english = await staff.GetPage($"/meetings/{meeting.Id}?culture=en");
        Assert.Equal("Test general assembly", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Motion 1", english.QuerySelector(".attend-agenda")!.TextContent);
    }

    [Fact]
    public async Task The_representative_in_session_gets_the_vote_link_and_a_final_meeting_its_results_and_minutes()
    {
        var admin = await factory.AssociationAdmin("230006");
        var staff = await factory.AssociationStaff("230006");
        var inSession = await MeetingData.CreateAsync(factory, ["230006", "041009"], MeetingData.InSession);
        await MeetingData.AnswerAsync(factory, inSession.Id, "230006", AttendanceMode.OnSite, admin, null, "代表 者");
        Assert.NotNull((await (await factory.SignedInClient(admin)).GetPage($"/meetings/{inSession.Id}")).QuerySelector($"a[href='/meetings/{inSession.Id}/vote']"));
        Assert.Null((await (await factory.SignedInClient(staff)).GetPage($"/meetings/{inSession.Id}")).QuerySelector($"a[href='/meetings/{inSession.Id}/vote']"));

        var closed = await MeetingData.CreateAsync(factory, ["230006", "041009"], m =>
        {
            MeetingData.InSession(m);
            m.Status = MeetingStatus.Closed;
            m.VoteDeadline = DateTime.UtcNow.AddMinutes(-1);
            m.Minutes = new MeetingMinutes { Status = MinutesStatus.Approved, BodyJa = "議事録", UpdatedAt = DateTime.UtcNow, UpdatedBy = "test" };
        });
        var page = await (await factory.SignedInClient(staff)).GetPage($"/meetings/{closed.Id}");
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{closed.Id}/results']"));
        Assert.NotNull(page.QuerySelector($"a[href='/meetings/{closed.Id}/minutes']"));
        Assert.Null(page.QuerySelector($"a[href='/meetings/{closed.Id}/vote']"));
    }

    [Fact]
    public async Task A_cancelled_meeting_says_so_and_a_sample_one_says_it_is_sample_data()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], m => { m.Status = MeetingStatus.Cancelled; m.IsSample = true; });
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var page = await client.GetPage($"/meetings/{meeting.Id}");

        Assert.Contains("この会議は中止になりました。", page.QuerySelector(".attend-cancelled")!.TextContent);
        Assert.NotNull(page.QuerySelector(".sample-data"));
        Assert.Null(page.QuerySelector("a[href='https://meet.example.jp/renkei-test']"));
    }
}
