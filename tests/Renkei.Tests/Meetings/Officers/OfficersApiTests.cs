using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>GET /api/v1/officers: the register on a day, public, with names in both languages and the electing item.</summary>
public class OfficersApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly DateOnly Today = MeetingData.Today;

    static JsonElement Officer(JsonElement register, string name) =>
        register.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("personName").GetString() == name);

    static bool Lists(JsonElement register, string name) =>
        register.GetProperty("officers").EnumerateArray().Any(o => o.GetProperty("personName").GetString() == name);

    [Fact]
    public async Task Anyone_gets_todays_register_and_the_register_of_another_day()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var now = OfficersTesting.Name("現役");
        var then = OfficersTesting.Name("歴代");
        await OfficersTesting.TermAsync(factory, position, then, "041009", new DateOnly(2019, 5, 20), new DateOnly(2021, 5, 24));
        await OfficersTesting.TermAsync(factory, position, now, "230006", new DateOnly(2021, 5, 24));
        var anonymous = factory.NewClient();

        var today = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/officers");

        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), today.GetProperty("on").GetString());
        var officer = Officer(today, now);
        Assert.Equal("理事長", officer.GetProperty("personTitle").GetString());
        Assert.Equal("230006", officer.GetProperty("association").GetProperty("code").GetString());
        Assert.Equal("愛知県国際交流協会", officer.GetProperty("association").GetProperty("nameJa").GetString());
        Assert.StartsWith("Aichi International Association", officer.GetProperty("association").GetProperty("nameEn").GetString());
        Assert.StartsWith("テスト役職", officer.GetProperty("position").GetProperty("nameJa").GetString());
        Assert.Equal("2021-05-24", officer.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, officer.GetProperty("to").ValueKind);
        Assert.Equal(JsonValueKind.Null, officer.GetProperty("electedAt").ValueKind);
        Assert.False(officer.GetProperty("isSample").GetBoolean());
        Assert.False(Lists(today, then));

        var past = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/officers?on=2020-04-01");
        Assert.True(Lists(past, then));
        Assert.False(Lists(past, now));
        // The term's last day is the day before "to": on 2021-05-24 the successor is in office.
        var handover = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/officers?on=2021-05-24");
        Assert.True(Lists(handover, now));
        Assert.False(Lists(handover, then));
    }

    [Fact]
    public async Task An_elected_officer_names_the_meeting_and_item_and_a_bad_date_is_a_problem()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var meeting = await MinutesTesting.HeldAsync(factory, m =>
        {
            MinutesTesting.OwnPosition(m, position);
            foreach (var c in m.Items.SelectMany(i => i.Candidates)) c.TermFrom = Today;
        });

        var register = await factory.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/officers");

        var elected = register.GetProperty("officers").EnumerateArray()
            .Single(o => o.GetProperty("electedAt").ValueKind == JsonValueKind.Object && o.GetProperty("electedAt").GetProperty("meetingId").GetInt32() == meeting.Id);
        Assert.Equal("第2号議案", elected.GetProperty("electedAt").GetProperty("label").GetString());
        Assert.False(elected.GetProperty("electedAt").GetProperty("public").GetBoolean());
        var english = await factory.NewClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?culture=en");
        Assert.Contains(english.GetProperty("officers").EnumerateArray(), o => o.GetProperty("electedAt").ValueKind == JsonValueKind.Object
            && o.GetProperty("electedAt").GetProperty("label").GetString() == "Motion 2" && o.GetProperty("electedAt").GetProperty("meeting").GetString() == "Test general assembly");

        var bad = await factory.NewClient().GetAsync("/api/v1/officers?on=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("2025-05-22", problem.GetProperty("errors").GetProperty("on")[0].GetString());
    }
}
