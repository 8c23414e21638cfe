using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts;

/// <summary>Role and account-status names as people read them.</summary>
public static class RoleNames
{
    public static string Label(string? role, IStringLocalizer<AccountsText> text) => role switch
    {
        Roles.SecretariatAdmin => text["事務局管理者"],
        Roles.AssociationAdmin => text["協会管理者"],
        Roles.AssociationStaff => text["協会職員"],
        _ => text["（役割なし）"],
    };

    public static string Status(bool isActive, bool invitationPending, IStringLocalizer<AccountsText> text) =>
        !isActive ? text["無効"] : invitationPending ? text["招待中"] : text["有効"];
}
