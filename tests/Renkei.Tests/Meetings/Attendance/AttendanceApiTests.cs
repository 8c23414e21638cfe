using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;
using static Renkei.Tests.MeetingsFeature.AttendanceTesting;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>API v1 for attendance: reading (secretariat all, a member its own row), answering by the same rules as the page, check-in.</summary>
public class AttendanceApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static string Url(int id, string? code = null) => $"/api/v1/meetings/{id}/attendance" + (code is null ? "" : "/" + code);

    static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task The_secretariat_reads_every_answer_with_the_figures_and_a_member_only_its_own()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009", Tokyo);
        var admin = await factory.AssociationAdmin("230006");
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, admin, null, "一 人目", "二 人目");
        await MeetingData.AnswerAsync(factory, meeting.Id, "041009", AttendanceMode.Proxy, proxyHolder: null);
        await MeetingData.CheckInAsync(factory, meeting.Id, "230006");

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var all = await Json(await secretariat.GetAsync(Url(meeting.Id)));
        Assert.Equal(3, all.GetProperty("attendances").GetArrayLength());
        var figures = all.GetProperty("figures");
        Assert.Equal("1団体2名", figures.GetProperty("registered").GetProperty("text").GetString());
        Assert.Equal(2, figures.GetProperty("came").GetProperty("people").GetInt32());
        Assert.Equal(1, figures.GetProperty("proxies").GetInt32());
        var sendai = all.GetProperty("attendances").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "041009");
        Assert.Equal(("proxy", "chair"), (sendai.GetProperty("mode").GetString(), sendai.GetProperty("proxyHolder").GetString()));

        var member = await factory.BearerClient(await factory.AssociationStaff("230006"));
        var response = await member.GetAsync(Url(meeting.Id));
        var own = await Json(response);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("figures").ValueKind);
        var row = Assert.Single(own.GetProperty("attendances").EnumerateArray());
        Assert.Equal(("230006", "on-site"), (row.GetProperty("code").GetString(), row.GetProperty("mode").GetString()));
        Assert.Equal(admin.Id, row.GetProperty("representative").GetProperty("userId").GetString());
        var people = row.GetProperty("attendees").EnumerateArray().ToList();
        Assert.Equal(["一 人目", "二 人目"], people.Select(p => p.GetProperty("name").GetString()));
        Assert.All(people, p => Assert.NotEqual(JsonValueKind.Null, p.GetProperty("checkedInAt").ValueKind));
        Assert.Equal(row.GetProperty("eTag").GetString(), response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task The_admin_answers_by_the_pages_rules_with_problems_keyed_by_field()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006", "041009");
        var admin = await factory.AssociationAdmin("230006");
        var client = await factory.BearerClient(admin);

        var invalid = await Json(await client.PutAsJsonAsync(Url(meeting.Id, "230006"), new
        {
            mode = "on-site",
            attendees = new[] { new { name = "", title = "課長" } },
        }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("representativeUserId", out _));
        Assert.True(errors.TryGetProperty("attendees[0].name", out _));
        var toItself = await Json(await client.PutAsJsonAsync(Url(meeting.Id, "230006"), new { mode = "proxy", proxyHolder = "230006" }), HttpStatusCode.BadRequest);
        Assert.True(toItself.GetProperty("errors").TryGetProperty("proxyHolder", out _));
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);

        var response = await client.PutAsJsonAsync(Url(meeting.Id, "230006"), new
        {
            mode = "online",
            representativeUserId = admin.Id,
            note = "API から",
            attendees = new[] { new { name = "API 花子", title = "主任", mode = (string?)null } },
        });

        var saved = await Json(response);
        Assert.Equal("online", saved.GetProperty("mode").GetString());
        var a = await AttendanceAsync(factory, meeting.Id, "230006");
        Assert.Equal((AttendanceMode.Online, admin.Id, "API から"), (a.Mode, a.RepresentativeUserId, a.Note));
        Assert.Equal(("API 花子", AttendeeMode.Online), (a.Attendees.Single().Name, a.Attendees.Single().Mode));
        Assert.Equal($"\"{a.ConcurrencyStamp:N}\"", response.Headers.ETag!.Tag);

        // If-Match with an old ETag: 412, nothing changes.
        using var stale = new HttpRequestMessage(HttpMethod.Put, Url(meeting.Id, "230006")) { Content = JsonContent.Create(new { mode = "absent" }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{Guid.NewGuid():N}\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);
        Assert.Equal(AttendanceMode.Online, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task Staff_get_403_another_association_404_and_after_the_deadline_only_the_secretariat_answers()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], m => m.RegistrationDeadline = DateTime.UtcNow.AddMinutes(-1));
        var body = new { mode = "absent" };

        var staff = await factory.BearerClient(await factory.AssociationStaff("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync(Url(meeting.Id, "230006"), body)).StatusCode);
        var other = await factory.BearerClient(await factory.AssociationAdmin("041009"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(Url(meeting.Id, "230006"), body)).StatusCode);
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var late = await Json(await admin.PutAsJsonAsync(Url(meeting.Id, "230006"), body), HttpStatusCode.Conflict);
        Assert.Contains("締切", late.GetProperty("detail").GetString());
        var lateEnglish = await Json(await admin.PutAsJsonAsync(Url(meeting.Id, "230006") + "?culture=en", body), HttpStatusCode.Conflict);
        Assert.StartsWith("The deadline for answers", lateEnglish.GetProperty("detail").GetString());
        Assert.Equal(AttendanceMode.Unanswered, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        await Json(await secretariat.PutAsJsonAsync(Url(meeting.Id, "230006"), body));
        Assert.Equal(AttendanceMode.Absent, (await AttendanceAsync(factory, meeting.Id, "230006")).Mode);
    }

    [Fact]
    public async Task The_secretariat_checks_in_one_person_or_everyone_and_undoes_it()
    {
        var meeting = await MeetingData.CreateAsync(factory, ["230006", "041009"], MeetingData.InSession);
        await MeetingData.AnswerAsync(factory, meeting.Id, "230006", AttendanceMode.OnSite, null, null, "一 人目", "二 人目");
        var people = (await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.OrderBy(p => p.Id).ToList();
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var checkin = Url(meeting.Id, "230006") + "/checkin";

        var one = await Json(await secretariat.PostAsJsonAsync(checkin, new { attendeeId = people[0].Id }));
        Assert.Equal(1, one.GetProperty("attendees").EnumerateArray().Count(p => p.GetProperty("checkedInAt").ValueKind != JsonValueKind.Null));
        await Json(await secretariat.PostAsJsonAsync(checkin, new { all = true }));
        Assert.All((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees, p => Assert.NotNull(p.CheckedInAt));
        await Json(await secretariat.PostAsJsonAsync(checkin, new { attendeeId = people[1].Id, undo = true }));
        Assert.Null((await AttendanceAsync(factory, meeting.Id, "230006")).Attendees.Single(p => p.Id == people[1].Id).CheckedInAt);

        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostAsJsonAsync(checkin, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.PostAsJsonAsync(Url(meeting.Id, "041009") + "/checkin", new { attendeeId = people[0].Id })).StatusCode);
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync(checkin, new { all = true })).StatusCode);
    }
}
