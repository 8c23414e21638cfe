using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Tests.Accounts;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The directory's demo data: seeded at start in demo mode, once, and shaped as the real cycle would leave it.</summary>
public class DirectoryDemoTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    async Task<List<DirectoryEdition>> DemoEditionsAsync() =>
        await factory.WithDb(db => db.DirectoryEditions.AsNoTracking()
            .Include(e => e.Entries).ThenInclude(x => x.Versions)
            .Include(e => e.Entries).ThenInclude(x => x.Events)
            .AsSplitQuery()
            .Where(e => DirectoryDemo.Years.Contains(e.FiscalYear)).OrderBy(e => e.FiscalYear).ToListAsync());

    [Fact]
    public async Task Demo_mode_seeds_four_sample_editions_and_seeding_again_changes_nothing()
    {
        factory.CreateClient().Dispose(); // start the app, which seeds in demo mode
        var before = await DemoEditionsAsync();

        var added = await DirectoryDemo.SeedAsync(factory.Services);

        Assert.Empty(added);
        var after = await DemoEditionsAsync();
        Assert.Equal([2021, 2022, 2023, 2024], after.Select(e => e.FiscalYear));
        Assert.All(after, e => Assert.True(e.IsSample));
        Assert.Equal(Fingerprint(before), Fingerprint(after));
    }

    static List<string> Fingerprint(List<DirectoryEdition> editions) =>
        editions.SelectMany(e => e.Entries.Select(x =>
            $"{e.FiscalYear} {x.AssociationCode} {x.Status} {x.ConcurrencyStamp} {x.Versions.Count} {x.Events.Count} {DirectoryJson.Serialize(x.Content)}"))
            .Order().ToList();

    [Fact]
    public async Task Past_years_are_published_for_all_63_associations_with_their_snapshots()
    {
        factory.CreateClient().Dispose();
        var editions = await DemoEditionsAsync();

        foreach (var e in editions.Where(e => e.Status == EditionStatus.Published))
        {
            Assert.Equal(63, e.Entries.Count);
            Assert.NotNull(e.PublishedAt);
            Assert.Equal(e.FiscalYear != 2023, e.Imported);
            Assert.All(e.Entries, x =>
            {
                Assert.Equal(EntryStatus.Approved, x.Status);
                var v1 = x.Versions.Single(v => v.Number == 1);
                Assert.Equal(e.PublishedAt, v1.CreatedAt);
                Assert.Equal(DemoData.Secretariat.Email, v1.CreatedBy);
                Assert.Contains(x.Events, ev => ev.Kind == EntryEventKind.Published && ev.At == e.PublishedAt);
                // The working copy follows the latest published version.
                Assert.Equal(DirectoryJson.Serialize(x.LatestVersion!.Content), DirectoryJson.Serialize(x.Content));
            });
        }
        Assert.Equal([2021, 2022, 2023], editions.Where(e => e.Status == EditionStatus.Published).Select(e => e.FiscalYear));

        var published = editions.Single(e => e.FiscalYear == 2023);
        var corrected = published.Entries.Where(x => x.Versions.Count > 1).ToList();
        Assert.Equal(2, corrected.Count);
        Assert.All(corrected, x =>
        {
            var v2 = x.Versions.Single(v => v.Number == 2);
            Assert.False(string.IsNullOrWhiteSpace(v2.ChangeNote));
            Assert.NotEmpty(EntryFields.Diff(x.Versions.Single(v => v.Number == 1).Content, v2.Content, english: false));
            Assert.Contains(x.Events, ev => ev.Kind == EntryEventKind.Corrected && ev.Comment == v2.ChangeNote);
        });
        Assert.All(published.Entries, x => Assert.Contains(x.Events, ev => ev.Kind == EntryEventKind.Submitted && ev.Actor != DemoData.Secretariat.Email));
        Assert.Equal(2, published.Entries.Count(x => x.Events.Any(ev => ev.Kind == EntryEventKind.Returned)));
    }

    [Fact]
    public async Task The_year_being_collected_has_entries_in_every_state_and_the_demo_associations_in_theirs()
    {
        factory.CreateClient().Dispose();
        var edition = (await DemoEditionsAsync()).Single(e => e.FiscalYear == 2024);
        var today = JapanDate.Today(TimeProvider.System);

        Assert.Equal(EditionStatus.Collecting, edition.Status);
        Assert.Null(edition.PublishedAt);
        Assert.Equal(today.AddDays(14), edition.Deadline);
        Assert.Equal(63, edition.Entries.Count);
        var byState = edition.Entries.GroupBy(x => x.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(15, byState[EntryStatus.Approved]);
        Assert.Equal(20, byState[EntryStatus.Submitted]);
        Assert.Equal(3, byState[EntryStatus.Returned]);
        Assert.Equal(25, byState[EntryStatus.Draft]);

        var entries = edition.Entries.ToDictionary(x => x.AssociationCode);
        Assert.Equal(EntryStatus.Draft, entries["230006"].Status);
        Assert.Equal("staff.aichi@demo.renkei.jp", entries["230006"].UpdatedBy);
        Assert.Equal(EntryStatus.Returned, entries["041009"].Status);
        Assert.False(string.IsNullOrWhiteSpace(entries["041009"].ReturnComment));
        Assert.Contains(entries["041009"].Events, ev => ev.Kind == EntryEventKind.Returned && ev.Comment == entries["041009"].ReturnComment);
        Assert.Equal(EntryStatus.Submitted, entries["430005"].Status);
        Assert.Contains(entries["430005"].Events, ev => ev.Kind == EntryEventKind.Submitted && ev.Actor == "admin.kumamoto@demo.renkei.jp");
        Assert.All(edition.Entries, x =>
        {
            Assert.Empty(x.Versions);
            Assert.Contains(x.Events, ev => ev.Kind == EntryEventKind.Opened);
            Assert.Equal(x.Status is EntryStatus.Submitted or EntryStatus.Approved or EntryStatus.Returned, x.SubmittedAt is not null);
            Assert.Equal(x.Status == EntryStatus.Approved, x.ApprovedAt is not null);
            Assert.True(x.Events.All(ev => ev.At <= DateTime.UtcNow));
        });

        // Pre-filled from the published 2023 entry: some drafts untouched, the rest edited.
        var last = (await DemoEditionsAsync()).Single(e => e.FiscalYear == 2023).Entries.ToDictionary(x => x.AssociationCode, x => x.Content);
        var unchanged = edition.Entries.Count(x => EntryFields.Diff(last[x.AssociationCode], x.Content, english: false).Count == 0);
        Assert.InRange(unchanged, 5, 40);
        Assert.True(edition.Entries.Where(x => x.Status != EntryStatus.Draft).All(x => x.UpdatedBy != DemoData.Secretariat.Email));
    }

    [Fact]
    public async Task Every_demo_entry_is_complete_normalised_and_plausible()
    {
        factory.CreateClient().Dispose();
        var editions = await DemoEditionsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var validation = scope.ServiceProvider.GetRequiredService<EntryValidation>();

        var contents = editions.SelectMany(e => e.Entries.SelectMany(x => x.Versions.Select(v => v.Content).Append(x.Content))).ToList();
        Assert.True(contents.Count > 250);
        foreach (var c in contents)
        {
            var errors = validation.Validate(c, forSubmission: true);
            Assert.True(errors.Count == 0, $"{c.Name}: {string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(",", e.Value)}"))}");
            Assert.Equal(DirectoryJson.Serialize(EntryValidation.Normalize(c)), DirectoryJson.Serialize(c));
            Assert.InRange(c.AnnualBudgetYen!.Value, 50_000_000, 600_000_000);
            Assert.InRange(c.Staff.Total, 3, 40);
            Assert.True(c.Projects.Sum(p => p.BudgetYen) < c.AnnualBudgetYen, c.Name);
            Assert.InRange(c.Projects.Count, 3, 8);
            Assert.InRange(c.ConsultationLanguages.Count, 3, 15);
            Assert.InRange(c.Officers.Count, 3, 8);
            Assert.InRange(c.MemberTypes.Count, 1, 3);
            Assert.InRange(c.Contacts.Count, 1, 2);
            Assert.EndsWith("(サンプル)", c.Address);
            Assert.EndsWith("@example.jp", c.Email);
            Assert.StartsWith("見本 ", c.RepresentativeName);
        }
        // The registry's names, and cities smaller than the large prefectures.
        var y2023 = editions.Single(e => e.FiscalYear == 2023).Entries.ToDictionary(x => x.AssociationCode, x => x.Content);
        Assert.Equal("愛知県国際交流協会", y2023["230006"].Name);
        Assert.Equal("public-foundation", y2023["230006"].LegalForm);
        Assert.True(y2023["130001"].AnnualBudgetYen > y2023["231002"].AnnualBudgetYen);
        Assert.True(y2023["230006"].ConsultationLanguages.Count >= 10);
        // Year over year something changes for most associations, but not everything.
        var y2022 = editions.Single(e => e.FiscalYear == 2022).Entries.ToDictionary(x => x.AssociationCode, x => x.Content);
        Assert.True(y2023.Count(p => EntryFields.Diff(y2022[p.Key], p.Value, english: false).Count > 0) > 50);
        Assert.All(y2023, p => Assert.Equal(y2022[p.Key].Name, p.Value.Name));
    }
}

/// <summary>`seed-demo` adds the directory's demo editions too, once.</summary>
public class DirectoryDemoCommandTests
{
    [Fact]
    public async Task Seed_demo_adds_the_sample_editions_once()
    {
        using var cli = new Renkei.Tests.Cli.Cli();
        Assert.Equal(0, (await cli.RunAsync("migrate")).ExitCode);

        var first = await cli.RunAsync("seed-demo");
        var second = await cli.RunAsync("seed-demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Sample directory editions added: 2021, 2022, 2023, 2024.", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Sample directory editions: already there.", second.Out);
        Assert.Equal(4 * 63, await cli.QueryAsync(db => db.DirectoryEntries.CountAsync()));
        Assert.True(await cli.QueryAsync(db => db.DirectoryEditions.AllAsync(e => e.IsSample)));
    }
}
