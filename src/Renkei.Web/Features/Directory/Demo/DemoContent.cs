using System.Globalization;
using Renkei.Web.Features.Associations;
using static Renkei.Web.Features.Directory.DemoCatalogue;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// Made-up but plausible entries for the demo: the same association and year always give the same
/// content (seeded by code and year), and each year grows from the one before with small changes
/// (budgets ±5 %, a staff member more or less, now and then a new project), so that diffs and trends
/// have something to show. Names, legal forms and websites come from the registry; people, streets
/// and phone numbers are invented and look it.
/// </summary>
static class DemoContent
{
    public const int FirstYear = 2021;

    /// <summary>The content of each year from <see cref="FirstYear"/> to <paramref name="lastYear"/>, each grown from the one before.</summary>
    public static List<EntryContent> Years(Association a, int lastYear)
    {
        // Stored as the form would store them: normalised (NFKC turns （サンプル） into (サンプル)).
        var years = new List<EntryContent> { EntryValidation.Normalize(First(a)) };
        for (var year = FirstYear + 1; year <= lastYear; year++)
            years.Add(EntryValidation.Normalize(Next(years[^1], a, year)));
        return years;
    }

    static Random Seeded(Association a, int salt) =>
        new(int.Parse(a.Code, CultureInfo.InvariantCulture) * 7919 + salt);

    static string Person(Random r) => $"{Pick(r, FamilyNames)} {Pick(r, GivenNames)}";
    static T Pick<T>(Random r, IReadOnlyList<T> list) => list[r.Next(list.Count)];
    static long Round(double yen, long unit = 1_000) => (long)Math.Round(yen / unit) * unit;

