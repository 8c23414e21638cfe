using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;

namespace Renkei.Tests.Accounts;

public class AccountsApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    record Token(string AccessToken, string RefreshToken);
    record User(string Id, string Email, string? Role, string? AssociationCode, bool IsActive, bool InvitationPending);

    [Theory]
    [InlineData("POST", "/api/v1/auth/register")]
    [InlineData("POST", "/api/v1/auth/forgotPassword")]
    [InlineData("POST", "/api/v1/auth/resetPassword")]
    [InlineData("POST", "/api/v1/auth/resendConfirmationEmail")]
    [InlineData("GET", "/api/v1/auth/confirmEmail?userId=x&code=y")]
    [InlineData("GET", "/api/v1/auth/manage/info")]
    [InlineData("POST", "/api/v1/auth/manage/2fa")]
    public async Task Identity_endpoints_other_than_login_and_refresh_do_not_exist(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { email = AccountsTesting.Unique("intruder"), password = "Intruder-password-1" });
        var response = await factory.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_login_and_refresh_only()
    {
        var doc = await factory.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/v1/auth")).ToHashSet();
        Assert.Equal(new HashSet<string> { "/api/v1/auth/login", "/api/v1/auth/refresh" }, paths);
    }

    [Fact]
    public async Task Token_sign_in_gives_a_token_that_works_and_refreshes()
    {
        var user = await factory.AssociationStaff("230006");
        var client = factory.NewClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<Token>())!;
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        Assert.Equal("230006", me.GetProperty("associationCode").GetString());

        var refreshed = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_get_the_same_problem()
    {
        var user = await factory.AssociationStaff();
        var wrong = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "Wrong-password-1" });
        var unknown = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = AccountsTesting.Unique("x"), password = "Wrong-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var a = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_deactivated_user_gets_no_token_and_their_tokens_stop_working()
    {
        var staff = await factory.AssociationStaff("230006");
        var login = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = staff.Email, password = staff.Password });
        var token = (await login.Content.ReadFromJsonAsync<Token>())!;
        var bearer = factory.NewClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/v1/me")).StatusCode);

        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/users/{staff.Id}/deactivation", null)).StatusCode);

        var refused = await bearer.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.RefreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = staff.Email, password = staff.Password })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/users/{staff.Id}/reactivation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = staff.Email, password = staff.Password })).StatusCode);
    }

    [Fact]
    public async Task The_user_list_is_scoped_like_the_page()
    {
        var aichi = await factory.AssociationStaff("230006");
        var tokyo = await factory.AssociationStaff("130001");
        var secretariat = await (await factory.BearerClient(await factory.Secretariat())).GetFromJsonAsync<User[]>("/api/v1/users");
        Assert.Contains(secretariat!, u => u.Email == aichi.Email);
        Assert.Contains(secretariat!, u => u.Email == tokyo.Email);
        var admin = await (await factory.BearerClient(await factory.AssociationAdmin("230006"))).GetFromJsonAsync<User[]>("/api/v1/users");
        Assert.Contains(admin!, u => u.Email == aichi.Email);
        Assert.All(admin!, u => Assert.Equal("230006", u.AssociationCode));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(aichi)).GetAsync("/api/v1/users")).StatusCode);
        var anonymous = await factory.NewClient().GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Another_associations_user_is_404_for_an_association_admin()
    {
        var other = await factory.AssociationStaff("130001");
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/users/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{other.Id}/deactivation", null)).StatusCode);
        Assert.True((await factory.FindUser(other.Email)).IsActive);
    }

    [Fact]
    public async Task Deactivation_honours_If_Match()
    {
        var staff = await factory.AssociationStaff("230006");
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var read = await admin.GetAsync($"/api/v1/users/{staff.Id}");
        var etag = read.Headers.ETag!.Tag;
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{staff.Id}/deactivation");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"not-the-version\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(stale)).StatusCode);
        Assert.True((await factory.FindUser(staff.Email)).IsActive);
        var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{staff.Id}/deactivation");
        current.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(current)).StatusCode);
        Assert.False((await factory.FindUser(staff.Email)).IsActive);
    }

    [Fact]
    public async Task Invitations_through_the_API_follow_the_same_rules()
    {
        var admin = await factory.BearerClient(await factory.AssociationAdmin("230006"));
        var email = AccountsTesting.Unique("api-invitee");
        var created = await admin.PostAsJsonAsync("/api/v1/users/invitations", new { email, role = Roles.AssociationStaff, culture = "en" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = (await created.Content.ReadFromJsonAsync<User>())!;
        Assert.Equal($"/api/v1/users/{user.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal("230006", user.AssociationCode);
        Assert.True(user.InvitationPending);
        Assert.Single(await factory.MailTo(email));

        var elsewhere = await admin.PostAsJsonAsync("/api/v1/users/invitations", new { email = AccountsTesting.Unique("x"), role = Roles.AssociationStaff, associationCode = "130001" });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal("application/problem+json", elsewhere.Content.Headers.ContentType?.MediaType);

        var badRole = await admin.PostAsJsonAsync("/api/v1/users/invitations", new { email = AccountsTesting.Unique("x"), role = "root" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        var problem = await badRole.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var forTokyo = await secretariat.PostAsJsonAsync("/api/v1/users/invitations", new { email = AccountsTesting.Unique("tokyo"), role = Roles.AssociationAdmin, associationCode = "130001" });
        Assert.Equal(HttpStatusCode.Created, forTokyo.StatusCode);
        var staff = await factory.BearerClient(await factory.AssociationStaff("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/users/invitations", new { email = AccountsTesting.Unique("x"), role = Roles.AssociationStaff })).StatusCode);
    }
}
