using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Renkei.Web.Features.Accounts.Profile;

/// <summary>Member (any signed-in user): their new recovery codes, shown once right after they are made.</summary>
[Authorize(Policy = Policies.Member)]
public class RecoveryCodesModel : PageModel
{
    public string[] Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        // The codes live only in TempData, so they are shown once and never stored in readable form.
        if (TempData[TwoFactorModel.RecoveryCodesKey] is not string codes || codes.Length == 0) return Redirect("/account/two-factor");
        Codes = codes.Split(' ');
        return Page();
    }
}