    static EntryContent First(Association a)
    {
        var r = Seeded(a, 0);
        var v = a.Current;
        var place = DemoPlaces.Of(a);
        var slug = DemoPlaces.Slug(a);
        var foundation = v.LegalForm.Contains("財団", StringComparison.Ordinal);
        var chair = foundation ? "理事長" : "会長";
        var street = r.Next(Streets.Length);
        var (b1, b2, b3) = (r.Next(1, 6), r.Next(1, 30), r.Next(1, 20));
        var founded = r.Next(1975, 1996);
        var certified = a.CertifiedOn ?? new DateOnly(Math.Max(founded, 1989) + r.Next(0, 9), r.Next(1, 13), 1);
        var budget = a.City is not null ? r.Next(50, 241) : DemoPlaces.Large(a) ? r.Next(280, 600) : r.Next(110, 321);
        var line = r.Next(1000, 9000);
        var c = new EntryContent
        {
            LegalForm = DirectoryCodes.Find(DirectoryCodes.LegalForms, v.LegalForm),
            Name = v.Name,
            NameEn = v.NameEn,
            RepresentativeTitle = chair,
            RepresentativeName = $"見本 {Pick(r, GivenNames)}",
            PostalCode = $"{place.PostalPrefix}-00{r.Next(1, 100):00}",
            Address = $"{a.Prefecture}{place.CityJa}{Streets[street]}{b1}-{b2}-{b3}（サンプル）",
            AddressEn = $"{b1}-{b2}-{b3} {StreetsEn[street]} (sample), {place.CityEn}, {a.PrefectureEn}",
            Phone = DemoPlaces.Phone(place, line),
            Fax = DemoPlaces.Phone(place, line + 1),
            Email = $"info-{slug}@example.jp",
            Website = v.Website,
            FoundedOn = $"{founded}-{(r.Next(3) == 0 ? r.Next(1, 13) : 4):00}",
            CertifiedOn = certified.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            EndowmentYen = Round((a.City is null ? r.Next(300, 3001) : r.Next(100, 1501)) * 1_000_000.0, 1_000_000),
            AnnualBudgetYen = Round(budget * 1_000_000.0 + r.Next(0, 1000) * 1_000.0),
        };
        var types = MemberTypes.Take(r.Next(1, 4)).ToList();
        c.MemberTypes = types.Select(t => new MemberType
        {
            Name = t.Name, Count = r.Next(t.MinCount, t.MaxCount + 1), AnnualFeeYen = Round(r.Next((int)t.MinFee, (int)t.MaxFee + 1), 1_000),
        }).ToList();
        var officers = r.Next(3, 9);
        c.Officers = [new() { Title = chair, Name = c.RepresentativeName, Affiliation = Pick(r, Affiliations) }];
        string[] middle = [foundation ? "副理事長" : "副会長", "専務理事", "常務理事", "理事", "理事", "理事"];
        for (var i = 0; i < officers - 2; i++) c.Officers.Add(new() { Title = middle[i], Name = Person(r), Affiliation = Pick(r, Affiliations) });
        c.Officers.Add(new() { Title = "監事", Name = Person(r), Affiliation = Pick(r, Affiliations) });
        c.Staff = Staff(r, budget);
        c.Contacts = Enumerable.Range(1, r.Next(1, 3)).Select(i => new ContactPerson
        {
            Department = Pick(r, Departments), Name = Person(r), Phone = DemoPlaces.Phone(place, line + 1 + i), Email = $"staff{i}-{slug}@example.jp",
        }).ToList();
        var owner = a.City is null ? a.Prefecture[^1..] : "市";
        var facilities = r.Next(0, 3);
        if (facilities >= 1) c.Facilities.Add(new() { Kind = "office", Name = $"{place.CityJa}見本国際センター {r.Next(2, 8)}階", Owner = owner, FloorAreaSqm = r.Next(80, 301), OpenedOn = $"{r.Next(1990, 2016)}-04" });
        if (facilities == 2) c.Facilities.Add(new() { Kind = "lounge", Name = "国際交流ラウンジ", Owner = r.Next(3) == 0 ? "協会" : owner, FloorAreaSqm = r.Next(50, 401) + 0.5m, OpenedOn = $"{r.Next(1990, 2016)}-{r.Next(1, 13):00}" });
        c.Networks = Networks.OrderBy(_ => r.Next()).Take(r.Next(0, 3))
            .Select(n => new Network { Name = n.Name, Description = string.Format(CultureInfo.InvariantCulture, n.Description, r.Next(5, 60)) }).ToList();
        var shortName = a.City ?? a.Prefecture;
        c.Periodicals = new[]
        {
            new Periodical { Title = $"{shortName}国際交流だより", Languages = ["ja-easy", "en"], Frequency = "quarterly" },
            new Periodical { Title = "多言語情報メール", Languages = ["en", "zh", "pt", "vi"], Frequency = "monthly" },
        }.Take(r.Next(0, 3)).ToList();
        c.Publications = Publications.OrderBy(_ => r.Next()).Take(r.Next(0, 4))
            .Select(t => new Publication { Title = t, Year = r.Next(2015, 2021), Languages = t == "事業報告書" ? [] : ["en", "zh", "ko", "pt", "vi"] }).ToList();
        c.Projects = FirstProjects(r);
        var languages = DemoPlaces.ManyLanguages(a) ? LanguagesManyArea : Languages;
        c.ConsultationLanguages = languages.Take(DemoPlaces.ManyLanguages(a) ? r.Next(10, 16) : r.Next(3, 11)).ToList();
        FitProjectBudgets(c, r);
        return c;
    }

    static StaffCounts Staff(Random r, int budgetMillions)
    {
        var total = Math.Clamp(budgetMillions / 15 + r.Next(-3, 4), 3, 40);
        var s = new StaffCounts { Seconded = Math.Min(r.Next(0, 5), total / 4), Temporary = r.Next(0, 3) == 0 ? 1 : 0 };
        var rest = total - s.Seconded!.Value - s.Temporary!.Value;
        s.Regular = Math.Max(1, rest * r.Next(30, 50) / 100);
        s.Contract = (rest - s.Regular) * r.Next(40, 70) / 100;
        s.PartTime = rest - s.Regular - s.Contract;
        return s;
    }

