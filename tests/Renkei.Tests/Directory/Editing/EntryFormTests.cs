using System.Net;
using AngleSharp.Html.Dom;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using static Renkei.Tests.DirectoryFeature.EditingTesting;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The entry form as an association fills it in: every kind of field, messages that keep the input, public and members-only badges, last year's values.</summary>
public class EntryFormTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> Admin() => await factory.SignedInClient(await factory.AssociationAdmin("230006"));

    [Fact]
    public async Task Every_kind_of_field_round_trips_with_full_width_digits_normalised()
    {
        var year = await EditionWithEntryAsync(factory, content: new EntryContent());
        var client = await Admin();
        var page = await client.GetPage(EditUrl(year));
        foreach (var id in new[] { "f-periodicals-1-languages-pt", "f-periodicals-1-languages", "f-publications-1-languages", "f-publications-1-languages-zh",
                     "f-consultationLanguages", "f-consultationLanguages-vi", "f-consultationLanguages-ja-easy" })
            page.Tick(id);

        var response = await client.SubmitForm(page, Form, new Dictionary<string, string>
        {
            ["Input.LegalForm"] = "npo",
            ["Input.Name"] = "テスト国際交流協会",
            ["Input.NameKana"] = "てすと こくさい",
            ["Input.NameEn"] = "Test International Association",
            ["Input.RepresentativeTitle"] = "理事長",
            ["Input.RepresentativeName"] = "山田　花子",
            ["Input.PostalCode"] = "〒４６０－０００１",
            ["Input.Address"] = "愛知県名古屋市中区三の丸１－１－１",
            ["Input.AddressEn"] = "1-1-1 Sannomaru, Nagoya",
            ["Input.Phone"] = "０５２（１２３）４５６７",
            ["Input.Fax"] = "052-123-4568",
            ["Input.Email"] = "ｉｎｆｏ@example.jp",
            ["Input.Website"] = "https://example.jp/",
            ["Input.FoundedOn"] = "１９８４年４月",
            ["Input.CertifiedOn"] = "1990/3",
            ["Input.EndowmentYen"] = "５００，０００，０００円",
            ["Input.AnnualBudgetYen"] = "￥180,000,000",
            ["Input.Staff.Seconded"] = "２",
            ["Input.Staff.Regular"] = "5人",
            ["Input.Staff.PartTime"] = " 3 ",
            ["Input.Staff.Contract"] = "4",
            ["Input.Staff.Temporary"] = "0",
            ["Input.MemberTypes[0].Name"] = "個人会員",
            ["Input.MemberTypes[0].Count"] = "１２０",
            ["Input.MemberTypes[0].AnnualFeeYen"] = "3,000円",
            ["Input.Officers[0].Title"] = "理事長",
            ["Input.Officers[0].Name"] = "山田 花子",
            ["Input.Officers[0].Affiliation"] = "愛知県",
            ["Input.Contacts[0].Department"] = "多文化共生課",
            ["Input.Contacts[0].Name"] = "佐藤 一郎",
            ["Input.Contacts[0].Phone"] = "052 123 4569",
            ["Input.Contacts[0].Email"] = "sato@example.jp",
            ["Input.Facilities[0].Kind"] = "lounge",
            ["Input.Facilities[0].Name"] = "国際交流ラウンジ",
            ["Input.Facilities[0].Owner"] = "県",
            ["Input.Facilities[0].FloorAreaSqm"] = "１２０．５㎡",
            ["Input.Facilities[0].OpenedOn"] = "1995-10",
            ["Input.Networks[0].Name"] = "外国人支援ネットワーク",
            ["Input.Networks[0].Description"] = "NPO 20団体と連携",
            ["Input.Periodicals[0].Title"] = "国際交流ニュース",
            ["Input.Periodicals[0].Frequency"] = "quarterly",
            ["Input.Publications[0].Title"] = "生活ガイドブック",
            ["Input.Publications[0].Year"] = "２０２２年",
            ["Input.Projects[0].Name"] = "外国人相談センター",
            ["Input.Projects[0].Category"] = "consultation",
            ["Input.Projects[0].Description"] = "11言語で相談に応じる",
            ["Input.Projects[0].BudgetYen"] = "25,000,000",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EditUrl(year), response.Headers.Location!.OriginalString);
        var expected = new EntryContent
        {
            LegalForm = "npo",
            Name = "テスト国際交流協会",
            NameKana = "テスト コクサイ",
            NameEn = "Test International Association",
            RepresentativeTitle = "理事長",
            RepresentativeName = "山田 花子",
            PostalCode = "460-0001",
            Address = "愛知県名古屋市中区三の丸1-1-1",
            AddressEn = "1-1-1 Sannomaru, Nagoya",
            Phone = "052-123-4567",
            Fax = "052-123-4568",
            Email = "info@example.jp",
            Website = "https://example.jp/",
            FoundedOn = "1984-04",
            CertifiedOn = "1990-03",
            EndowmentYen = 500_000_000,
            AnnualBudgetYen = 180_000_000,
            MemberTypes = [new() { Name = "個人会員", Count = 120, AnnualFeeYen = 3000 }],
            Officers = [new() { Title = "理事長", Name = "山田 花子", Affiliation = "愛知県" }],
            Staff = new() { Seconded = 2, Regular = 5, PartTime = 3, Contract = 4, Temporary = 0 },
            Contacts = [new() { Department = "多文化共生課", Name = "佐藤 一郎", Phone = "052-123-4569", Email = "sato@example.jp" }],
            Facilities = [new() { Kind = "lounge", Name = "国際交流ラウンジ", Owner = "県", FloorAreaSqm = 120.5m, OpenedOn = "1995-10" }],
            Networks = [new() { Name = "外国人支援ネットワーク", Description = "NPO 20団体と連携" }],
            Periodicals = [new() { Title = "国際交流ニュース", Languages = ["en", "pt"], Frequency = "quarterly" }],
            Publications = [new() { Title = "生活ガイドブック", Year = 2022, Languages = ["en", "zh"] }],
            Projects = [new() { Name = "外国人相談センター", Category = "consultation", Description = "11言語で相談に応じる", BudgetYen = 25_000_000 }],
            ConsultationLanguages = ["en", "vi", "ja-easy"],
        };
        var saved = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(Json(expected), Json(saved.Content));
        Assert.Equal(EntryStatus.Draft, saved.Status);

        // Shown again as saved: numbers with separators, each list with its row and one blank row to add another.
        var again = await client.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("下書きを保存しました", again.QuerySelector(".flash")!.TextContent);
        Assert.Equal("500,000,000", again.ValueOf("f-endowmentYen"));
        Assert.Equal("120.5", again.ValueOf("f-facilities-1-floorAreaSqm"));
        Assert.Equal("", again.ValueOf("f-projects-2-name"));
        Assert.Null(again.GetElementById("f-projects-3-name"));
        Assert.True(((IHtmlInputElement)again.GetElementById("f-consultationLanguages-vi")!).IsChecked);
        Assert.Equal("14", again.GetElementById("staff-total")!.TextContent);
        Assert.Equal("true", again.QuerySelector(Form)!.GetAttribute("data-draft-saved"));
    }

    public static TheoryData<string, string, string, string> Messages() => new()
    {
        { "ja", "Input.EndowmentYen", "たくさん", "金額は数字で入力してください（例：1,000,000）。" },
        { "en", "Input.EndowmentYen", "たくさん", "Enter the amount in figures (e.g. 1,000,000)." },
        { "ja", "Input.Email", "info@", "メールアドレスの形式が正しくありません。" },
        { "en", "Input.Email", "info@", "This is not a valid e-mail address." },
        { "ja", "Input.Staff.Regular", "五人", "人数は数字で入力してください（例：12）。" },
        { "en", "Input.Facilities[0].FloorAreaSqm", "広い", "Enter the area in figures (e.g. 120.5)." },
        { "ja", "Input.Periodicals[0].Frequency", "weekly", "一覧から選んでください。" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task A_bad_value_gets_its_message_beside_the_field_in_the_readers_language_and_nothing_is_saved(
        string culture, string field, string value, string message)
    {
        var year = await EditionWithEntryAsync(factory);
        var before = await DirectoryData.EntryAsync(factory, year, "230006");
        var client = await Admin();
        var page = await client.GetPage(EditUrl(year) + "?culture=" + culture);

        var response = await client.SubmitForm(page, Form, new Dictionary<string, string> { [field] = value, ["Input.Name"] = "入力は残る" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        var input = shown.QuerySelector($"[name='{field}']")!;
        Assert.Equal(value, shown.ValueOf(input.Id!) ?? input.GetAttribute("value"));
        Assert.Equal("入力は残る", shown.ValueOf("f-name"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = shown.GetElementById(input.Id + "-error")!;
        Assert.Equal(message, error.TextContent);
        Assert.Contains(error.Id!, input.GetAttribute("aria-describedby")!.Split(' '));
        var link = shown.QuerySelectorAll(".error-summary a").Single(a => a.GetAttribute("href") == "#" + input.Id);
        Assert.EndsWith(message, link.TextContent);
        var after = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.Equal(Json(before.Content), Json(after.Content));
    }

    [Fact]
    public async Task Fields_say_whether_they_are_public_and_what_changed_since_last_year()
    {
        var last = DirectoryData.SampleContent("230006");
        var lastYear = await EditionWithEntryAsync(factory, edition: EditionStatus.Published, status: EntryStatus.Approved, content: last);
        var now = last.Copy();
        now.AnnualBudgetYen = 200_000_000;
        now.MemberTypes[0].Count = 130;
        var year = await EditionWithEntryAsync(factory, content: now);
        Assert.True(year > lastYear);
        var client = await Admin();

        var page = await client.GetPage(EditUrl(year));

        Assert.Equal("公開", page.GetElementById("f-name-visibility")!.TextContent);
        Assert.Equal("会員のみ", page.GetElementById("f-contacts-1-email-visibility")!.TextContent);
        Assert.Contains("180,000,000円", page.GetElementById("f-annualBudgetYen-last")!.TextContent);
        Assert.Contains("120", page.GetElementById("f-memberTypes-1-count-last")!.TextContent);
        Assert.Null(page.GetElementById("f-name-last"));
        var changes = page.QuerySelector(".entry-changes table")!.TextContent;
        Assert.Contains("年間予算", changes);
        Assert.Contains("200,000,000円", changes);
        Assert.Equal(2, page.QuerySelectorAll(".entry-changes tbody tr").Length);
    }
}
