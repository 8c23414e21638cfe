using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Accounts.Users;

/// <summary>Admin: the secretariat sees every user (filter by association); an association admin their own association's users.</summary>
[Authorize(Policy = Policies.Admin)]
public class IndexModel(UserAdministration admin, RenkeiDbContext db) : PageModel
{
    /// <summary>An association code, "secretariat", or empty for everyone (the secretariat's filter).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Association { get; set; }

    public List<UserRow> Rows { get; private set; } = [];
    public List<AssociationChoices.Choice> Associations { get; private set; } = [];
    public bool Secretariat => User.IsSecretariat();

    public string AssociationName(string? code) =>
        code is null ? "" : Associations.FirstOrDefault(a => a.Code == code)?.Name ?? code;

    public async Task OnGetAsync()
    {
        Associations = await AssociationChoices.CurrentAsync(db, Localization.IsEnglish);
        var query = admin.Visible(User);
        if (Secretariat && AccountInput.Optional(Association) is { } code)
            query = code == "secretariat" ? query.Where(u => u.AssociationCode == null) : query.Where(u => u.AssociationCode == code);
        Rows = await admin.Rows(query.OrderBy(u => u.AssociationCode).ThenBy(u => u.Email)).AsNoTracking().ToListAsync();
    }
}
