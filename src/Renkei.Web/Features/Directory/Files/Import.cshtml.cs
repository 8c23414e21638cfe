using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>Secretariat: load a past edition from an xlsx workbook in the export's layout; it is published as it is.</summary>
[Authorize(Policy = Policies.Secretariat)]
// A little above the import's own limit, so a slightly larger file still gets the clear message rather than a bare 413.
[RequestSizeLimit(DirectoryImport.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DirectoryImport.MaxBytes + 1024 * 1024)]
public class ImportModel(DirectoryImport import, CurrentActor actor, IStringLocalizer<FilesText> text) : PageModel
{
    public sealed class ImportInput
    {
        public string? FiscalYear { get; set; }
        public IFormFile? File { get; set; }
    }

    [BindProperty] public ImportInput Input { get; set; } = new();
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int MoreProblems { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var year = int.TryParse(InputText.Compact(Input.FiscalYear), out var y) ? y : (int?)null;
        if (year is null) ModelState.AddModelError("Input.FiscalYear", text["年度を西暦4桁で入力してください（例：2019）。"]);
        if (Input.File is not { Length: > 0 }) ModelState.AddModelError("Input.File", text["ファイルを選んでください。"]);
        else if (Input.File.Length > DirectoryImport.MaxBytes)
            ModelState.AddModelError("Input.File", text["ファイルが大きすぎます（{0} MBまで）。", DirectoryImport.MaxBytes / 1024 / 1024]);
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Input.File!.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await import.ImportAsync(buffer, year!.Value, actor.Name, ct);
        if (!result.Done)
        {
            Problems = result.Problems;
            MoreProblems = result.MoreProblems;
            return Page();
        }
        TempData["Flash"] = text["{0}のダイレクトリーを取り込み、公開しました（{1}協会）。", Infrastructure.Localization.FiscalYear.Label(year.Value, Localization.IsEnglish), result.Entries].Value;
        return Redirect($"/directory/{year}");
    }
}
