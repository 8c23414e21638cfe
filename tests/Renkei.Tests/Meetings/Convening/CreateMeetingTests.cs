using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Creating meetings through the real form: drafts, whom they invite, and the messages beside the fields.</summary>
public class CreateMeetingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> SecretariatAsync() => await factory.SignedInClient(await factory.Secretariat());

    async Task<HttpResponseMessage> CreateAsync(HttpClient client, Dictionary<string, string> values, Action<IHtmlDocument>? tick = null)
    {
        var page = await client.GetPage("/meetings/manage/new");
        tick?.Invoke(page);
        return await client.SubmitForm(page, "form#new-meeting", values);
    }

    Task<List<string>> BlockMembersAsync(string block) => factory.WithDb(async db =>
    {
        var today = JapanDate.Today(TimeProvider.System);
        var all = await db.Associations.AsNoTracking().Include(a => a.Versions).ToListAsync();
        return all.Where(a => a.IsCurrentMember(today) && a.Current.BlockId == block).Select(a => a.Code).Order(StringComparer.Ordinal).ToList();
    });

    [Fact]
    public async Task A_general_assembly_is_a_draft_inviting_every_current_member_with_no_answer_yet()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("総会");
        var values = ConveningTesting.NewMeetingValues(title);
        values["Input.Title"] = "２０２７年度　" + title + "（案）";
        values["Input.ChairName"] = "神田 真秋";
        values["Input.ChairAssociation"] = "230006";
        values["Input.Guests"] = "総務省自治行政局国際室長\r\n\r\n出入国在留管理庁 在留支援課長";
        var response = await CreateAsync(client, values);

        var id = ConveningTesting.MeetingIdFrom(response);
        var meeting = await factory.StoredAsync(id);
        Assert.Equal(MeetingStatus.Draft, meeting.Status);
        Assert.Equal(MeetingKind.GeneralAssembly, meeting.Kind);
        // Full-width digits and spaces are made plain; Japanese brackets stay as typed.
        Assert.Equal("2027年度 " + title + "（案）", meeting.TitleJa);
        Assert.Equal(MeetingFormat.Hybrid, meeting.Format);
        Assert.Null(meeting.NoticeSentAt);
        Assert.Equal(await MeetingData.MemberCodesAsync(factory), meeting.Attendances.Select(a => a.AssociationCode).Order(StringComparer.Ordinal));
        Assert.All(meeting.Attendances, a => Assert.Equal(AttendanceMode.Unanswered, a.Mode));
        // Typed in Japan time, stored in UTC; the fiscal year follows the start date.
        Assert.Equal(values["Input.StartsAt"], JapanTime.InputValue(meeting.StartsAt));
        Assert.Equal(30, (int)Math.Round((meeting.StartsAt - DateTime.UtcNow.Date).TotalDays));
        Assert.Equal(4, meeting.StartsAt.Hour);
        Assert.Equal(Renkei.Web.Infrastructure.Localization.FiscalYear.Of(JapanTime.Date(meeting.StartsAt)), meeting.FiscalYear);
        Assert.Equal("230006", meeting.ChairAssociationCode);
        Assert.Equal("総務省自治行政局国際室長\n出入国在留管理庁 在留支援課長", meeting.Guests);
        Assert.Equal(QuorumRule.Majority, meeting.Quorum);
    }

    [Fact]
    public async Task A_block_meeting_invites_the_members_of_its_block_only()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("中部ブロック会議");
        var values = ConveningTesting.NewMeetingValues(title, "block-meeting", "in-person");
        values["Input.Block"] = "chubu";
        values["Input.Invite"] = "all"; // ignored: a block meeting invites its block

        var meeting = await factory.StoredAsync(ConveningTesting.MeetingIdFrom(await CreateAsync(client, values)));

        Assert.Equal("chubu", meeting.BlockId);
        var chubu = await BlockMembersAsync("chubu");
        Assert.Contains("230006", chubu);
        Assert.Equal(chubu, meeting.Attendances.Select(a => a.AssociationCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_steering_committee_invites_the_associations_ticked()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("運営幹事会");
        var values = ConveningTesting.NewMeetingValues(title, "steering-committee", "online");
        values["Input.Invite"] = "chosen";
        var response = await CreateAsync(client, values, page =>
        {
            ((IHtmlInputElement)page.QuerySelector("#invited-230006")!).IsChecked = true;
            ((IHtmlInputElement)page.QuerySelector("#invited-041009")!).IsChecked = true;
        });

        var meeting = await factory.StoredAsync(ConveningTesting.MeetingIdFrom(response));
        Assert.Equal(["041009", "230006"], meeting.Attendances.Select(a => a.AssociationCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Choosing_to_invite_a_set_but_ticking_none_is_refused()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("課題研究会");
        var values = ConveningTesting.NewMeetingValues(title, "study-group", "online");
        values["Input.Invite"] = "chosen";

        var response = await CreateAsync(client, values);

        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("招集する協会を1つ以上選んでください。", page.MessageFor("Input.Invited"));
        Assert.Null(await factory.FindByTitleAsync(title));
    }

    [Fact]
    public async Task Wrong_times_and_missing_choices_get_a_message_beside_each_field_and_nothing_is_created()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("書面総会");
        var values = ConveningTesting.NewMeetingValues(title, "block-meeting", "in-writing");
        var start = DateTime.UtcNow.Date.AddDays(30);
        values["Input.EndsAt"] = ConveningTesting.Jst(start.AddHours(-1));
        values["Input.RegistrationDeadline"] = ConveningTesting.Jst(start.AddDays(1));
        values["Input.WrittenVoteDeadline"] = "";
        values["Input.OnlineUrl"] = "http://meet.example.jp/plain";
        values["Input.StartsAt"] = ConveningTesting.Jst(start);
        values["Input.ChairAssociation"] = "130001";

        var response = await CreateAsync(client, values);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ブロック会議では、ブロックを選んでください。", page.MessageFor("Input.Block"));
        Assert.Equal("終了日時は開始日時より後にしてください。", page.MessageFor("Input.EndsAt"));
        Assert.Equal("出欠登録の締切は開始日時までにしてください。", page.MessageFor("Input.RegistrationDeadline"));
        Assert.Equal("書面開催では、書面表決の締切を入力してください。", page.MessageFor("Input.WrittenVoteDeadline"));
        Assert.Equal("オンライン会議のURLは https:// で始まるアドレスにしてください。", page.MessageFor("Input.OnlineUrl"));
        // What was typed stays in the form.
        Assert.Equal(title, ((IHtmlInputElement)page.QuerySelector("#Input_Title")!).Value);
        Assert.Null(await factory.FindByTitleAsync(title));
    }

    [Fact]
    public async Task The_messages_are_in_english_for_an_english_reader()
    {
        var client = await SecretariatAsync();
        var page = await client.GetPage("/meetings/manage/new?culture=en");
        var values = ConveningTesting.NewMeetingValues(ConveningTesting.Title("Meeting"));
        values["Input.StartsAt"] = "next friday";
        values["Input.RegistrationDeadline"] = "";
        values["Input.Title"] = "";
        values["Input.Kind"] = "general-assembly";
        values["Input.WrittenVoteDeadline"] = ConveningTesting.Jst(DateTime.UtcNow.AddDays(100));

        var response = await client.SubmitForm(page, "form#new-meeting", values);

        var result = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Enter the meeting title.", result.MessageFor("Input.Title"));
        Assert.Equal("Enter the start time as a date and time in Japan time, e.g. 2027-05-21 13:30.", result.MessageFor("Input.StartsAt"));
        Assert.Equal("Enter the registration deadline.", result.MessageFor("Input.RegistrationDeadline"));
    }

    [Fact]
    public async Task The_chair_must_come_from_an_invited_association()
    {
        var client = await SecretariatAsync();
        var title = ConveningTesting.Title("運営幹事会");
        var values = ConveningTesting.NewMeetingValues(title, "steering-committee", "online");
        values["Input.Invite"] = "chosen";
        values["Input.ChairAssociation"] = "130001";
        var response = await CreateAsync(client, values, page => ((IHtmlInputElement)page.QuerySelector("#invited-230006")!).IsChecked = true);

        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("議長の協会は、招集する協会から選んでください。", page.MessageFor("Input.ChairAssociation"));
        Assert.Null(await factory.FindByTitleAsync(title));
    }
}
