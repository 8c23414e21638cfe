namespace Renkei.Tests.Authorization;

/// <summary>Directory: exports, imports and their pages.</summary>
public static class DirectoryFilesRules
{
    public static readonly Rule[] All =
    [
        // A published edition's files: anyone (members-only fields for members). An unpublished edition's are the
        // secretariat's working copies and 404 for everyone else: DirectoryFeature.XlsxExportTests covers that.
        new("GET /directory/{fiscalYear:int}.xlsx", Access.Anyone, d => $"/directory/{d.PublishedYear}.xlsx"),
        new("GET /directory/{fiscalYear:int}.csv", Access.Anyone, d => $"/directory/{d.PublishedYear}.csv"),
        new("GET /directory/{fiscalYear:int}.pdf", Access.Anyone, d => $"/directory/{d.PublishedYear}.pdf"),
        new("GET /directory/{fiscalYear:int}.json", Access.Anyone, d => $"/directory/{d.PublishedYear}.json"),
        new("GET /directory/template.xlsx", Access.Secretariat),
        new("PAGE /directory/manage/import", Access.Secretariat),
    ];
}
