using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>What the editing tests share: an edition of their own with one entry, the form's selector and checkbox ticks.</summary>
public static class EditingTesting
{
    public const string Form = "form#entry-form";

    /// <summary>A new edition (a year of its own) with the association's entry in the given state and content.</summary>
    public static async Task<int> EditionWithEntryAsync(RenkeiFactory factory, string code = "230006",
        EditionStatus edition = EditionStatus.Collecting, EntryStatus status = EntryStatus.Draft, EntryContent? content = null, DateOnly? deadline = null)
    {
        var year = await DirectoryData.FreeYearAsync(factory);
        await DirectoryData.CreateEditionAsync(factory, year, edition, [(code, status)], deadline);
        if (content is not null) await SetContentAsync(factory, year, code, content);
        return year;
    }

    public static Task SetContentAsync(RenkeiFactory factory, int year, string code, EntryContent content) =>
        factory.WithDb(async db =>
        {
            var entry = await db.DirectoryEntries.Include(e => e.Versions).SingleAsync(e => e.FiscalYear == year && e.AssociationCode == code);
            entry.Content = content;
            foreach (var v in entry.Versions) v.Content = content.Copy();
            entry.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync();
        });

    public static string EditUrl(int year, string code = "230006") => $"/directory/{year}/{code}/edit";

    /// <summary>Ticks (or unticks) a checkbox in a page before <see cref="Forms.SubmitForm"/> reads it, as a person would.</summary>
    public static void Tick(this IHtmlDocument page, string id, bool on = true)
    {
        var box = page.GetElementById(id) as IHtmlInputElement ?? throw new InvalidOperationException($"No checkbox #{id}.");
        box.IsChecked = on;
    }

    public static string? ValueOf(this IHtmlDocument page, string id) => page.GetElementById(id) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlSelectElement select => select.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => null,
    };

    public static string Json(EntryContent content) => DirectoryJson.Serialize(content);
}
