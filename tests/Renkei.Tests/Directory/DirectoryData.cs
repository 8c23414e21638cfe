using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Builders for directory tests: editions and entries made straight in the database, each test with its own fiscal year.</summary>
public static class DirectoryData
{
    /// <summary>
    /// A fiscal year no edition uses yet in this factory's database. Openable years lie in the range the
    /// secretariat may open (1990 to next year); others are far in the future, so they never collide.
    /// </summary>
    public static Task<int> FreeYearAsync(RenkeiFactory factory, bool openable = false) =>
        factory.WithDb(async db =>
        {
            var used = await db.DirectoryEditions.Select(e => e.FiscalYear).ToListAsync();
            if (!openable) return Math.Max(2100, used.DefaultIfEmpty(0).Max()) + 1;
            var last = FiscalYear.Current(TimeProvider.System) + 1;
            for (var year = EditionLifecycle.FirstYear; year <= last; year++)
                if (!used.Contains(year)) return year;
            throw new InvalidOperationException("No openable fiscal year is left in this test database.");
        });

    /// <summary>Complete content (valid for submission) for an association, with a row in each repeating group.</summary>
    public static EntryContent SampleContent(string code, string? name = null) => new()
    {
        LegalForm = "public-foundation",
        Name = name ?? $"テスト国際交流協会{code}",
        NameKana = "テストコクサイコウリュウキョウカイ",
        NameEn = $"Test International Association {code}",
        RepresentativeTitle = "理事長",
        RepresentativeName = "山田 太郎",
        PostalCode = "460-0001",
        Address = "愛知県名古屋市中区三の丸1-1-1",
        Phone = "052-123-4567",
        Fax = "052-123-4568",
        Email = $"info{code}@example.jp",
        Website = "https://example.jp/",
        FoundedOn = "1984-04",
        CertifiedOn = "1990-03",
        EndowmentYen = 500_000_000,
        AnnualBudgetYen = 180_000_000,
        MemberTypes = [new() { Name = "個人会員", Count = 120, AnnualFeeYen = 3000 }],
        Officers = [new() { Title = "理事長", Name = "山田 太郎", Affiliation = "愛知県" }],
        Staff = new() { Seconded = 2, Regular = 5, PartTime = 3, Contract = 4, Temporary = 0 },
        Contacts = [new() { Department = "多文化共生課", Name = "佐藤 花子", Phone = "052-123-4569", Email = $"sato{code}@example.jp" }],
        Facilities = [new() { Kind = "lounge", Name = "国際交流ラウンジ", Owner = "県", FloorAreaSqm = 120.5m, OpenedOn = "1995-10" }],
        Networks = [new() { Name = "外国人支援ネットワーク", Description = "NPO 20団体と連携" }],
        Periodicals = [new() { Title = "国際交流ニュース", Languages = ["en", "pt"], Frequency = "quarterly" }],
        Publications = [new() { Title = "生活ガイドブック", Year = 2022, Languages = ["en", "zh", "vi"] }],
        Projects = [new() { Name = "外国人相談センター", Category = "consultation", Description = "11言語で相談に応じる", BudgetYen = 25_000_000 }],
        ConsultationLanguages = ["en", "zh", "ko", "pt", "vi"],
    };

    /// <summary>
    /// An edition with an entry per given association. A published edition gets each entry's version 1,
    /// as publication would have made it.
    /// </summary>
    public static Task<DirectoryEdition> CreateEditionAsync(RenkeiFactory factory, int fiscalYear, EditionStatus status,
        IEnumerable<(string Code, EntryStatus Status)> entries, DateOnly? deadline = null) =>
        factory.WithDb(async db =>
        {
            var now = DateTime.UtcNow;
            var edition = new DirectoryEdition
            {
                FiscalYear = fiscalYear, Status = status, Deadline = deadline ?? DateOnly.FromDateTime(now).AddDays(30),
                OpenedAt = now, PublishedAt = status == EditionStatus.Published ? now : null,
            };
            foreach (var (code, entryStatus) in entries)
            {
                var entry = new DirectoryEntry
                {
                    AssociationCode = code, Status = entryStatus, Content = SampleContent(code), UpdatedAt = now, UpdatedBy = "test",
                    SubmittedAt = entryStatus is EntryStatus.Submitted or EntryStatus.Approved ? now : null,
                    ApprovedAt = entryStatus == EntryStatus.Approved ? now : null,
                };
                if (status == EditionStatus.Published)
                    entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = entry.Content.Copy(), CreatedAt = now, CreatedBy = "test" });
                edition.Entries.Add(entry);
            }
            db.DirectoryEditions.Add(edition);
            await db.SaveChangesAsync();
            return edition;
        });

    public static Task<DirectoryEdition> CreateEditionAsync(RenkeiFactory factory, int fiscalYear, EditionStatus status, params string[] codes) =>
        CreateEditionAsync(factory, fiscalYear, status,
            codes.Select(c => (c, status == EditionStatus.Published ? EntryStatus.Approved : EntryStatus.Draft)));

    public static Task<DirectoryEntry> EntryAsync(RenkeiFactory factory, int fiscalYear, string code) =>
        factory.WithDb(db => db.DirectoryEntries.Include(e => e.Versions).Include(e => e.Events)
            .SingleAsync(e => e.FiscalYear == fiscalYear && e.AssociationCode == code));
}
