using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Associations;

/// <summary>
/// Loads the 6 blocks and 63 associations shipped in ReferenceData/ (see its README for provenance).
/// Idempotent: adds what is missing and never overwrites, since the secretariat edits the registry in the app.
/// </summary>
public static class ReferenceData
{
    /// <summary>The date the shipped list describes (MIC's certifications as of 2023-04-01).</summary>
    public static readonly DateOnly AsOf = new(2023, 4, 1);

    record BlockRow(string Block, string NameJa, string NameEn);

    record AssociationRow(string LocalGovCode, string Kind, string PrefectureCode, string Prefecture, string PrefectureEn,
        string City, string CityEn, string NameJa, string LegalForm, string NameEn, string WebsiteDomain, string Block);

    public static async Task LoadAsync(RenkeiDbContext db, CancellationToken ct = default)
    {
        var blocks = Read<BlockRow>("blocks.csv");
        var knownBlocks = await db.Blocks.Select(b => b.Id).ToListAsync(ct);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!knownBlocks.Contains(b.Block))
                db.Blocks.Add(new Block { Id = b.Block, NameJa = b.NameJa, NameEn = b.NameEn, SortOrder = i + 1 });
        }

        var knownCodes = await db.Associations.IgnoreAutoIncludes().Select(a => a.Code).ToListAsync(ct);
        foreach (var r in Read<AssociationRow>("associations.csv").Where(r => !knownCodes.Contains(r.LocalGovCode)))
        {
            db.Associations.Add(new Association
            {
                Code = r.LocalGovCode,
                Kind = r.Kind == "designated-city" ? AssociationKind.DesignatedCity : AssociationKind.Prefecture,
                PrefectureCode = r.PrefectureCode,
                Prefecture = r.Prefecture,
                PrefectureEn = r.PrefectureEn,
                City = NullIfEmpty(r.City),
                CityEn = NullIfEmpty(r.CityEn),
                Versions =
                [
                    AssociationVersion.From(new AssociationDetails(r.NameJa, null, NullIfEmpty(r.NameEn), r.LegalForm,
                        string.IsNullOrEmpty(r.WebsiteDomain) ? null : $"https://{r.WebsiteDomain}/", r.Block), AsOf),
                ],
            });
        }
        await db.SaveChangesAsync(ct);
    }

    static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static List<T> Read<T>(string file)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream($"Renkei.Web.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data {file} is not embedded.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Replace("_", "").ToLowerInvariant(),
            HeaderValidated = null,
            MissingFieldFound = null,
        });
        return csv.GetRecords<T>().ToList();
    }
}
