using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Renkei.Web.Features.Home;

/// <summary>Anyone: what the council is and does, its six blocks and their members.</summary>
[AllowAnonymous]
public class IndexModel : PageModel
{
    public void OnGet() { }
}
