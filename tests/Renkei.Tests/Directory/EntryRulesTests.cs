using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The entry's own rules: how input is cleaned, what is refused, and how two copies are compared field by field.</summary>
public class EntryRulesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    Task<Dictionary<string, string[]>> ValidateAsync(EntryContent content, bool forSubmission, string culture = "ja") =>
        factory.WithServices(services =>
        {
            using var _ = new CultureScope(culture);
            return Task.FromResult(services.GetRequiredService<EntryValidation>().Validate(content, forSubmission));
        });

    [Fact]
    public void Normalize_cleans_what_Japanese_keyboards_type()
    {
        var typed = new EntryContent
        {
            Name = "  愛知県国際交流協会　",
            NameKana = "あいちけん こくさいこうりゅうきょうかい",
            PostalCode = "〒４６０ー０００１",
            Phone = "０５２（９６１）７９０２",
            Fax = "052 961 7903",
            Email = " info@example.jp ",
            FoundedOn = "１９８４年４月",
            CertifiedOn = "1990/3",
            ConsultationLanguages = ["英語", "pt", "pt", "Vietnamese"],
            Projects = [new() { Name = "  " }, new() { Name = "相談", Category = "consultation" }],
        };

        var c = EntryValidation.Normalize(typed);

        Assert.Equal("愛知県国際交流協会", c.Name);
        Assert.Equal("アイチケン コクサイコウリュウキョウカイ", c.NameKana);
        Assert.Equal("460-0001", c.PostalCode);
        Assert.Equal("052-961-7902", c.Phone);
        Assert.Equal("052-961-7903", c.Fax);
        Assert.Equal("info@example.jp", c.Email);
        Assert.Equal("1984-04", c.FoundedOn);
        Assert.Equal("1990-03", c.CertifiedOn);
        Assert.Equal(["en", "pt", "vi"], c.ConsultationLanguages);
        Assert.Single(c.Projects);
        Assert.Equal("  愛知県国際交流協会　", typed.Name);
    }

    [Fact]
    public async Task A_complete_entry_is_valid_for_submission()
    {
        var errors = await ValidateAsync(EntryValidation.Normalize(DirectoryData.SampleContent("230006")), forSubmission: true);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_draft_may_be_incomplete_but_submission_names_each_missing_field()
    {
        var empty = new EntryContent();
        Assert.Empty(await ValidateAsync(empty, forSubmission: false));

        var errors = await ValidateAsync(empty, forSubmission: true);
        Assert.Equal(["address", "email", "legalForm", "name", "phone", "postalCode", "representativeName", "representativeTitle"], errors.Keys.Order());
        Assert.Equal("入力してください。", errors["name"].Single());
        Assert.Equal("Required.", (await ValidateAsync(empty, forSubmission: true, "en"))["name"].Single());
    }

    [Fact]
    public async Task Bad_values_are_refused_field_by_field_in_the_readers_language()
    {
        var c = DirectoryData.SampleContent("230006");
        c.PostalCode = "12-345";
        c.Phone = "03-12";
        c.Email = "not-an-address";
        c.Website = "javascript:alert(1)";
        c.FoundedOn = "昭和";
        c.AnnualBudgetYen = -1;
        c.Staff.Regular = -2;
        c.LegalForm = "株式会社";
        c.ConsultationLanguages = ["klingon"];
        c.Projects.Add(new Project { Name = "新事業", Category = "unknown", BudgetYen = -5 });

        var errors = await ValidateAsync(c, forSubmission: false);

        Assert.Equal(["annualBudgetYen", "consultationLanguages", "email", "foundedOn", "legalForm", "phone", "postalCode",
            "projects[2].budgetYen", "projects[2].category", "staff.regular", "website"], errors.Keys.Order());
        Assert.Contains("0以上", errors["annualBudgetYen"].Single());
        var english = await ValidateAsync(c, forSubmission: false, "en");
        Assert.Equal("Enter a number of 0 or more.", english["projects[2].budgetYen"].Single());
    }

    [Fact]
    public async Task Too_many_rows_and_too_long_text_are_refused()
    {
        var c = DirectoryData.SampleContent("230006");
        c.Networks = Enumerable.Range(1, EntryValidation.MaxRows + 1).Select(i => new Network { Name = $"N{i}" }).ToList();
        c.Projects[0].Description = new string('あ', 2001);
        c.Name = new string('名', 301);

        var errors = await ValidateAsync(c, forSubmission: false);

        Assert.Contains("networks", errors.Keys);
        Assert.Contains("projects[1].description", errors.Keys);
        Assert.Contains("name", errors.Keys);
    }

    [Fact]
    public void Flatten_lists_fields_in_the_directorys_order_with_members_only_marked()
    {
        var fields = EntryFields.Flatten(DirectoryData.SampleContent("230006"), english: false);

        Assert.Equal("legalForm", fields[0].Key);
        Assert.Equal("公益財団法人", fields[0].Value);
        Assert.Equal("〒460-0001", fields.Single(f => f.Key == "postalCode").Value);
        Assert.Equal("180,000,000円", fields.Single(f => f.Key == "annualBudgetYen").Value);
        Assert.Equal("1984年4月", fields.Single(f => f.Key == "foundedOn").Value);
        Assert.True(fields.Single(f => f.Key == "contacts[1].email").MembersOnly);
        Assert.False(fields.Single(f => f.Key == "projects[1].name").MembersOnly);
        Assert.DoesNotContain(EntryFields.Public(DirectoryData.SampleContent("230006"), false), f => f.Key.StartsWith("contacts", StringComparison.Ordinal));

        var english = EntryFields.Flatten(DirectoryData.SampleContent("230006"), english: true);
        Assert.Equal("Public interest incorporated foundation", english[0].Value);
        Assert.Equal("Apr 1984", english.Single(f => f.Key == "foundedOn").Value);
        Assert.Equal("Project 1: Budget", english.Single(f => f.Key == "projects[1].budgetYen").LabelEn);
    }

    [Fact]
    public void Diff_shows_changed_added_and_removed_fields()
    {
        var before = DirectoryData.SampleContent("230006");
        var after = before.Copy();
        after.AnnualBudgetYen = 190_000_000;
        after.Projects.Add(new Project { Name = "防災訓練", Category = "disaster", BudgetYen = 1_000_000 });
        after.Networks.Clear();

        var changes = EntryFields.Diff(before, after, english: false);

        var budget = changes.Single(c => c.Key == "annualBudgetYen");
        Assert.Equal(("180,000,000円", "190,000,000円"), (budget.Before, budget.After));
        Assert.Equal(("", "防災訓練"), changes.Where(c => c.Key == "projects[2].name").Select(c => (c.Before, c.After)).Single());
        Assert.Equal(("外国人支援ネットワーク", ""), changes.Where(c => c.Key == "networks[1].name").Select(c => (c.Before, c.After)).Single());
        Assert.Empty(EntryFields.Diff(before, before.Copy(), english: false));
        Assert.Equal(EntryFields.Flatten(after, false).Count(f => f.Value != ""), EntryFields.Diff(null, after, false).Count);
    }

    [Fact]
    public void Public_copy_drops_contact_persons_and_leaves_the_original()
    {
        var content = DirectoryData.SampleContent("230006");
        var forPublic = content.ForPublic();
        Assert.Empty(forPublic.Contacts);
        Assert.Single(content.Contacts);
        Assert.Equal(DirectoryJson.Serialize(content), DirectoryJson.Serialize(content.Copy()));
    }

    [Theory]
    [InlineData("2001-04", "2001-04")]
    [InlineData("2001/4", "2001-04")]
    [InlineData("２００１年１２月", "2001-12")]
    [InlineData("2001-13", null)]
    [InlineData("1899-01", null)]
    [InlineData("平成13年", null)]
    public void Year_months_are_read_as_people_type_them(string typed, string? stored) =>
        Assert.Equal(stored, DirectoryYearMonth.Normalize(typed));

    [Fact]
    public void Labels_come_from_the_lists_and_unknown_codes_show_as_they_are()
    {
        Assert.Equal("ポルトガル語", DirectoryCodes.Label(DirectoryCodes.Languages, "pt", false));
        Assert.Equal("xx", DirectoryCodes.Label(DirectoryCodes.Languages, "xx", false));
        Assert.Equal("npo", DirectoryCodes.Find(DirectoryCodes.LegalForms, "特定非営利活動法人"));
        Assert.Equal("quarterly", DirectoryCodes.Find(DirectoryCodes.Frequencies, "Quarterly"));
        Assert.Null(DirectoryCodes.Find(DirectoryCodes.Frequencies, "weekly"));
    }
}
