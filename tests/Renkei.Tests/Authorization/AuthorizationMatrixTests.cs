using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.DisastersFeature;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.Authorization;

/// <summary>
/// Every page and endpoint against every kind of caller: anonymous, another association's staff, own
/// staff and admin, own staff and admin, the secretariat. The list of endpoints comes from the running app, so a new page or
/// endpoint without a rule in <see cref="AuthorizationRules"/> fails the suite.
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    public class Fixture : IAsyncLifetime
    {
        public RenkeiFactory Factory { get; } = new();
        public Dictionary<Persona, HttpClient> Clients { get; } = new();
        public MatrixData Data { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var ownStaff = await Factory.AssociationStaff("230006");
            var ownAdmin = await Factory.AssociationAdmin("230006");
            var otherStaff = await Factory.AssociationStaff("041009");
            var otherAdmin = await Factory.AssociationAdmin("041009");
            var secretariat = await Factory.Secretariat();
            var bystander = await Factory.AssociationStaff("230006");
            var collecting = await DirectoryData.FreeYearAsync(Factory, openable: true);
            await DirectoryData.CreateEditionAsync(Factory, collecting, EditionStatus.Collecting, "230006", "041009");
            var published = await DirectoryData.FreeYearAsync(Factory, openable: true);
            await DirectoryData.CreateEditionAsync(Factory, published, EditionStatus.Published, "230006", "041009");
            var meetings = await MeetingData.MatrixAsync(Factory, ownAdmin);
            var disasters = await DisasterData.MatrixAsync(Factory);
            Data = new MatrixData("230006", "041009", ownStaff.Id, ownAdmin.Id, otherStaff.Id, bystander.Id, collecting, published, meetings, disasters);
            Clients[Persona.Anonymous] = Factory.NewClient();
            Clients[Persona.OwnStaff] = await Factory.SignedInClient(ownStaff);
            Clients[Persona.OwnAdmin] = await Factory.SignedInClient(ownAdmin);
            Clients[Persona.OtherAssociationStaff] = await Factory.SignedInClient(otherStaff);
            Clients[Persona.OtherAssociationAdmin] = await Factory.SignedInClient(otherAdmin);
            Clients[Persona.Secretariat] = await Factory.SignedInClient(secretariat);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>"GET /api/v1/blocks" for endpoints, "PAGE /associations" for Razor Pages (any method).</summary>
    static IEnumerable<string> AppEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                ? ["PAGE /" + e.RoutePattern.RawText!.TrimStart('/')]
                : (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct();

    [Fact]
    public void Every_endpoint_has_a_rule_and_every_rule_an_endpoint()
    {
        var endpoints = AppEndpoints(fixture.Factory.Services).ToHashSet();
        var rules = AuthorizationRules.All.Select(r => r.Endpoint).ToHashSet();
        var withoutRule = endpoints.Except(rules).Order().ToList();
        var stale = rules.Except(endpoints).Order().ToList();
        Assert.True(withoutRule.Count == 0, "Endpoints without an authorization rule (add them to AuthorizationRules): " + string.Join(", ", withoutRule));
        Assert.True(stale.Count == 0, "Rules for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    public static TheoryData<string, Persona> Cases()
    {
        var data = new TheoryData<string, Persona>();
        foreach (var rule in AuthorizationRules.All)
            foreach (var persona in Enum.GetValues<Persona>())
                data.Add(rule.Endpoint, persona);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_what_the_rule_says(string endpoint, Persona persona)
    {
        var rule = AuthorizationRules.All.Single(r => r.Endpoint == endpoint);
        var url = rule.Url(fixture.Data);
        var method = rule.Method == "PAGE" ? "GET" : rule.Method;
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent(rule.Body ?? "{}", Encoding.UTF8, "application/json");
        var response = await fixture.Clients[persona].SendAsync(request);
        var status = response.StatusCode;
        var isApi = url.StartsWith("/api/", StringComparison.Ordinal);
        var context = $"{persona} {method} {url} → {(int)status} {response.Headers.Location}";

        Assert.True(status != HttpStatusCode.InternalServerError, context);
        switch (Expected(rule.Access, persona))
        {
            case Outcome.Allowed:
                Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                    && !RedirectsToLogin(response), context);
                break;
            case Outcome.Unauthorized:
            case Outcome.SignIn when isApi:
                Assert.True(status == HttpStatusCode.Unauthorized, context);
                break;
            case Outcome.SignIn:
                Assert.True(RedirectsToLogin(response), context);
                break;
            case Outcome.Forbidden:
                Assert.True(status == HttpStatusCode.Forbidden, context);
                break;
            case Outcome.NotFound:
                Assert.True(status == HttpStatusCode.NotFound, context);
                break;
        }
    }

    enum Outcome { Allowed, SignIn, Unauthorized, Forbidden, NotFound }

    static Outcome Expected(Access access, Persona persona) => (access, persona) switch
    {
        (Access.Anyone, _) => Outcome.Allowed,
        (Access.Anyone404, _) => Outcome.NotFound,
        (Access.SignInStep, _) => Outcome.SignIn,
        (Access.SignedInFeed, Persona.Anonymous) => Outcome.Unauthorized,
        (Access.SignedInFeed, _) => Outcome.Allowed,
        (_, Persona.Anonymous) => Outcome.SignIn,
        (Access.SignedIn, _) => Outcome.Allowed,
        (_, Persona.Secretariat) => Outcome.Allowed,
        (Access.Secretariat, _) => Outcome.Forbidden,
        (Access.AdminsAndSecretariat, Persona.OwnAdmin or Persona.OtherAssociationAdmin) => Outcome.Allowed,
        (Access.AdminsAndSecretariat, _) => Outcome.Forbidden,
        (Access.OwnAssociation, Persona.OtherAssociationStaff or Persona.OtherAssociationAdmin) => Outcome.NotFound,
        (Access.OwnAssociationAdmin, Persona.OtherAssociationAdmin) => Outcome.NotFound,
        (Access.OwnAssociation, _) => Outcome.Allowed,
        (Access.OwnAssociationAdmin, Persona.OwnAdmin) => Outcome.Allowed,
        (Access.OwnAssociationAdmin, _) => Outcome.Forbidden,
        (Access.Representative, Persona.OwnAdmin) => Outcome.Allowed,
        (Access.Representative, _) => Outcome.Forbidden,
        (Access.OwnBlock, Persona.OtherAssociationStaff or Persona.OtherAssociationAdmin) => Outcome.NotFound,
        (Access.OwnBlock, _) => Outcome.Allowed,
        (Access.OwnBlockChair, Persona.OwnStaff or Persona.OwnAdmin) => Outcome.Allowed,
        (Access.OwnBlockChair, _) => Outcome.Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    static bool RedirectsToLogin(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
}
