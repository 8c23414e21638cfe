using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.Associations.Api;

public class BlocksApiTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static int ThisYear => FiscalYear.Of(DateOnly.FromDateTime(DateTime.Now));

    [Fact]
    public async Task Blocks_are_anonymous_with_members_and_this_years_roles()
    {
        var chair = await factory.NewAssociationAsync("kyushu");
        await factory.WithDb(async db =>
        {
            db.BlockRoles.Add(new BlockRole { BlockId = "kyushu", FiscalYear = ThisYear, Role = BlockRoleKind.Chair, AssociationCode = chair.Code });
            await db.SaveChangesAsync();
        });
        var response = await factory.NewClient().GetAsync("/api/v1/blocks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blocks = (await response.ReadJsonAsync()).EnumerateArray().ToList();

        Assert.Equal(["hokkaido-tohoku", "kanto", "chubu", "kinki", "chugoku-shikoku", "kyushu"], blocks.Select(b => b.GetProperty("id").GetString()));
        var kyushu = blocks.Single(b => b.GetProperty("id").GetString() == "kyushu");
        Assert.Equal("九州ブロック", kyushu.GetProperty("nameJa").GetString());
        Assert.Equal("Kyushu", kyushu.GetProperty("nameEn").GetString());
        var members = kyushu.GetProperty("members").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("430005", members);
        Assert.Contains(chair.Code, members);
        Assert.Equal(chair.Code, kyushu.GetProperty("roles").GetProperty("chair").GetString());
        Assert.Equal(ThisYear, kyushu.GetProperty("roles").GetProperty("fiscalYear").GetInt32());
    }

    [Fact]
    public async Task Setting_roles_is_for_the_secretariat_with_the_page_rules()
    {
        var chair = await factory.NewAssociationAsync("chubu");
        var vice = await factory.NewAssociationAsync("chubu");
        var body = new { chair = chair.Code, viceChair = vice.Code };
        const string url = "/api/v1/blocks/chubu/roles/2019";

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PutAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(await factory.AssociationAdmin())).PutAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BearerClient(await factory.AssociationStaff())).PutAsJsonAsync(url, body)).StatusCode);
        Assert.False(await factory.WithDb(db => db.BlockRoles.AnyAsync(r => r.BlockId == "chubu" && r.FiscalYear == 2019)));

        var secretariat = await factory.BearerClient(await factory.Secretariat());
        var same = await secretariat.PutAsJsonAsync(url, new { chair = chair.Code, viceChair = chair.Code });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.True((await same.ReadJsonAsync()).GetProperty("errors").TryGetProperty("viceChair", out _));

        var ok = await secretariat.PutAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var history = (await ok.ReadJsonAsync()).GetProperty("roleHistory").EnumerateArray().Single(r => r.GetProperty("fiscalYear").GetInt32() == 2019);
        Assert.Equal(vice.Code, history.GetProperty("viceChair").GetString());
        Assert.Equal("2019年度（令和元年度）", history.GetProperty("fiscalYearLabel").GetString());
        Assert.NotNull(ok.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/blocks/nowhere/roles/2020", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/blocks/kanto/roles/abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/blocks/kanto/roles/1990", HttpStatusCode.BadRequest)]
    public async Task Bad_role_requests_are_problems(string url, HttpStatusCode expected)
    {
        var response = await (await factory.BearerClient(await factory.Secretariat())).PutAsJsonAsync(url, new { chair = (string?)null });
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Renaming_needs_if_match_and_refuses_a_stale_one()
    {
        var client = await factory.BearerClient(await factory.Secretariat());
        var get = await factory.NewClient().GetAsync("/api/v1/blocks/chugoku-shikoku");
        var etag = get.Headers.ETag!.Tag;

        Assert.Equal((HttpStatusCode)428, (await client.PutAsJsonAsync("/api/v1/blocks/chugoku-shikoku", new { nameJa = "中国四国", nameEn = "Chugoku Shikoku" })).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/blocks/chugoku-shikoku") { Content = JsonContent.Create(new { nameJa = "中国・四国ブロック（新）", nameEn = "Chugoku-Shikoku (new)" }) };
        request.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/blocks/chugoku-shikoku") { Content = JsonContent.Create(new { nameJa = "古い", nameEn = "Old" }) };
        stale.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);
        // NFKC makes full-width brackets ASCII, as it does full-width digits.
        Assert.Equal("中国・四国ブロック(新)", (await factory.WithDb(db => db.Blocks.AsNoTracking().SingleAsync(b => b.Id == "chugoku-shikoku"))).NameJa);
    }

    [Fact]
    public async Task Renaming_is_for_the_secretariat()
    {
        var body = new { nameJa = "x", nameEn = "x" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PutAsJsonAsync("/api/v1/blocks/kinki", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInClient(await factory.AssociationAdmin())).PutAsJsonAsync("/api/v1/blocks/kinki", body)).StatusCode);
        Assert.Equal("近畿ブロック", (await factory.WithDb(db => db.Blocks.AsNoTracking().SingleAsync(b => b.Id == "kinki"))).NameJa);
    }
}
