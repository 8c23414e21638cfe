using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;

namespace Renkei.Tests.Registry;

public class EditAssociationPageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Form = "form#edit-association";

    async Task<HttpClient> Secretariat() => await factory.SignedInClient(await factory.Secretariat());

    [Fact]
    public async Task A_rename_is_a_new_version_and_the_old_one_stays_in_the_history()
    {
        var a = await factory.NewAssociationAsync();
        var oldName = a.Current.Name;
        var client = await Secretariat();

        var response = await client.PostForm($"/registry/associations/{a.Code}/edit", Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "新しい名前の協会", ["Input.EffectiveFrom"] = "2024-04-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/registry", response.Headers.Location!.OriginalString);
        var saved = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal(2, saved.Versions.Count);
        var old = saved.Versions.Single(v => v.Name == oldName);
        Assert.Equal(new DateOnly(2024, 4, 1), old.ValidTo);
        Assert.Equal("新しい名前の協会", saved.Current.Name);
        Assert.Equal(new DateOnly(2024, 4, 1), saved.Current.ValidFrom);
        Assert.Equal(a.Current.Website, saved.Current.Website);
        Assert.NotEqual(a.ConcurrencyStamp, saved.ConcurrencyStamp);

        var page = await client.GetPage($"/registry/associations/{a.Code}/edit");
        Assert.Contains(oldName, page.QuerySelector("table.registry-history")!.TextContent);
    }

    [Fact]
    public async Task An_edit_is_audited_with_before_and_after()
    {
        var a = await factory.NewAssociationAsync();
        var secretariat = await factory.Secretariat();
        var client = await factory.SignedInClient(secretariat);
        await client.PostForm($"/registry/associations/{a.Code}/edit", Form, new Dictionary<string, string>
        {
            ["Input.Website"] = "https://new.example.jp/", ["Input.CertifiedOn"] = "2001-10-01", ["Input.EffectiveFrom"] = "2024-04-01",
        });

        var entries = await factory.WithDb(db => db.AuditEntries.Where(e => e.AssociationCode == a.Code && e.Actor == secretariat.Email).ToListAsync());
        var closed = entries.Single(e => e.EntityType == "AssociationVersion" && e.Action == "Modified");
        Assert.Contains("ValidTo", closed.Before);
        Assert.Contains("2024-04-01", closed.After);
        Assert.Contains(entries, e => e.EntityType == "AssociationVersion" && e.Action == "Added" && e.After!.Contains("https://new.example.jp/"));
        var certified = entries.Single(e => e.EntityType == "Association" && e.Action == "Modified");
        Assert.Contains("2023-04-01", certified.Before);
        Assert.Contains("2001-10-01", certified.After);
    }

    [Fact]
    public async Task Nothing_changed_makes_no_version_and_says_so()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        var response = await client.PostForm($"/registry/associations/{a.Code}/edit", Form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("変更はありませんでした", page.QuerySelector(".flash")!.TextContent);
        var saved = await factory.LoadAssociationAsync(a.Code);
        Assert.Single(saved.Versions);
        Assert.Equal(a.ConcurrencyStamp, saved.ConcurrencyStamp);
    }

    [Fact]
    public async Task The_certification_date_changes_without_a_new_version()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        await client.PostForm($"/registry/associations/{a.Code}/edit", Form, new Dictionary<string, string> { ["Input.CertifiedOn"] = "２０１０－０４－０１" });

        var saved = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal(new DateOnly(2010, 4, 1), saved.CertifiedOn);
        Assert.Single(saved.Versions);
    }

    [Fact]
    public async Task A_stale_form_gets_a_conflict_and_overwrites_nothing()
    {
        var a = await factory.NewAssociationAsync();
        var first = await Secretariat();
        var second = await Secretariat();
        var firstPage = await first.GetPage($"/registry/associations/{a.Code}/edit");
        var secondPage = await second.GetPage($"/registry/associations/{a.Code}/edit");

        var saved = await first.SubmitForm(firstPage, Form, new Dictionary<string, string> { ["Input.Name"] = "先に保存した名前", ["Input.EffectiveFrom"] = "2024-04-01" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await second.SubmitForm(secondPage, Form, new Dictionary<string, string> { ["Input.Name"] = "後から保存した名前", ["Input.EffectiveFrom"] = "2024-04-01" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = Forms.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("先に保存した名前", page.QuerySelector("#conflict")!.TextContent);
        Assert.Equal("後から保存した名前", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);
        var now = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal("先に保存した名前", now.Current.Name);
        Assert.Equal(2, now.Versions.Count);
        // The page now carries the new stamp: saving again is a deliberate choice and works.
        Assert.Equal(now.ConcurrencyStamp.ToString(), ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_ConcurrencyStamp")!).Value);
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "Input.Name", "", "名称を入力してください。" },
        { "Input.Name", "　　", "名称を入力してください。" },
        { "Input.Name", new string('あ', 101), "名称は100文字以内で入力してください。" },
        { "Input.NameKana", "Tokyo", "名称の読み（カナ）はカタカナまたはひらがなで入力してください。" },
        { "Input.NameEn", new string('a', 201), "英語名称は200文字以内で入力してください。" },
        { "Input.Website", "example.jp", "ウェブサイトは http:// または https:// で始まるアドレスを入力してください。" },
        { "Input.Website", "javascript:alert(1)", "ウェブサイトは http:// または https:// で始まるアドレスを入力してください。" },
        { "Input.Block", "nowhere", "ブロック「nowhere」はありません。" },
        { "Input.EffectiveFrom", "2020-01-01", "適用日は現在の内容の開始日（2023-04-01）より前にできません。" },
        { "Input.EffectiveFrom", "2999-01-01", "適用日に未来の日付は指定できません。" },
        { "Input.EffectiveFrom", "next week", "適用日は 2024-04-01 の形式で入力してください。" },
        { "Input.CertifiedOn", "2024-13-01", "認定日は 2024-04-01 の形式で入力してください。" },
        { "Input.LegalForm", "other", "法人格を入力してください。" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_message_and_changes_nothing(string field, string value, string message)
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        var response = await client.PostForm($"/registry/associations/{a.Code}/edit", Form, new Dictionary<string, string>
        {
            [field] = value, ["Input.Name"] = field == "Input.Name" ? value : "変えようとした名前",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent);
        var now = await factory.LoadAssociationAsync(a.Code);
        Assert.Single(now.Versions);
        Assert.Equal(a.Current.Name, now.Current.Name);
        Assert.Equal(a.ConcurrencyStamp, now.ConcurrencyStamp);
    }

    [Fact]
    public async Task Messages_follow_the_chosen_language()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        var page = await client.GetPage($"/registry/associations/{a.Code}/edit?culture=en");
        var response = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Website"] = "ftp://x" });
        var html = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Please enter Name.", html.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("Website must be an address starting with http:// or https://.", html.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Full_width_text_and_spaces_are_normalised()
    {
        var a = await factory.NewAssociationAsync();
        var client = await Secretariat();
        await client.PostForm($"/registry/associations/%EF%BC%92{a.Code[1..]}/edit", Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "　テスト　　国際交流協会　", ["Input.NameKana"] = "てすと　こくさい", ["Input.NameEn"] = "Ｔｅｓｔ  Ａｓｓｏｃｉａｔｉｏｎ",
            ["Input.Website"] = "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｏｒｇ／", ["Input.EffectiveFrom"] = "２０２４－０４－０１",
            ["Input.LegalForm"] = "other", ["Input.LegalFormOther"] = "認定ＮＰＯ法人",
        });

        var v = (await factory.LoadAssociationAsync(a.Code)).Current;
        Assert.Equal("テスト 国際交流協会", v.Name);
        Assert.Equal("テスト コクサイ", v.NameKana);
        Assert.Equal("Test Association", v.NameEn);
        Assert.Equal("https://example.org/", v.Website);
        Assert.Equal("認定NPO法人", v.LegalForm);
        Assert.Equal(new DateOnly(2024, 4, 1), v.ValidFrom);
    }

    [Fact]
    public async Task Moving_to_another_block_is_a_new_version()
    {
        var a = await factory.NewAssociationAsync(block: "kinki");
        var client = await Secretariat();
        await client.PostForm($"/registry/associations/{a.Code}/edit", Form, new Dictionary<string, string> { ["Input.Block"] = "chubu", ["Input.EffectiveFrom"] = "2025-04-01" });

        var now = await factory.LoadAssociationAsync(a.Code);
        Assert.Equal("chubu", now.Current.BlockId);
        Assert.Contains(now.Versions, v => v.BlockId == "kinki" && v.ValidTo == new DateOnly(2025, 4, 1));
    }
}
