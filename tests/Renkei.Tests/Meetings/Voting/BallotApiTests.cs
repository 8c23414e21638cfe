using System.Net;
using System.Net.Http.Json;
using System.Text;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.VotingTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>POST and GET ballots in API v1: who may vote (the representative only), bad choices, changes appended, the secretariat's records.</summary>
public class BallotApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_representative_casts_a_ballot_and_gets_it_back()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var voters = await RepresentativesAsync(factory, meeting.Id, codes.Take(1));
        var motion = meeting.Item(AgendaItemKind.Motion);

        var ballot = await voters[codes[0]].Client.VoteOkAsync(meeting.Id, motion.Id, "for");

        Assert.Equal((codes[0], "for", "written", 1), ((string)ballot["association"]!, (string)ballot["choice"]!, (string)ballot["channel"]!, (int)ballot["sequence"]!));
        Assert.Null(ballot["proxyHolder"]);
        Assert.True((bool)ballot["counted"]!);
        var stored = Assert.Single(await BallotsAsync(factory, motion.Id));
        Assert.Equal((long)ballot["id"]!, stored.Id);
        Assert.Equal(voters[codes[0]].User.Id, stored.CastByUserId);
        Assert.Null(stored.KeepUntil);
    }

    [Fact]
    public async Task Only_the_named_representative_votes_for_its_association()
    {
        var codes = await CodesAsync(factory, 3);
        var meeting = await MeetingData.CreateAsync(factory, codes[0], codes[1]);
        var voters = await RepresentativesAsync(factory, meeting.Id, codes.Take(1));
        var motion = meeting.Item(AgendaItemKind.Motion);

        var staff = await factory.BearerClient(await factory.AssociationStaff(codes[0]));
        var otherAdminOfSame = await factory.BearerClient(await factory.AssociationAdmin(codes[0]));
        var invitedWithoutRepresentative = await factory.BearerClient(await factory.AssociationAdmin(codes[1]));
        var notInvited = await factory.BearerClient(await factory.AssociationAdmin(codes[2]));

        foreach (var client in new[] { staff, otherAdminOfSame, invitedWithoutRepresentative })
        {
            var refused = await client.VoteAsync(meeting.Id, motion.Id, "for");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            Assert.Contains("代表者", (string)(await refused.JsonAsync())["detail"]!);
        }
        // Even with a bad body: who may vote is decided first.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.VoteAsync(meeting.Id, motion.Id, "yes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await notInvited.VoteAsync(meeting.Id, motion.Id, "for")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await voters[codes[0]].Client.VoteAsync(meeting.Id, motion.Id, "for", association: codes[1])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().VoteAsync(meeting.Id, motion.Id, "for")).StatusCode);
        Assert.Empty(await BallotsAsync(factory, motion.Id));
    }

    [Fact]
    public async Task A_bad_choice_or_body_is_a_clear_400_and_changes_nothing()
    {
        var codes = await CodesAsync(factory, 1);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);
        var url = BallotsUrl(meeting.Id, motion.Id);

        var unknown = await rep.VoteAsync(meeting.Id, motion.Id, "yes");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.JsonAsync();
        var message = (string)problem["errors"]!["choice"]![0]!;
        Assert.Contains("yes", message);
        Assert.Contains("\"against\"", message);

        var empty = await rep.PostAsync(url, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await empty.JsonAsync())["errors"]!["choice"]);
        var numeric = await rep.PostAsync(url, new StringContent("{\"choice\": 1}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, numeric.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.PostAsync(url, new StringContent("[1]", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.PostAsync(url, new StringContent("{\"choice\":", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await rep.PostAsync(url, new StringContent("choice=for", Encoding.UTF8, "application/x-www-form-urlencoded"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.VoteAsync(meeting.Id, motion.Id, "for", candidate: 1)).StatusCode);
        var digits = new StringContent("{\"choice\": \"for\", \"candidateNumber\": \"1\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.PostAsync(url, digits)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rep.VoteAsync(meeting.Id, meeting.Item(AgendaItemKind.Report).Id, "for")).StatusCode);
        Assert.Empty(await BallotsAsync(factory, motion.Id));
        Assert.Equal(HttpStatusCode.Created, (await rep.VoteAsync(meeting.Id, motion.Id, " FOR ")).StatusCode);
    }

    [Fact]
    public async Task A_changed_vote_is_appended_and_the_latest_counts()
    {
        var codes = await CodesAsync(factory, 2);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        var rep = (await RepresentativesAsync(factory, meeting.Id, codes.Take(1)))[codes[0]].Client;
        var motion = meeting.Item(AgendaItemKind.Motion);

        await rep.VoteOkAsync(meeting.Id, motion.Id, "for");
        await rep.VoteOkAsync(meeting.Id, motion.Id, "against");
        var last = await rep.VoteOkAsync(meeting.Id, motion.Id, "abstain");

        Assert.Equal(3, (int)last["sequence"]!);
        var history = (await (await rep.GetAsync(BallotsUrl(meeting.Id, motion.Id))).JsonAsync())["ballots"]!.AsArray();
        Assert.Equal(["for", "against", "abstain"], history.Select(b => (string)b!["choice"]!));
        Assert.Equal([false, false, true], history.Select(b => (bool)b!["counted"]!));
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var item = (await secretariat.ResultsAsync(meeting.Id)).ItemOf(motion.Id);
        Assert.Equal((0, 0, 1), (item.Counts().Item1, item.Counts().Item2, item.Counts().Item3));
        Assert.Equal(3, (await BallotsAsync(factory, motion.Id)).Count);
    }

    [Fact]
    public async Task The_secretariat_records_paper_votes_per_association()
    {
        var codes = await CodesAsync(factory, 3);
        var meeting = await MeetingData.CreateAsync(factory, codes.ToArray());
        await MeetingData.AnswerAsync(factory, meeting.Id, codes[2], AttendanceMode.Proxy, proxyHolder: codes[0]);
        var motion = meeting.Item(AgendaItemKind.Motion);
        var secretariat = await factory.BearerClient(await factory.Secretariat());

        var recorded = await secretariat.VoteOkAsync(meeting.Id, motion.Id, "against", association: codes[1]);
        Assert.Equal(("recorded", codes[1]), ((string)recorded["channel"]!, (string)recorded["association"]!));
        // A proxy's vote raised by its holder is still a vote by proxy.
        var byProxy = await secretariat.VoteOkAsync(meeting.Id, motion.Id, "for", association: codes[2]);
        Assert.Equal(codes[0], (string)byProxy["proxyHolder"]!);

        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.VoteAsync(meeting.Id, motion.Id, "for")).StatusCode);
        var other = (await MeetingData.MemberCodesAsync(factory)).First(c => !codes.Contains(c));
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.VoteAsync(meeting.Id, motion.Id, "for", association: other)).StatusCode);
        var ballots = await BallotsAsync(factory, motion.Id);
        Assert.Equal(2, ballots.Count);
        Assert.All(ballots, b => Assert.Equal(BallotChannel.Recorded, b.Channel));
    }

    [Fact]
    public async Task Another_associations_ballots_are_never_visible()
    {
        var codes = await CodesAsync(factory, 3);
        var meeting = await MeetingData.CreateAsync(factory, codes[0], codes[1]);
        var voters = await RepresentativesAsync(factory, meeting.Id, codes.Take(2));
        var motion = meeting.Item(AgendaItemKind.Motion);
        await voters[codes[0]].Client.VoteOkAsync(meeting.Id, motion.Id, "for");
        await voters[codes[1]].Client.VoteOkAsync(meeting.Id, motion.Id, "against");
        var url = BallotsUrl(meeting.Id, motion.Id);

        var staffOfSecond = await factory.BearerClient(await factory.AssociationStaff(codes[1]));
        var seen = (await (await staffOfSecond.GetAsync(url)).JsonAsync())["ballots"]!.AsArray();
        Assert.Equal([codes[1]], seen.Select(b => (string)b!["association"]!));
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        Assert.Equal(2, (await (await secretariat.GetAsync(url)).JsonAsync())["ballots"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.BearerClient(await factory.AssociationStaff(codes[2]))).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync(BallotsUrl(meeting.Id, 0))).StatusCode);
    }
}
