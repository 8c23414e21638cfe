using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Published editions with content a figures test chooses, as publication would have left them.</summary>
static class FiguresData
{
    public static Task<DirectoryEdition> PublishedAsync(RenkeiFactory factory, int fiscalYear, bool isSample, params (string Code, EntryContent Content)[] entries) =>
        factory.WithDb(async db =>
        {
            var now = DateTime.UtcNow;
            var edition = new DirectoryEdition
            {
                FiscalYear = fiscalYear, Status = EditionStatus.Published, Deadline = DateOnly.FromDateTime(now), OpenedAt = now,
                PublishedAt = now, IsSample = isSample,
            };
            foreach (var (code, content) in entries)
            {
                var entry = new DirectoryEntry
                {
                    AssociationCode = code, Status = EntryStatus.Approved, Content = content.Copy(), UpdatedAt = now, UpdatedBy = "test",
                    SubmittedAt = now, ApprovedAt = now,
                };
                entry.Versions.Add(new DirectoryEntryVersion { Number = 1, Content = content.Copy(), CreatedAt = now, CreatedBy = "test" });
                edition.Entries.Add(entry);
            }
            db.DirectoryEditions.Add(edition);
            await db.SaveChangesAsync();
            return edition;
        });

    /// <summary>Complete sample content with the figures a test varies.</summary>
    public static EntryContent Content(string code, long? budget, StaffCounts staff, params (string Category, long Budget)[] projects)
    {
        var c = DirectoryData.SampleContent(code);
        c.AnnualBudgetYen = budget;
        c.Staff = staff;
        c.Projects = projects.Select((p, i) => new Project { Name = $"事業{i + 1}", Category = p.Category, BudgetYen = p.Budget }).ToList();
        return c;
    }
}
