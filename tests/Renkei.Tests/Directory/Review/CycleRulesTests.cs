using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The steps of the cycle through the real services and database: submit, return, approve, remind, deadline, publish, correct.</summary>
public class CycleRulesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Own = "230006";
    const string Other = "041009";

    async Task<int> EditionAsync(EditionStatus status, params (string Code, EntryStatus Status)[] entries)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, status, entries, ReviewTesting.Day(20));
        return year;
    }

    [Fact]
    public async Task Submitting_needs_every_required_field()
    {
        var year = await EditionAsync(EditionStatus.Collecting, (Own, EntryStatus.Draft));
        await factory.SetEntryAsync(year, Own, e => { e.Content.Name = null; e.Content.Phone = null; });

        var incomplete = await factory.OnEntryAsync(year, Own, (c, e) => c.SubmitAsync(e, e.ConcurrencyStamp, "admin@test", bySecretariat: false));
        Assert.Equal(CycleOutcome.Invalid, incomplete.Outcome);
        Assert.Equal(["入力してください。"], incomplete.Errors!["name"]);
        Assert.True(incomplete.Errors.ContainsKey("phone"));
        Assert.Equal(EntryStatus.Draft, (await DirectoryData.EntryAsync(factory, year, Own)).Status);

        await factory.SetEntryAsync(year, Own, e => e.Content = DirectoryData.SampleContent(Own));
        var submitted = await factory.OnEntryAsync(year, Own, (c, e) => c.SubmitAsync(e, e.ConcurrencyStamp, "admin@test", bySecretariat: false));
        Assert.True(submitted.Succeeded, submitted.Message);
        var entry = await DirectoryData.EntryAsync(factory, year, Own);
        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.NotNull(entry.SubmittedAt);
        Assert.Contains(entry.Events, ev => ev.Kind == EntryEventKind.Submitted && ev.Actor == "admin@test");
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_mails_it_to_the_admins()
    {
        var admin = await factory.AssociationAdmin(Own);
        var staff = await factory.AssociationStaff(Own);
        var year = await EditionAsync(EditionStatus.Collecting, (Own, EntryStatus.Submitted), (Other, EntryStatus.Draft));

        var blank = await factory.OnEntryAsync(year, Own, (c, e) => c.ReturnAsync(e, "  \n ", e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.Invalid, blank.Outcome);
        Assert.Equal(["差し戻しの理由を入力してください。"], blank.Errors!["comment"]);
        Assert.Equal(EntryStatus.Submitted, (await DirectoryData.EntryAsync(factory, year, Own)).Status);
        Assert.Empty(await factory.MailsToAsync(admin.Email));

        var returned = await factory.OnEntryAsync(year, Own, (c, e) => c.ReturnAsync(e, "電話番号を確認してください。", e.ConcurrencyStamp, "secretariat@test"));
        Assert.True(returned.Succeeded, returned.Message);
        var entry = await DirectoryData.EntryAsync(factory, year, Own);
        Assert.Equal(EntryStatus.Returned, entry.Status);
        Assert.Equal("電話番号を確認してください。", entry.ReturnComment);
        Assert.Contains(entry.Events, ev => ev.Kind == EntryEventKind.Returned && ev.Comment == "電話番号を確認してください。");
        var mail = Assert.Single(await factory.MailsToAsync(admin.Email));
        Assert.Contains("電話番号を確認してください。", mail.BodyText);
        Assert.Contains($"/directory/{year}/{Own}/edit", mail.BodyText);
        Assert.Empty(await factory.MailsToAsync(staff.Email));

        // A draft was never submitted: there is nothing to send back.
        var draft = await factory.OnEntryAsync(year, Other, (c, e) => c.ReturnAsync(e, "コメント", e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.NotAllowed, draft.Outcome);
    }

    [Fact]
    public async Task Approving_needs_a_complete_entry_once_and_the_current_stamp()
    {
        var year = await EditionAsync(EditionStatus.Reviewing, (Own, EntryStatus.Submitted), (Other, EntryStatus.Draft));
        await factory.SetEntryAsync(year, Other, e => e.Content.Address = null);

        var stale = await factory.OnEntryAsync(year, Own, (c, e) => c.ApproveAsync(e, Guid.NewGuid(), "secretariat@test"));
        Assert.Equal(CycleOutcome.Conflict, stale.Outcome);
        var approved = await factory.OnEntryAsync(year, Own, (c, e) => c.ApproveAsync(e, e.ConcurrencyStamp, "secretariat@test"));
        Assert.True(approved.Succeeded, approved.Message);
        var entry = await DirectoryData.EntryAsync(factory, year, Own);
        Assert.Equal(EntryStatus.Approved, entry.Status);
        Assert.NotNull(entry.ApprovedAt);
        var twice = await factory.OnEntryAsync(year, Own, (c, e) => c.ApproveAsync(e, e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.NotAllowed, twice.Outcome);

        var incomplete = await factory.OnEntryAsync(year, Other, (c, e) => c.ApproveAsync(e, e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.Invalid, incomplete.Outcome);
        Assert.True(incomplete.Errors!.ContainsKey("address"));
        Assert.Equal(EntryStatus.Draft, (await DirectoryData.EntryAsync(factory, year, Other)).Status);
    }

    [Fact]
    public async Task Reminders_go_only_to_the_admins_of_associations_that_have_not_submitted()
    {
        var draftAdmin = await factory.AssociationAdmin(Own);
        var returnedAdmin = await factory.AssociationAdmin(Other);
        var submittedAdmin = await factory.AssociationAdmin("130001");
        var approvedAdmin = await factory.AssociationAdmin("010006");
        var year = await EditionAsync(EditionStatus.Collecting,
            (Own, EntryStatus.Draft), (Other, EntryStatus.Returned), ("130001", EntryStatus.Submitted), ("010006", EntryStatus.Approved));

        var count = await factory.OnEditionAsync(year, (l, e) => l.RemindAsync(e, "secretariat@test"));

        Assert.Equal(2, count);
        Assert.Contains("提出期限は", Assert.Single(await factory.MailsToAsync(draftAdmin.Email)).BodyText);
        Assert.Single(await factory.MailsToAsync(returnedAdmin.Email));
        Assert.Empty(await factory.MailsToAsync(submittedAdmin.Email));
        Assert.Empty(await factory.MailsToAsync(approvedAdmin.Email));
        Assert.Contains((await DirectoryData.EntryAsync(factory, year, Own)).Events, ev => ev.Kind == EntryEventKind.Reminded);
        Assert.DoesNotContain((await DirectoryData.EntryAsync(factory, year, "130001")).Events, ev => ev.Kind == EntryEventKind.Reminded);
    }

    [Fact]
    public async Task Once_collection_is_closed_only_returned_entries_are_reminded()
    {
        var draftAdmin = await factory.AssociationAdmin("011002");
        var returnedAdmin = await factory.AssociationAdmin("020001");
        var year = await EditionAsync(EditionStatus.Reviewing, ("011002", EntryStatus.Draft), ("020001", EntryStatus.Returned));

        Assert.Equal(1, await factory.OnEditionAsync(year, (l, e) => l.RemindAsync(e, "secretariat@test")));
        Assert.Empty(await factory.MailsToAsync(draftAdmin.Email));
        Assert.Single(await factory.MailsToAsync(returnedAdmin.Email));
    }

    [Fact]
    public async Task A_new_deadline_reopens_a_reviewing_edition_and_rearms_the_automatic_reminder()
    {
        var year = await EditionAsync(EditionStatus.Reviewing, (Own, EntryStatus.Draft));
        await factory.WithDb(async db =>
        {
            (await db.DirectoryEditions.FindAsync(year))!.AutomaticReminderSentAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        var past = await factory.OnEditionAsync(year, (l, e) => l.ChangeDeadlineAsync(e, ReviewTesting.Day(-1), 7, e.ConcurrencyStamp));
        Assert.Equal(CycleOutcome.Invalid, past.Outcome);
        Assert.True(past.Errors!.ContainsKey("deadline"));
        var stale = await factory.OnEditionAsync(year, (l, e) => l.ChangeDeadlineAsync(e, ReviewTesting.Day(40), 7, Guid.NewGuid()));
        Assert.Equal(CycleOutcome.Conflict, stale.Outcome);
        Assert.Equal(EditionStatus.Reviewing, (await factory.EditionAsync(year)).Status);

        var moved = await factory.OnEditionAsync(year, (l, e) => l.ChangeDeadlineAsync(e, ReviewTesting.Day(40), 3, e.ConcurrencyStamp));
        Assert.True(moved.Succeeded, moved.Message);
        var edition = await factory.EditionAsync(year);
        Assert.Equal(EditionStatus.Collecting, edition.Status);
        Assert.Equal(ReviewTesting.Day(40), edition.Deadline);
        Assert.Equal(3, edition.ReminderDaysBefore);
        Assert.Null(edition.AutomaticReminderSentAt);
    }

    [Fact]
    public async Task Publishing_waits_for_every_approval_then_freezes_each_entry_as_version_1_and_corrections_add_versions()
    {
        var year = await EditionAsync(EditionStatus.Reviewing, (Own, EntryStatus.Approved), (Other, EntryStatus.Submitted));

        var early = await factory.OnEditionAsync(year, (l, e) => l.PublishAsync(e, e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.NotAllowed, early.Outcome);
        Assert.Contains("承認されていない登録内容が1件あります", early.Message);
        Assert.Equal(EditionStatus.Reviewing, (await factory.EditionAsync(year)).Status);
        Assert.Empty((await DirectoryData.EntryAsync(factory, year, Own)).Versions);

        Assert.True((await factory.OnEntryAsync(year, Other, (c, e) => c.ApproveAsync(e, e.ConcurrencyStamp, "secretariat@test"))).Succeeded);
        var stale = await factory.OnEditionAsync(year, (l, e) => l.PublishAsync(e, Guid.NewGuid(), "secretariat@test"));
        Assert.Equal(CycleOutcome.Conflict, stale.Outcome);
        var published = await factory.OnEditionAsync(year, (l, e) => l.PublishAsync(e, e.ConcurrencyStamp, "secretariat@test"));
        Assert.True(published.Succeeded, published.Message);

        var edition = await factory.EditionAsync(year);
        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.NotNull(edition.PublishedAt);
        foreach (var code in new[] { Own, Other })
        {
            var entry = await DirectoryData.EntryAsync(factory, year, code);
            var v1 = Assert.Single(entry.Versions);
            Assert.Equal(1, v1.Number);
            Assert.Equal(entry.Content.Name, v1.Content.Name);
            Assert.Contains(entry.Events, ev => ev.Kind == EntryEventKind.Published);
        }

        // Frozen: nobody saves, submits or returns any more; the secretariat corrects instead.
        var content = DirectoryData.SampleContent(Own, "訂正した名称");
        Assert.Equal(CycleOutcome.NotAllowed, (await factory.OnEntryAsync(year, Own, (c, e) => c.SaveDraftAsync(e, content, e.ConcurrencyStamp, "secretariat@test", bySecretariat: true))).Outcome);
        Assert.Equal(CycleOutcome.NotAllowed, (await factory.OnEntryAsync(year, Own, (c, e) => c.SubmitAsync(e, e.ConcurrencyStamp, "secretariat@test", bySecretariat: true))).Outcome);
        Assert.Equal(CycleOutcome.NotAllowed, (await factory.OnEntryAsync(year, Own, (c, e) => c.ReturnAsync(e, "差し戻し", e.ConcurrencyStamp, "secretariat@test"))).Outcome);
        Assert.Equal(CycleOutcome.NotAllowed, (await factory.OnEditionAsync(year, (l, e) => l.PublishAsync(e, e.ConcurrencyStamp, "secretariat@test"))).Outcome);

        var noNote = await factory.OnEntryAsync(year, Own, (c, e) => c.CorrectAsync(e, content, " ", e.ConcurrencyStamp, "secretariat@test"));
        Assert.Equal(CycleOutcome.Invalid, noNote.Outcome);
        Assert.True(noNote.Errors!.ContainsKey("changeNote"));
        var corrected = await factory.OnEntryAsync(year, Own, (c, e) => c.CorrectAsync(e, content, "名称の誤記を訂正", e.ConcurrencyStamp, "secretariat@test"));
        Assert.True(corrected.Succeeded, corrected.Message);
        var after = await DirectoryData.EntryAsync(factory, year, Own);
        Assert.Equal([1, 2], after.Versions.Select(v => v.Number).Order());
        var v2 = after.Versions.Single(v => v.Number == 2);
        Assert.Equal("名称の誤記を訂正", v2.ChangeNote);
        Assert.Equal("訂正した名称", v2.Content.Name);
        Assert.Equal("テスト国際交流協会230006", after.Versions.Single(v => v.Number == 1).Content.Name);
    }
}
