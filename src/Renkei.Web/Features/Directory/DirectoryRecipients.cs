using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Directory;

/// <summary>Who the directory's e-mails go to, and the links they carry.</summary>
public class DirectoryRecipients(RenkeiDbContext db, PublicBaseUrl baseUrl)
{
    /// <summary>The active admins of each association (the people who submit the entry).</summary>
    public Task<ILookup<string, RenkeiUser>> AdminsOfAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default) =>
        AssociationAdmins.OfAsync(db, codes, ct);

    public string EditLink(int fiscalYear, string code) => $"{baseUrl.Value}/directory/{fiscalYear}/{code}/edit";
}