    static List<Project> FirstProjects(Random r)
    {
        // The standing consultation project first, then a few other fields, each idea once.
        var ideas = new List<ProjectIdea> { Projects[0] };
        ideas.AddRange(Projects.Skip(1).Where(p => p.Category != "consultation").OrderBy(_ => r.Next()).DistinctBy(p => p.Category).Take(r.Next(2, 6)));
        return ideas.Select(p => new Project { Name = p.Name, Category = p.Category, Description = p.Description }).ToList();
    }

    /// <summary>Project budgets share 35–65 % of the annual budget, so their sum always stays under it.</summary>
    static void FitProjectBudgets(EntryContent c, Random r)
    {
        var pool = c.AnnualBudgetYen!.Value * r.Next(35, 66) / 100.0;
        var weights = c.Projects.Select((_, i) => (i == 0 ? 3.0 : 1.0) + r.NextDouble()).ToList();
        for (var i = 0; i < c.Projects.Count; i++)
            c.Projects[i].BudgetYen = Round(pool * weights[i] / weights.Sum());
    }

    /// <summary>The next year's entry: the same association a year on, with the small changes a year brings.</summary>
    static EntryContent Next(EntryContent previous, Association a, int year)
    {
        var r = Seeded(a, year);
        var c = previous.Copy();
        c.AnnualBudgetYen = Math.Clamp(Round(c.AnnualBudgetYen!.Value * (0.96 + r.NextDouble() * 0.10)), 50_000_000, 600_000_000);
        if (r.Next(5) == 0) c.EndowmentYen += 10_000_000;
        foreach (var m in c.MemberTypes) m.Count = Math.Max(1, (int)Math.Round(m.Count!.Value * (0.95 + r.NextDouble() * 0.1)));
        if (r.Next(5) < 2)
        {
            // One person more or fewer (regular, contract or part-time), never below three staff in all.
            var more = r.Next(2) == 0 || c.Staff.Total <= 3;
            var delta = more ? 1 : -1;
            switch (r.Next(3))
            {
                case 0: c.Staff.Contract = Math.Max(0, c.Staff.Contract!.Value + delta); break;
                case 1: c.Staff.PartTime = Math.Max(0, c.Staff.PartTime!.Value + delta); break;
                default: c.Staff.Regular = Math.Max(1, c.Staff.Regular!.Value + delta); break;
            }
            if (c.Staff.Total < 3) c.Staff.Contract += 3 - c.Staff.Total;
        }
        if (r.Next(8) == 0)
        {
            c.RepresentativeName = $"見本 {Pick(r, GivenNames)}";
            c.Officers[0].Name = c.RepresentativeName;
        }
        if (r.Next(4) == 0 && c.Projects.Count < 8
            && Projects.FirstOrDefault(p => c.Projects.All(q => q.Name != p.Name) && r.Next(3) == 0) is { } idea)
            c.Projects.Add(new Project { Name = idea.Name, Category = idea.Category, Description = idea.Description });
        else if (r.Next(7) == 0 && c.Projects.Count > 3)
            c.Projects.RemoveAt(c.Projects.Count - 1);
        var languages = DemoPlaces.ManyLanguages(a) ? LanguagesManyArea : Languages;
        if (r.Next(3) == 0 && c.ConsultationLanguages.Count < 15 && languages.FirstOrDefault(l => !c.ConsultationLanguages.Contains(l)) is { } next)
            c.ConsultationLanguages.Add(next);
        if (r.Next(3) == 0 && c.Publications.Count < 3)
            c.Publications.Add(new Publication { Title = $"事業報告書（{year - 1}年度）", Year = year, Languages = [] });
        FitProjectBudgets(c, r);
        return c;
    }
}
