using System.Net;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Accounts;

/// <summary>Who gets what on the accounts pages and endpoints, about a staff member of Aichi (230006).</summary>
public class AccountsAuthorizationTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    public enum Caller { Anonymous, OtherAssociationStaff, OtherAssociationAdmin, OwnStaff, OwnAdmin, Secretariat }

    async Task<HttpClient> ClientFor(Caller caller, bool bearer) => caller switch
    {
        Caller.Anonymous => factory.NewClient(),
        _ => await (bearer ? factory.BearerClient(await UserFor(caller)) : factory.SignedInClient(await UserFor(caller))),
    };

    Task<TestUser> UserFor(Caller caller) => caller switch
    {
        Caller.OtherAssociationStaff => factory.AssociationStaff("130001"),
        Caller.OtherAssociationAdmin => factory.AssociationAdmin("130001"),
        Caller.OwnStaff => factory.AssociationStaff("230006"),
        Caller.OwnAdmin => factory.AssociationAdmin("230006"),
        _ => factory.Secretariat(),
    };

    // Expected status per caller: anonymous, other staff, other admin, own staff, own admin, secretariat.
    public static TheoryData<string, int[]> Pages => new()
    {
        { "/account", [302, 200, 200, 200, 200, 200] },
        { "/account/password", [302, 200, 200, 200, 200, 200] },
        { "/account/two-factor", [302, 200, 200, 200, 200, 200] },
        { "/users", [302, 403, 200, 403, 200, 200] },
        { "/users/invite", [302, 403, 200, 403, 200, 200] },
        { "/users/{subject}", [302, 403, 404, 403, 200, 200] },
        { "/account/login", [200, 200, 200, 200, 200, 200] },
        { "/account/forgot-password", [200, 200, 200, 200, 200, 200] },
    };

    public static TheoryData<string, int[]> Endpoints => new()
    {
        { "/api/v1/me", [401, 200, 200, 200, 200, 200] },
        { "/api/v1/users", [401, 403, 200, 403, 200, 200] },
        { "/api/v1/users/{subject}", [401, 403, 404, 403, 200, 200] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Pages_answer_each_caller_as_expected(string path, int[] expected) => Check(path, expected, bearer: false);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoints_answer_each_caller_as_expected(string path, int[] expected) => Check(path, expected, bearer: true);

    async Task Check(string path, int[] expected, bool bearer)
    {
        var subject = await factory.AssociationStaff("230006");
        var url = path.Replace("{subject}", subject.Id);
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var response = await (await ClientFor(caller, bearer)).GetAsync(url);
            Assert.True(expected[(int)caller] == (int)response.StatusCode, $"{caller} GET {url}: expected {expected[(int)caller]}, got {(int)response.StatusCode}");
        }
    }
}
