using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.Registry;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Opening an edition through EditionLifecycle: who gets an entry, what it is pre-filled with, who is e-mailed.</summary>
public class OpeningTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task Opening_prefills_from_the_latest_published_version_else_from_the_registry_and_mails_the_admins()
    {
        var ownAdmin = await factory.AssociationAdmin("230006");
        var ownStaff = await factory.AssociationStaff("230006");
        var otherAdmin = await factory.AssociationAdmin("041009");
        var withdrawn = await factory.NewAssociationAsync();
        await factory.WithDb(async db =>
        {
            (await db.Associations.SingleAsync(a => a.Code == withdrawn.Code)).WithdrawnOn = ReviewTesting.Day(-10);
            await db.SaveChangesAsync();
        });
        var joined = await factory.NewAssociationAsync();

        // The previous edition has 230006 only; its correction (version 2) is what the new edition starts from.
        var previous = await DirectoryData.FreeYearAsync(factory, openable: true);
        await DirectoryData.CreateEditionAsync(factory, previous, EditionStatus.Published, "230006");
        await factory.SetEntryAsync(previous, "230006", e =>
        {
            var corrected = e.Content.Copy();
            corrected.Name = "訂正後の名称";
            e.Versions.Add(new DirectoryEntryVersion { Number = 2, Content = corrected, ChangeNote = "名称の訂正", CreatedAt = DateTime.UtcNow, CreatedBy = "test" });
            e.Content.Name = "公開されていない作業中の名称";
        });
        var year = previous + 1;
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == year)));

        var (result, edition) = await factory.LifecycleAsync(l => l.OpenAsync(year, ReviewTesting.Day(30), 7, "secretariat@test"));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(EditionStatus.Collecting, edition!.Status);
        var entries = await factory.WithDb(db => db.DirectoryEntries.AsNoTracking().Include(e => e.Events).Where(e => e.FiscalYear == year).ToListAsync());
        var today = ReviewTesting.Day(0);
        var members = await factory.WithDb(async db => (await db.Associations.AsNoTracking().ToListAsync()).Where(a => a.IsCurrentMember(today)).Select(a => a.Code).ToList());
        Assert.Equal(members.Order(), entries.Select(e => e.AssociationCode).Order());
        Assert.Contains(entries, e => e.AssociationCode == joined.Code);
        Assert.DoesNotContain(entries, e => e.AssociationCode == withdrawn.Code);
        Assert.All(entries, e => Assert.Equal(EntryStatus.Draft, e.Status));
        Assert.All(entries, e => Assert.Equal(EntryEventKind.Opened, Assert.Single(e.Events).Kind));

        Assert.Equal("訂正後の名称", entries.Single(e => e.AssociationCode == "230006").Content.Name);
        var sendai = entries.Single(e => e.AssociationCode == "041009").Content;
        var registry = await factory.LoadAssociationAsync("041009");
        Assert.Equal(registry.Current.Name, sendai.Name);
        Assert.Equal(registry.Current.NameEn, sendai.NameEn);
        Assert.Equal("public-foundation", sendai.LegalForm);
        Assert.Null(sendai.Address);

        var label = FiscalYear.Label(year, english: false);
        var toOwn = Assert.Single(await factory.MailsToAsync(ownAdmin.Email));
        Assert.Contains(label, toOwn.Subject);
        Assert.Contains($"/directory/{year}/230006/edit", toOwn.BodyText);
        Assert.Contains($"/directory/{year}/041009/edit", Assert.Single(await factory.MailsToAsync(otherAdmin.Email)).BodyText);
        Assert.Empty(await factory.MailsToAsync(ownStaff.Email));
    }

    [Fact]
    public async Task Opening_a_year_twice_or_with_a_past_deadline_or_outside_the_range_is_refused()
    {
        var year = await DirectoryData.FreeYearAsync(factory, openable: true);
        var (first, _) = await factory.LifecycleAsync(l => l.OpenAsync(year, ReviewTesting.Day(0), 7, "secretariat@test"));
        Assert.True(first.Succeeded, first.Message);

        var (again, none) = await factory.LifecycleAsync(l => l.OpenAsync(year, ReviewTesting.Day(30), 7, "secretariat@test"));
        Assert.Equal(CycleOutcome.Invalid, again.Outcome);
        Assert.Null(none);
        Assert.Contains($"{year}年度の版は既にあります。", again.Errors!["fiscalYear"]);

        var next = await DirectoryData.FreeYearAsync(factory, openable: true);
        var (past, _) = await factory.LifecycleAsync(l => l.OpenAsync(next, ReviewTesting.Day(-1), 70, "secretariat@test"));
        Assert.Equal(CycleOutcome.Invalid, past.Outcome);
        Assert.Equal(["締切日は今日以降の日付にしてください。"], past.Errors!["deadline"]);
        Assert.Equal(["0から60の日数を入力してください。"], past.Errors!["reminderDaysBefore"]);
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == next)));

        var (early, _) = await factory.LifecycleAsync(l => l.OpenAsync(EditionLifecycle.FirstYear - 1, ReviewTesting.Day(30), 7, "secretariat@test"));
        Assert.True(early.Errors!.ContainsKey("fiscalYear"));
        var tooLate = FiscalYear.Of(ReviewTesting.Day(0)) + 2;
        var (late, _) = await factory.LifecycleAsync(l => l.OpenAsync(tooLate, ReviewTesting.Day(30), 7, "secretariat@test"));
        Assert.True(late.Errors!.ContainsKey("fiscalYear"));
        Assert.False(await factory.WithDb(db => db.DirectoryEditions.AnyAsync(e => e.FiscalYear == tooLate)));
    }
}
