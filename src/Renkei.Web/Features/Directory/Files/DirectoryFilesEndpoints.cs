using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;
using Renkei.Web.Features.Accounts;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>
/// Anyone: an edition's files (xlsx, csv, pdf, json) once published, members-only fields for signed-in members only.
/// Secretariat: the same files of an unpublished edition (working copies, marked so; 404 for everyone else) and the import template.
/// </summary>
public static class DirectoryFilesEndpoints
{
    delegate void Writer(EditionFile file, Stream output);

    /// <summary>The exports' loader and the import, shared by these routes, the import page and the command line.</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<DirectoryExports>();
        services.AddScoped<DirectoryImport>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/directory").ExcludeFromDescription();
        files.MapGet("/{fiscalYear:int}.xlsx", (int fiscalYear, HttpContext http, DirectoryExports exports, CancellationToken ct) =>
            SendAsync(fiscalYear, http, exports, "xlsx", DirectoryXlsx.ContentType, DirectoryXlsx.Write, ct)).AllowAnonymous().CacheOutput(DirectoryFileCache.Instance);
        files.MapGet("/{fiscalYear:int}.csv", (int fiscalYear, HttpContext http, DirectoryExports exports, CancellationToken ct) =>
            SendAsync(fiscalYear, http, exports, "csv", DirectoryCsv.ContentType, DirectoryCsv.Write, ct)).AllowAnonymous().CacheOutput(DirectoryFileCache.Instance);
        files.MapGet("/{fiscalYear:int}.pdf", (int fiscalYear, HttpContext http, DirectoryExports exports, CancellationToken ct) =>
            SendAsync(fiscalYear, http, exports, "pdf", DirectoryPdf.ContentType, DirectoryPdf.Write, ct)).AllowAnonymous().CacheOutput(DirectoryFileCache.Instance);
        files.MapGet("/{fiscalYear:int}.json", (int fiscalYear, HttpContext http, DirectoryExports exports, CancellationToken ct) =>
            SendAsync(fiscalYear, http, exports, "json", DirectoryJsonExport.ContentType, DirectoryJsonExport.Write, ct)).AllowAnonymous().CacheOutput(DirectoryFileCache.Instance);
        files.MapGet("/template.xlsx", (HttpContext http) =>
        {
            var bytes = Render(DirectoryXlsx.WriteTemplate);
            Attach(http, "ダイレクトリー取込用テンプレート.xlsx", "renkei-directory-template.xlsx", privateCopy: true);
            return Results.Bytes(bytes, DirectoryXlsx.ContentType);
        }).RequireAuthorization(new AuthorizeAttribute { Policy = Policies.Secretariat });
    }

    /// <summary>Members (any signed-in association user or the secretariat) read members-only fields.</summary>
    public static bool IsMember(ClaimsPrincipal user) => Roles.All.Any(user.IsInRole);

    static async Task<IResult> SendAsync(int fiscalYear, HttpContext http, DirectoryExports exports, string extension, string contentType,
        Writer write, CancellationToken ct)
    {
        var members = IsMember(http.User);
        var file = await exports.LoadAsync(fiscalYear, members, http.User.IsSecretariat(), ct);
        if (file is null) return Results.NotFound();
        // The writers are synchronous (the libraries are); Kestrel refuses synchronous writes to the response.
        var bytes = Render(output => write(file, output));
        Attach(http, file.FileName(extension), file.AsciiFileName(extension), privateCopy: members || file.WorkingCopy);
        return Results.Bytes(bytes, contentType);
    }

    static byte[] Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    /// <summary>attachment; filename="renkei-directory-2024.xlsx"; filename*=UTF-8''ダイレクトリー2024年度.xlsx (RFC 6266/5987).</summary>
    static void Attach(HttpContext http, string name, string asciiName, bool privateCopy)
    {
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = asciiName, FileNameStar = name }.ToString();
        // Members' copies carry members-only fields: no shared cache may keep them.
        if (privateCopy) http.Response.Headers.CacheControl = "private, no-store";
    }
}
