using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Published editions shaped for the reading tests, and small readers for their pages.</summary>
static class ReadingData
{
    /// <summary>A published edition of its own year with an entry (version 1) per code.</summary>
    public static async Task<int> PublishedAsync(RenkeiFactory factory, params string[] codes)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, EditionStatus.Published, codes);
        return year;
    }

    /// <summary>Changes an entry's published content in place (version 1), as if it had been published so.</summary>
    public static Task ChangeAsync(RenkeiFactory factory, int year, string code, Action<EntryContent> change) =>
        factory.WithDb(async db =>
        {
            var entry = await db.DirectoryEntries.Include(e => e.Versions).SingleAsync(e => e.FiscalYear == year && e.AssociationCode == code);
            var content = entry.Content.Copy();
            change(content);
            entry.Content = content;
            foreach (var v in entry.Versions) v.Content = content.Copy();
            await db.SaveChangesAsync();
        });

    /// <summary>A correction after publication: a new version with its note, as the secretariat's correction makes it.</summary>
    public static Task CorrectAsync(RenkeiFactory factory, int year, string code, Action<EntryContent> change, string note) =>
        factory.WithDb(async db =>
        {
            var entry = await db.DirectoryEntries.Include(e => e.Versions).SingleAsync(e => e.FiscalYear == year && e.AssociationCode == code);
            var content = entry.Content.Copy();
            change(content);
            entry.Content = content;
            entry.Versions.Add(new DirectoryEntryVersion
            {
                Number = entry.Versions.Max(v => v.Number) + 1,
                Content = content.Copy(),
                ChangeNote = note,
                CreatedAt = DateTime.UtcNow,
                CreatedBy = "test",
            });
            await db.SaveChangesAsync();
        });

    public static Task MarkSampleAsync(RenkeiFactory factory, int year) =>
        factory.WithDb(async db =>
        {
            (await db.DirectoryEditions.SingleAsync(e => e.FiscalYear == year)).IsSample = true;
            await db.SaveChangesAsync();
        });

    public static string TextOf(this IParentNode node, string selector) =>
        node.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");

    /// <summary>The entry codes linked from the cards of an edition page, in page order.</summary>
    public static List<string> CardCodes(this IParentNode page, int year, string scope = "") =>
        page.QuerySelectorAll($"{scope} .directory-card h3 a")
            .Select(a => a.GetAttribute("href")!)
            .Select(h => h[$"/directory/{year}/".Length..])
            .ToList();

    public static bool RedirectsToLogin(this HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Redirect
        && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
}
