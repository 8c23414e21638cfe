using System.Net;
using AngleSharp.Html.Dom;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using static Renkei.Tests.DirectoryFeature.EditingTesting;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The entry form's repeating groups without JavaScript: rows added without saving, removed when saving, never lost, up to the limit.</summary>
public class EntryFormRowsTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Admin() => await factory.SignedInClient(await factory.AssociationAdmin("230006"));

    [Fact]
    public async Task Add_row_shows_one_more_row_keeps_what_was_typed_and_saves_nothing()
    {
        var year = await EditionWithEntryAsync(factory);
        var before = await DirectoryData.EntryAsync(factory, year, "230006");
        var client = await Admin();
        var page = await client.GetPage(EditUrl(year));
        Assert.Equal("", page.ValueOf("f-memberTypes-2-name"));
        Assert.Null(page.GetElementById("f-memberTypes-3-name"));

        var response = await client.SubmitForm(page, Form, new Dictionary<string, string>
        {
            ["command"] = "add:memberTypes",
            ["Input.Name"] = "まだ保存しない名前",
            ["Input.MemberTypes[1].Name"] = "法人会員",
            ["Input.MemberTypes[1].Count"] = "１５",
            ["Input.EndowmentYen"] = "数字ではない",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("まだ保存しない名前", shown.ValueOf("f-name"));
        Assert.Equal("法人会員", shown.ValueOf("f-memberTypes-2-name"));
        Assert.Equal("１５", shown.ValueOf("f-memberTypes-2-count"));
        Assert.Equal("数字ではない", shown.ValueOf("f-endowmentYen"));
        Assert.Equal("", shown.ValueOf("f-memberTypes-3-name"));
        Assert.Null(shown.QuerySelector(".error-summary"));
        var after = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.Equal(Json(before.Content), Json(after.Content));

        // Saving that page keeps both member types.
        var saved = await client.SubmitForm(shown, Form, new Dictionary<string, string> { ["Input.EndowmentYen"] = "1000" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(["個人会員", "法人会員"], entry.Content.MemberTypes.Select(m => m.Name));
        Assert.Equal(15, entry.Content.MemberTypes[1].Count);
        Assert.Equal("まだ保存しない名前", entry.Content.Name);
    }

    [Fact]
    public async Task A_ticked_row_is_removed_and_messages_stay_beside_the_rows_that_remain()
    {
        var content = DirectoryData.SampleContent("230006");
        content.Officers = [new() { Title = "理事長", Name = "退任する人" }, new() { Title = "副理事長", Name = "残る人" }];
        content.Projects = [new() { Name = "やめる事業", Category = "exchange" }, new() { Name = "続ける事業", Category = "disaster" }];
        var year = await EditionWithEntryAsync(factory, content: content);
        var client = await Admin();
        var page = await client.GetPage(EditUrl(year));
        foreach (var box in page.QuerySelectorAll("input[name='Input.Projects[0].Remove'], input[name='Input.Officers[0].Remove']").OfType<IHtmlInputElement>())
            box.IsChecked = true;

        // The remaining project's budget is negative: the message belongs to row 2 as shown, though it is row 1 once the first is gone.
        var invalid = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Projects[1].BudgetYen"] = "-5" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var shown = Forms.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Equal("0以上の数を入力してください。", shown.GetElementById("f-projects-2-budgetYen-error")!.TextContent);
        Assert.Equal("#f-projects-2-budgetYen", shown.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.True(((IHtmlInputElement)shown.QuerySelector("input[name='Input.Projects[0].Remove']")!).IsChecked);

        var saved = await client.SubmitForm(shown, Form, new Dictionary<string, string> { ["Input.Projects[1].BudgetYen"] = "5,000,000" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal("残る人", Assert.Single(entry.Content.Officers).Name);
        var project = Assert.Single(entry.Content.Projects);
        Assert.Equal(("続ける事業", 5_000_000L), (project.Name, project.BudgetYen));
    }

    [Fact]
    public async Task A_row_that_saving_would_drop_is_named_instead_of_lost()
    {
        var year = await EditionWithEntryAsync(factory, content: new EntryContent());
        var client = await Admin();
        var page = await client.GetPage(EditUrl(year));
        page.Tick("f-periodicals-1-languages-pt");

        var response = await client.SubmitForm(page, Form);

        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("この行が不要なら", shown.GetElementById("f-periodicals-1-title-error")!.TextContent);
        Assert.True(((IHtmlInputElement)shown.GetElementById("f-periodicals-1-languages-pt")!).IsChecked);
        Assert.Empty((await DirectoryData.EntryAsync(factory, year, "230006")).Content.Periodicals);
    }

    [Fact]
    public async Task A_long_entry_with_many_rows_in_every_group_saves()
    {
        // More than the 1,024 form values ASP.NET Core accepts by default, and every group at its limit of rows.
        var content = DirectoryData.SampleContent("230006");
        content.Officers = Enumerable.Range(1, 50).Select(i => new Officer { Title = "理事", Name = "人" + i, Affiliation = "所属" }).ToList();
        content.Projects = Enumerable.Range(1, 50).Select(i => new Project { Name = "事業" + i, Category = "exchange", Description = "d", BudgetYen = i }).ToList();
        content.MemberTypes = Enumerable.Range(1, 50).Select(i => new MemberType { Name = "種別" + i, Count = i, AnnualFeeYen = i }).ToList();
        content.Facilities = Enumerable.Range(1, 50).Select(i => new Facility { Kind = "office", Name = "施設" + i, Owner = "県", FloorAreaSqm = i, OpenedOn = "2000-01" }).ToList();
        content.Contacts = Enumerable.Range(1, 50).Select(i => new ContactPerson { Department = "課", Name = "担当" + i, Phone = "052-123-4567", Email = "a@example.jp" }).ToList();
        content.Networks = Enumerable.Range(1, 50).Select(i => new Network { Name = "網" + i, Description = "d" }).ToList();
        var year = await EditionWithEntryAsync(factory, content: content);
        var client = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var page = await client.GetPage(EditUrl(year));
        // A full group offers no blank row and no "add row".
        Assert.Null(page.GetElementById("f-officers-51-name"));
        Assert.Null(page.QuerySelector("button[value='add:officers']"));
        Assert.NotNull(page.QuerySelector("button[value='add:publications']"));

        var response = await client.SubmitForm(page, Form, new Dictionary<string, string> { ["Input.Officers[49].Name"] = "最後の人" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("最後の人", (await DirectoryData.EntryAsync(factory, year, "230006")).Content.Officers[49].Name);
    }
}
