using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Associations;

namespace Renkei.Tests.Registry;

public class CertifyAndWithdrawPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    Dictionary<string, string> NewCity(string code) => new()
    {
        ["Input.Code"] = code, ["Input.Kind"] = "designated-city", ["Input.Prefecture"] = "奈良県", ["Input.PrefectureEn"] = "Nara",
        ["Input.City"] = "テスト市", ["Input.CityEn"] = "Test City", ["Input.Name"] = RegistryTestData.Unique("新協会"),
        ["Input.NameKana"] = "しんきょうかい", ["Input.LegalForm"] = "公益財団法人", ["Input.Website"] = "https://new.example.jp/",
        ["Input.Block"] = "kinki", ["Input.CertifiedOn"] = "2025-04-01",
    };

    [Fact]
    public async Task Certifying_adds_the_association_with_its_first_version()
    {
        var code = RegistryTestData.NewCityCode();
        var values = NewCity($"{(char)('０' + (code[0] - '0'))}{code[1..]}");
        var response = await (await Secretariat()).PostForm("/registry/associations/new", "form#certify-association", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var a = await factory.LoadAssociationAsync(code);
        Assert.Equal(AssociationKind.DesignatedCity, a.Kind);
        Assert.Equal("29", a.PrefectureCode);
        Assert.Equal("テスト市", a.City);
        Assert.Equal(new DateOnly(2025, 4, 1), a.CertifiedOn);
        Assert.Equal(values["Input.Name"], a.Current.Name);
        Assert.Equal("シンキョウカイ", a.Current.NameKana);
        Assert.Equal(new DateOnly(2025, 4, 1), a.Current.ValidFrom);
    }

    public static TheoryData<string, string, string> BadCertifications() => new()
    {
        { "Input.Code", "130001", "地方公共団体コード 130001 の協会はすでに登録されています。" },
        { "Input.Code", "290001", "地方公共団体コードの検査数字（6桁目）が正しくありません。" },
        { "Input.Code", "29001", "地方公共団体コードは6桁の数字で入力してください。" },
        { "Input.Code", "", "地方公共団体コードを入力してください。" },
        { "Input.Code", "290009", "種別が地方公共団体コードと合いません" },
        { "Input.Kind", "", "種別を選択してください。" },
        { "Input.City", "", "市名を入力してください。" },
        { "Input.Prefecture", "あいうえおかきくけこさ", "都道府県名は10文字以内で入力してください。" },
        { "Input.Block", "", "ブロックを入力してください。" },
        { "Input.CertifiedOn", "yesterday", "認定日は 2024-04-01 の形式で入力してください。" },
    };

    [Theory]
    [MemberData(nameof(BadCertifications))]
    public async Task Bad_certifications_get_a_message_and_add_nothing(string field, string value, string message)
    {
        var code = RegistryTestData.NewCityCode();
        var values = NewCity(code);
        values[field] = value;
        var response = await (await Secretariat()).PostForm("/registry/associations/new", "form#certify-association", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.False(await factory.WithDb(db => db.Associations.AnyAsync(a => a.Code == code || a.Versions.Any(v => v.Name == values["Input.Name"]))));
    }

    [Fact]
    public async Task Withdrawing_keeps_the_association_and_can_be_undone()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        var url = $"/registry/associations/{a.Code}/withdraw";

        var withdrawn = await client.PostForm(url, "form#withdraw", new Dictionary<string, string> { ["Input.WithdrawnOn"] = "2025-03-31", ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var after = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal(new DateOnly(2025, 3, 31), after.WithdrawnOn);
        Assert.Single(after.Versions);

        var reinstated = await client.PostForm(url, "form#reinstate");
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Null((await factory.LoadAssociationAsync(a.Code)).WithdrawnOn);
    }

    [Theory]
    [InlineData("2025-03-31", "false", "確認のチェックを入れてください。")]
    [InlineData("", "true", "脱退日を入力してください。")]
    [InlineData("2020-01-01", "true", "脱退日は認定日（2023-04-01）より後の日付にしてください。")]
    [InlineData("31/03/2025", "true", "脱退日は 2024-04-01 の形式で入力してください。")]
    public async Task A_bad_withdrawal_gets_a_message_and_changes_nothing(string date, string confirm, string message)
    {
        var a = await factory.NewAssociationAsync();
        var response = await (await Secretariat()).PostForm($"/registry/associations/{a.Code}/withdraw", "form#withdraw",
            new Dictionary<string, string> { ["Input.WithdrawnOn"] = date, ["Input.Confirm"] = confirm });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Null((await factory.LoadAssociationAsync(a.Code)).WithdrawnOn);
    }

    [Fact]
    public async Task A_stale_withdrawal_is_a_conflict()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        var page = await client.GetPage($"/registry/associations/{a.Code}/withdraw");
        await client.PostForm($"/registry/associations/{a.Code}/edit", "form#edit-association", new Dictionary<string, string> { ["Input.CertifiedOn"] = "2020-04-01" });

        var response = await client.SubmitForm(page, "form#withdraw", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#conflict"));
        Assert.Null((await factory.LoadAssociationAsync(a.Code)).WithdrawnOn);
    }
}
