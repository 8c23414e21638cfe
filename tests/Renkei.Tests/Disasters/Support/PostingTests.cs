using System.Net;
using System.Net.Http.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>Posting a request: the affected association itself, its block chair or the secretariat on its behalf; nobody else.</summary>
public class PostingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task An_affected_association_posts_its_own_request_through_the_form_and_it_is_numbered_timed_and_recorded()
    {
        var disaster = await DisasterData.DeclareAsync(factory, configure: d => d.EscalationHours = 6);
        var client = await factory.SignedInClient(await factory.AssociationStaff(DisasterData.Gifu));
        var values = SupportTesting.RequestForm();
        values["Input.Languages"] = "vi";

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/new");
        var response = await client.SubmitForm(page, "form#request-form", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = Assert.Single(await SupportTesting.RequestsAsync(factory, disaster.Id));
        Assert.Equal($"/disasters/{disaster.Id}/requests/{request.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((1, DisasterData.Gifu, "chubu", SupportKind.Interpreters, 3, Urgency.High), (request.Number, request.AssociationCode, request.BlockId, request.Kind, request.People, request.Urgency));
        Assert.Equal(["vi"], request.Languages);
        Assert.Equal(DisasterData.Gifu, request.PostedByAssociationCode);
        Assert.Equal(request.PostedAt.AddHours(6), request.EscalateAfter, TimeSpan.FromSeconds(1));
        var posted = Assert.Single(await SupportTesting.EventsAsync(factory, request.Id));
        Assert.Equal((DisasterEventKind.RequestPosted, DisasterData.Gifu, DisasterData.Gifu, false), (posted.Kind, posted.AssociationCode, posted.ActorAssociationCode, posted.Automatic));

        var shown = await client.GetPage(response.Headers.Location.OriginalString);
        Assert.Contains("要請1を登録し", shown.QuerySelector(".flash")?.TextContent);
        Assert.Contains("あと3名（ベトナム語）", shown.QuerySelector(".support-coverage")!.TextContent);
    }

    [Fact]
    public async Task The_block_chair_and_the_secretariat_post_on_behalf_of_an_affected_association_and_the_chair_is_offered_the_choice()
    {
        await DisasterData.MakeChairAsync(factory, "chubu", DisasterData.Aichi);
        var disaster = await DisasterData.DeclareAsync(factory);
        var chair = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Aichi));

        // Aichi is not affected: without ?code= its chair is offered the affected associations it acts for.
        var choose = await chair.GetPage($"/disasters/{disaster.Id}/requests/new");
        Assert.NotNull(choose.QuerySelector($"a[href='/disasters/{disaster.Id}/requests/new?code={DisasterData.Gifu}']"));
        Assert.Null(choose.QuerySelector("form#request-form"));

        var values = SupportTesting.RequestForm(kind: "staffDispatch", people: "１");
        var response = await chair.PostForm($"/disasters/{disaster.Id}/requests/new?code={DisasterData.Gifu}", "form#request-form", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var api = await factory.BearerClient(await factory.Secretariat());
        var created = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests", SupportTesting.RequestBody(DisasterData.Gifu));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal($"/api/v1/disasters/{disaster.Id}/requests/{body.GetProperty("id").GetInt32()}", created.Headers.Location!.OriginalString);
        Assert.Equal("要請2", body.GetProperty("label").GetString());
        Assert.Equal("open", body.GetProperty("coverage").GetProperty("state").GetString());

        var requests = await SupportTesting.RequestsAsync(factory, disaster.Id);
        Assert.Equal([(1, DisasterData.Gifu, (string?)DisasterData.Aichi, 1), (2, DisasterData.Gifu, null, 4)],
            requests.Select(r => (r.Number, r.AssociationCode, r.PostedByAssociationCode, r.People)));
        var events = await SupportTesting.EventsAsync(factory, requests[0].Id);
        Assert.Equal(DisasterData.Aichi, Assert.Single(events).ActorAssociationCode);
    }

    [Fact]
    public async Task Others_are_refused_with_the_reason_and_nothing_is_stored()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var id = disaster.Id;
        var shizuoka = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Shizuoka));
        var sendai = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Sendai));

        // Shizuoka is in Chubu but neither affected nor the chair: its own request is 400, Gifu's 403.
        var own = await shizuoka.GetPage($"/disasters/{id}/requests/new", HttpStatusCode.BadRequest);
        Assert.Contains("被災協会に含まれていない", own.QuerySelector("#refusal")!.TextContent);
        await shizuoka.GetPage($"/disasters/{id}/requests/new?code={DisasterData.Gifu}", HttpStatusCode.Forbidden);
        await shizuoka.GetPage($"/disasters/999999/requests/new", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.Forbidden, (await sendai.PostAsJsonAsync($"/api/v1/disasters/{id}/requests", SupportTesting.RequestBody(DisasterData.Gifu))).StatusCode);
        var notAffected = await sendai.PostAsJsonAsync($"/api/v1/disasters/{id}/requests?culture=en", SupportTesting.RequestBody());
        Assert.Equal(HttpStatusCode.BadRequest, notAffected.StatusCode);
        Assert.Contains("not among the associations affected", (await notAffected.JsonAsync()).GetProperty("errors").GetProperty("association")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await sendai.PostAsJsonAsync($"/api/v1/disasters/{id}/requests", SupportTesting.RequestBody("999999"))).StatusCode);

        // A secretariat post for an association outside the disaster: 400 with the message.
        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var outside = await secretariat.PostAsJsonAsync($"/api/v1/disasters/{id}/requests", SupportTesting.RequestBody(DisasterData.Sendai));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);

        var closed = await DisasterData.DeclareAsync(factory, configure: d => d.Status = DisasterStatus.Closed);
        var gifu = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var late = await gifu.PostAsJsonAsync($"/api/v1/disasters/{closed.Id}/requests", SupportTesting.RequestBody());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("この災害対応は終了しています。", (await late.JsonAsync()).GetProperty("detail").GetString());

        Assert.Empty(await SupportTesting.RequestsAsync(factory, id));
        Assert.Empty(await SupportTesting.RequestsAsync(factory, closed.Id));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_beside_each_field_in_the_callers_language_and_stores_nothing()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var values = SupportTesting.RequestForm(kind: "", people: "0");
        values["Input.Place"] = "";
        values["Input.To"] = "2000-01-01";
        values["Input.Languages"] = "xx";

        var page = await client.GetPage($"/disasters/{disaster.Id}/requests/new?culture=en");
        var response = await client.SubmitForm(page, "form#request-form", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Choose the kind of support.", shown.QuerySelector("#f-kind-error")!.TextContent);
        Assert.Equal("Enter the number of people, from 1 to 999.", shown.QuerySelector("#f-people-error")!.TextContent);
        Assert.Equal("The end cannot be before the start.", shown.QuerySelector("#f-to-error")!.TextContent);
        Assert.StartsWith("Enter the place", shown.QuerySelector("#f-place-error")!.TextContent);
        Assert.Equal("Choose languages from the list.", shown.QuerySelector("#f-languages-error")!.TextContent);
        Assert.Equal("相談窓口の応援", shown.QuerySelector("#f-details")!.TextContent);

        var api = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));
        var invalid = await api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests", new { kind = "party", languages = 3, people = "many", from = "tomorrow", urgency = "soon" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.Equal("languages は文字列の配列にしてください。", errors.GetProperty("languages")[0].GetString());
        var form = await api.PostAsync($"/api/v1/disasters/{disaster.Id}/requests", new FormUrlEncodedContent([new("kind", "interpreters")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);

        Assert.Empty(await SupportTesting.RequestsAsync(factory, disaster.Id));
    }

    [Fact]
    public async Task Requests_posted_at_the_same_moment_each_get_their_own_number()
    {
        var disaster = await DisasterData.DeclareAsync(factory);
        var api = await factory.BearerClient(await factory.AssociationAdmin(DisasterData.Gifu));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            api.PostAsJsonAsync($"/api/v1/disasters/{disaster.Id}/requests", SupportTesting.RequestBody())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal([1, 2, 3, 4, 5, 6], (await SupportTesting.RequestsAsync(factory, disaster.Id)).Select(r => r.Number));
    }
}
