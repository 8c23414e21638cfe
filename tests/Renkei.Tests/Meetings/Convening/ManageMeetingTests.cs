using System.Net;
using AngleSharp.Html.Dom;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The secretariat's meeting page: the notice in each recipient's language, reminders, cancelling, closing,
/// results, editing with a stamp.</summary>
public class ManageMeetingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> SecretariatAsync() => await factory.SignedInClient(await factory.Secretariat());

    Task<Meeting> DraftAsync(params string[] codes) =>
        MeetingData.CreateAsync(factory, codes, m => { m.Status = MeetingStatus.Draft; m.NoticeSentAt = null; });

    static Dictionary<string, string> Confirmed => new() { ["Step.Confirm"] = "true" };

    [Fact]
    public async Task The_notice_convenes_the_meeting_and_reaches_each_invited_admin_in_their_language()
    {
        var japanese = await factory.AssociationAdmin("230006");
        var english = await factory.AssociationAdmin("041009");
        await factory.PrefersEnglishAsync(english);
        var staff = await factory.AssociationStaff("230006");
        var meeting = await DraftAsync("230006", "041009");
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#notice", Confirmed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.StoredAsync(meeting.Id);
        Assert.Equal(MeetingStatus.Convened, stored.Status);
        Assert.NotNull(stored.NoticeSentAt);
        var ja = Assert.Single(await factory.OutboxToAsync(japanese.Email));
        Assert.StartsWith("【連携】招集通知：" + meeting.TitleJa, ja.Subject);
        Assert.Contains("第1号議案 2025年度事業報告及び収支決算", ja.BodyText);
        Assert.Contains("報告1 事務局報告", ja.BodyText);
        Assert.Contains("https://meet.example.jp/renkei-test", ja.BodyText);
        Assert.Contains("出欠登録の締切：" + JapanTime.Format(meeting.RegistrationDeadline, false), ja.BodyText);
        Assert.Contains("書面表決の締切：" + JapanTime.Format(meeting.WrittenVoteDeadline!.Value, false), ja.BodyText);
        Assert.Contains($"/meetings/{meeting.Id}\n", ja.BodyText.Replace("\r", ""));
        Assert.Contains($"/meetings/{meeting.Id}.ics", ja.BodyText);
        var en = Assert.Single(await factory.OutboxToAsync(english.Email));
        Assert.StartsWith("[Renkei] Convocation notice: Test general assembly", en.Subject);
        Assert.Contains("Motion 1 FY2025 business report and settlement", en.BodyText);
        Assert.Contains("Online link (members only; please do not forward): https://meet.example.jp/renkei-test", en.BodyText);
        Assert.Contains("CLAIR meeting room, Chiyoda, Tokyo", en.BodyText);
        // Admins only: staff are not written to.
        Assert.Empty(await factory.OutboxToAsync(staff.Email));
    }

    [Fact]
    public async Task Without_the_confirmation_tick_nothing_is_sent()
    {
        var admin = await factory.AssociationAdmin("230006");
        var meeting = await DraftAsync("230006");
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#notice");

        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("確認のチェック", page.QuerySelector("#refusal")!.TextContent);
        Assert.Equal(MeetingStatus.Draft, (await factory.StoredAsync(meeting.Id)).Status);
        Assert.Empty(await factory.OutboxToAsync(admin.Email));
    }

    [Fact]
    public async Task A_stale_edit_shows_the_conflict_and_keeps_what_was_typed()
    {
        var meeting = await DraftAsync("230006");
        var client = await SecretariatAsync();
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}");
        await factory.WithDb(async db =>
        {
            var m = await db.Meetings.FindAsync(meeting.Id);
            m!.VenueJa = "名古屋国際センター";
            m.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
        });

        var response = await client.SubmitForm(page, "form#edit-meeting", new Dictionary<string, string> { ["Input.Venue"] = "仙台国際センター" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(result.QuerySelector("#conflict"));
        Assert.Equal("仙台国際センター", ((IHtmlInputElement)result.QuerySelector("#Input_Venue")!).Value);
        Assert.Contains("名古屋国際センター", result.QuerySelector("#facts")!.TextContent);
        Assert.Equal("名古屋国際センター", (await factory.StoredAsync(meeting.Id)).VenueJa);

        // Saving again from the conflict page is a deliberate choice, and goes through.
        var again = await client.SubmitForm(result, "form#edit-meeting");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("仙台国際センター", (await factory.StoredAsync(meeting.Id)).VenueJa);
    }

    [Fact]
    public async Task An_edit_with_a_deadline_after_the_start_changes_nothing()
    {
        var meeting = await DraftAsync("230006");
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#edit-meeting", new Dictionary<string, string>
        {
            ["Input.RegistrationDeadline"] = ConveningTesting.Jst(meeting.StartsAt.AddHours(1)),
        });

        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("出欠登録の締切は開始日時までにしてください。", page.MessageFor("Input.RegistrationDeadline"));
        Assert.Equal(meeting.RegistrationDeadline, (await factory.StoredAsync(meeting.Id)).RegistrationDeadline, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_reminder_goes_only_to_associations_that_have_not_answered()
    {
        var answered = await factory.AssociationAdmin("230006");
        var silent = await factory.AssociationAdmin("041009");
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.Absent);
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#remind");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await factory.OutboxToAsync(answered.Email));
        var mail = Assert.Single(await factory.OutboxToAsync(silent.Email));
        Assert.StartsWith("【連携】出欠登録のお願い", mail.Subject);
    }

    [Fact]
    public async Task Cancelling_a_convened_meeting_tells_the_invited_why()
    {
        var admin = await factory.AssociationAdmin("230006");
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();

        var values = Confirmed;
        values["Step.Reason"] = "台風の接近のため";
        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#cancel", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MeetingStatus.Cancelled, (await factory.StoredAsync(meeting.Id)).Status);
        var mail = Assert.Single(await factory.OutboxToAsync(admin.Email));
        Assert.StartsWith("【連携】開催中止", mail.Subject);
        Assert.Contains("台風の接近のため", mail.BodyText);
        // A cancelled meeting takes no more changes.
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}");
        Assert.Null(page.QuerySelector("form#edit-meeting"));
        Assert.Null(page.QuerySelector("form#notice"));
    }

    [Fact]
    public async Task Closing_makes_every_vote_final()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006"], MeetingData.InSession);
        var client = await SecretariatAsync();

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#close", Confirmed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.StoredAsync(meeting.Id);
        Assert.Equal(MeetingStatus.Closed, stored.Status);
        Assert.True(stored.IsVoteFinal(DateTime.UtcNow));
    }

    [Fact]
    public async Task Results_go_public_and_back()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm($"/meetings/manage/{meeting.Id}", "form#results")).StatusCode);
        Assert.True((await factory.StoredAsync(meeting.Id)).ResultsPublic);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm($"/meetings/manage/{meeting.Id}", "form#results")).StatusCode);
        Assert.False((await factory.StoredAsync(meeting.Id)).ResultsPublic);
    }

    [Fact]
    public async Task An_association_invited_after_the_notice_gets_it_and_an_answered_one_stays_invited()
    {
        var late = await factory.AssociationAdmin("130001");
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => m.ChairAssociationCode = null);
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "出席 太郎");
        var client = await SecretariatAsync();

        var added = await client.PostForm($"/meetings/manage/{meeting.Id}", "form#invite", new Dictionary<string, string> { ["Invite.Association"] = "130001" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains((await factory.StoredAsync(meeting.Id)).Attendances, a => a.AssociationCode == "130001" && a.Mode == AttendanceMode.Unanswered);
        Assert.StartsWith("【連携】招集通知", Assert.Single(await factory.OutboxToAsync(late.Email)).Subject);

        // The answered association has no button, and a forged request is refused.
        var page = await client.GetPage($"/meetings/manage/{meeting.Id}");
        Assert.Equal(2, page.QuerySelectorAll("#invited form").Length);
        var refused = await client.SubmitForm(page, "#invited form", new Dictionary<string, string> { ["Invite.Association"] = "230006" });
        Assert.Contains("回答のあった協会は招集先から外せません。", Forms.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#refusal")!.TextContent);
        var removed = await client.SubmitForm(page, "#invited form", new Dictionary<string, string> { ["Invite.Association"] = "041009" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(["130001", "230006"], (await factory.StoredAsync(meeting.Id)).Attendances.Select(a => a.AssociationCode).Order(StringComparer.Ordinal));
    }
}
