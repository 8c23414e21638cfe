using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Directory;

/// <summary>
/// The directory's demo data, for `--demo` and `seed-demo`: 2021年度 and 2022年度 back-filled from
/// spreadsheets, 2023年度 published through the cycle (two entries corrected since), and 2024年度 being
/// collected with entries in every state. Rows are built directly, as the cycle would have left them:
/// review events with their actors, version 1 at publication, corrections as later versions. Every demo
/// edition is marked as sample data. Idempotent: a year that already has an edition is left alone.
/// </summary>
public static class DirectoryDemo
{
    public static readonly int[] ImportedYears = [2021, 2022];
    public const int PublishedYear = 2023;
    public const int CollectingYear = 2024;
    public static readonly int[] Years = [.. ImportedYears, PublishedYear, CollectingYear];

    /// <summary>The demo accounts' associations, each in a state its admin can try: edit and submit, fix a returned entry, wait for review.</summary>
    public const string DraftCode = "230006", ReturnedCode = "041009", SubmittedCode = "430005";

    static string Secretariat => DemoData.Secretariat.Email;

    /// <summary>Adds the demo editions that are missing; returns the fiscal years added.</summary>
    public static async Task<IReadOnlyList<int>> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var existing = await db.DirectoryEditions.Select(e => e.FiscalYear).ToListAsync(ct);
        var missing = Years.Except(existing).ToList();
        if (missing.Count == 0) return [];

        var today = JapanDate.Today(clock);
        var associations = (await db.Associations.AsNoTracking().Include(a => a.Versions).ToListAsync(ct))
            .Where(a => a.IsCurrentMember(today)).OrderBy(a => a.Code).ToList();
        if (associations.Count == 0) return [];
        var years = associations.ToDictionary(a => a.Code, a => DemoContent.Years(a, CollectingYear));
        EntryContent In(string code, int year) => years[code][year - DemoContent.FirstYear];

        foreach (var year in missing)
        {
            var edition = year switch
            {
                CollectingYear => DemoCollecting.Edition(associations, In, today, clock.GetUtcNow().UtcDateTime),
                PublishedYear => Published(associations, In),
                _ => Imported(year, associations, In),
            };
            db.DirectoryEditions.Add(edition);
            await db.SaveChangesAsync(ct);
        }
        return missing;
    }

    /// <summary>The admin who acts for an association: the demo account where there is one.</summary>
    internal static string AdminOf(Association a) =>
        DemoData.Accounts.FirstOrDefault(d => d.AssociationCode == a.Code && d.Role == Roles.AssociationAdmin)?.Email
        ?? $"admin-{DemoPlaces.Slug(a)}@example.jp";

    internal static DateTime At(DateOnly day, int hourInJapan) =>
        day.ToDateTime(new TimeOnly(hourInJapan, 0), DateTimeKind.Utc).AddHours(-9);

    /// <summary>A past year loaded from the secretariat's spreadsheet: approved and published at the moment of import.</summary>
    static DirectoryEdition Imported(int year, List<Association> associations, Func<string, int, EntryContent> content)
    {
        var importedAt = At(new DateOnly(2023, 4, 20), 13 + year - ImportedYears[0]);
        var edition = new DirectoryEdition
        {
            FiscalYear = year, Status = EditionStatus.Published, Deadline = new DateOnly(year, 6, 30), OpenedAt = importedAt,
            PublishedAt = importedAt, Imported = true, IsSample = true,
        };
        foreach (var a in associations)
        {
            var entry = new DirectoryEntry
            {
                AssociationCode = a.Code, Status = EntryStatus.Approved, Content = content(a.Code, year).Copy(),
                UpdatedAt = importedAt, UpdatedBy = Secretariat, ApprovedAt = importedAt,
            };
            entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = entry.Content.Copy(), CreatedAt = importedAt, CreatedBy = Secretariat });
            entry.Record(EntryEventKind.Published, Secretariat, importedAt);
            edition.Entries.Add(entry);
        }
        return edition;
    }

    // 2023: two entries were returned once before approval, and two were corrected after publication.
    static readonly Dictionary<string, string> ReturnedOnce = new()
    {
        ["100005"] = "主な事業の内容が昨年度のままです。今年度の事業に更新してください。",
        ["401307"] = "職員数の内訳（派遣・正規・契約など）をご確認ください。合計が事業報告と合っていません。",
    };

    static EntryContent? BeforeCorrection(string code, EntryContent corrected, out string note)
    {
        var before = corrected.Copy();
        switch (code)
        {
            case "020001":
                before.AnnualBudgetYen = corrected.AnnualBudgetYen + 10_000_000;
                note = "年間予算の誤記を訂正しました（1,000万円過大に記載）。";
                return before;
            case "281000":
                before.Phone = corrected.Fax;
                note = "電話番号とFAX番号が同じになっていた誤りを訂正しました。";
                return before;
            default:
                note = "";
                return null;
        }
    }

    static DirectoryEdition Published(List<Association> associations, Func<string, int, EntryContent> content)
    {
        var opened = new DateOnly(2023, 5, 8);
        var reminded = At(new DateOnly(2023, 6, 23), 9);
        var published = At(new DateOnly(2023, 9, 1), 10);
        var edition = new DirectoryEdition
        {
            FiscalYear = PublishedYear, Status = EditionStatus.Published, Deadline = new DateOnly(2023, 6, 30), OpenedAt = At(opened, 10),
            AutomaticReminderSentAt = reminded, PublishedAt = published, IsSample = true,
        };
        var r = new Random(PublishedYear);
        foreach (var a in associations)
        {
            var admin = AdminOf(a);
            var final = content(a.Code, PublishedYear);
            var first = BeforeCorrection(a.Code, final, out var note);
            var entry = new DirectoryEntry { AssociationCode = a.Code, Status = EntryStatus.Approved, Content = (first ?? final).Copy() };
            entry.Record(EntryEventKind.Opened, Secretariat, edition.OpenedAt);
            var submitted = At(opened.AddDays(r.Next(10, 56)), r.Next(9, 18));
            if (submitted > reminded) entry.Record(EntryEventKind.Reminded, "system", reminded);
            entry.Record(EntryEventKind.Submitted, admin, submitted);
            if (ReturnedOnce.TryGetValue(a.Code, out var comment))
            {
                entry.Record(EntryEventKind.Returned, Secretariat, submitted.AddDays(4), comment);
                entry.ReturnComment = comment;
                submitted = submitted.AddDays(9);
                entry.Record(EntryEventKind.Submitted, admin, submitted);
            }
            var approved = submitted.AddDays(r.Next(2, 15));
            entry.Record(EntryEventKind.Approved, Secretariat, approved);
            (entry.UpdatedAt, entry.UpdatedBy, entry.SubmittedAt, entry.ApprovedAt) = (submitted.AddMinutes(-20), admin, submitted, approved);
            entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = entry.Content.Copy(), CreatedAt = published, CreatedBy = Secretariat });
            entry.Record(EntryEventKind.Published, Secretariat, published);
            if (first is not null)
            {
                var corrected = At(new DateOnly(2023, 10, 16).AddDays(r.Next(0, 40)), 14);
                entry.Versions.Add(new DirectoryEntryVersion { Number = 2, Content = final.Copy(), ChangeNote = note, CreatedAt = corrected, CreatedBy = Secretariat });
                entry.Save(final.Copy(), Secretariat, corrected);
                entry.Record(EntryEventKind.Corrected, Secretariat, corrected, note);
            }
            edition.Entries.Add(entry);
        }
        return edition;
    }
}
