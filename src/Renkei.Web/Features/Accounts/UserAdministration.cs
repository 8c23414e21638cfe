using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Accounts;

/// <summary>A user as the user pages and the API show one.</summary>
public record UserRow(string Id, string Email, string? DisplayName, string? Role, string? AssociationCode,
    bool IsActive, bool InvitationPending, bool TwoFactorEnabled, string PreferredCulture, DateTime CreatedAt, string? ConcurrencyStamp);

public record InvitationRequest(string? Email, string? Role, string? AssociationCode, string? DisplayName, string? Culture);

public enum Outcome { Done, NotFound, Forbidden, Invalid }

/// <summary>The result of a change: what happened and, when invalid, a message per input field.</summary>
public record Change(Outcome Outcome, Dictionary<string, string[]>? Errors = null, RenkeiUser? User = null)
{
    public static Change Fail(string field, string message) => new(Outcome.Invalid, new() { [field] = [message] });
}

/// <summary>
/// Who may see and change which users, shared by the /users pages and /api/v1/users: the secretariat
/// everyone, an association admin only the users of their own association (anyone else is not found).
/// </summary>
public class UserAdministration(RenkeiDbContext db, UserManager<RenkeiUser> users, AccountMail mail, IStringLocalizer<AccountsText> text)
{
    public IQueryable<RenkeiUser> Visible(ClaimsPrincipal caller) =>
        caller.IsSecretariat() ? db.Users
        : caller.IsInRole(Roles.AssociationAdmin) && caller.AssociationCodeOf() is { } code ? db.Users.Where(u => u.AssociationCode == code)
        : db.Users.Where(u => false);

    public IQueryable<UserRow> Rows(IQueryable<RenkeiUser> query) =>
        query.Select(u => new UserRow(u.Id, u.Email!, u.DisplayName,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            u.AssociationCode, u.IsActive, u.PasswordHash == null, u.TwoFactorEnabled, u.PreferredCulture, u.CreatedAt, u.ConcurrencyStamp));

    /// <summary>The roles this caller may give: the secretariat any, an association admin those of an association.</summary>
    public static string[] InvitableRoles(ClaimsPrincipal caller) =>
        caller.IsSecretariat() ? Roles.All
        : caller.IsInRole(Roles.AssociationAdmin) ? [Roles.AssociationAdmin, Roles.AssociationStaff]
        : [];

    /// <summary>Creates the account without a password and e-mails the invitee a link to choose one.</summary>
    public async Task<Change> InviteAsync(ClaimsPrincipal caller, InvitationRequest request)
    {
        var email = AccountInput.Clean(request.Email);
        var role = AccountInput.Clean(request.Role);
        var displayName = AccountInput.Optional(request.DisplayName);
        var code = AccountInput.Optional(request.AssociationCode);
        if (!Roles.All.Contains(role)) return Change.Fail(nameof(request.Role), text["役割を選んでください。"]);
        if (!InvitableRoles(caller).Contains(role)) return new(Outcome.Forbidden);

        if (!caller.IsSecretariat())
        {
            // An association admin invites only into their own association.
            if (code is not null && code != caller.AssociationCodeOf()) return new(Outcome.Forbidden);
            code = caller.AssociationCodeOf();
        }
        var errors = new Dictionary<string, string[]>();
        if (email.Length == 0) errors[nameof(request.Email)] = [text["メールアドレスを入力してください。"]];
        else if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email)) errors[nameof(request.Email)] = [text["メールアドレスの形式が正しくありません。"]];
        else if (await users.FindByEmailAsync(email) is not null) errors[nameof(request.Email)] = [text["このメールアドレスの利用者はすでに登録されています。"]];
        if (displayName?.Length > 100) errors[nameof(request.DisplayName)] = [text["表示名は100文字以内で入力してください。"]];

        Associations.AssociationVersion? association = null;
        if (Roles.BelongsToAssociation(role))
        {
            association = code is null ? null : await db.AssociationVersions
                .Where(v => v.AssociationCode == code && v.ValidTo == null && db.Associations.Any(a => a.Code == code && a.WithdrawnOn == null))
                .OrderByDescending(v => v.ValidFrom).FirstOrDefaultAsync();
            if (association is null) errors[nameof(request.AssociationCode)] = [text["所属する協会を選んでください。"]];
        }
        else if (code is not null) errors[nameof(request.AssociationCode)] = [text["事務局の利用者には協会を選べません。"]];
        if (errors.Count > 0) return new(Outcome.Invalid, errors);

        var invitee = new RenkeiUser
        {
            UserName = email, Email = email, DisplayName = displayName, AssociationCode = association?.AssociationCode,
            PreferredCulture = AccountInput.Culture(request.Culture),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(invitee);
        if (!created.Succeeded) return Change.Fail(nameof(request.Email), text["このメールアドレスは使えません。"]);
        await users.AddToRoleAsync(invitee, role);
        await SendInvitationAsync(caller, invitee, association);
        await transaction.CommitAsync();
        return new(Outcome.Done, User: invitee);
    }

    /// <summary>A new link for an invitation not yet accepted; the previous link stops working.</summary>
    public async Task<Change> ResendInvitationAsync(ClaimsPrincipal caller, string id)
    {
        var invitee = await Visible(caller).FirstOrDefaultAsync(u => u.Id == id);
        if (invitee is null) return new(Outcome.NotFound);
        if (invitee.PasswordHash is not null || !invitee.IsActive) return Change.Fail("", text["この利用者には招待を送り直せません。"]);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.UpdateSecurityStampAsync(invitee);
        var association = invitee.AssociationCode is null ? null
            : await db.AssociationVersions.Where(v => v.AssociationCode == invitee.AssociationCode && v.ValidTo == null).OrderByDescending(v => v.ValidFrom).FirstOrDefaultAsync();
        await SendInvitationAsync(caller, invitee, association);
        await transaction.CommitAsync();
        return new(Outcome.Done, User: invitee);
    }

    async Task SendInvitationAsync(ClaimsPrincipal caller, RenkeiUser invitee, Associations.AssociationVersion? association)
    {
        var token = await users.GenerateUserTokenAsync(invitee, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var inviter = caller.FindFirstValue(RenkeiClaims.DisplayName) is { } name ? $"{name} <{caller.FindFirstValue(ClaimTypes.Email)}>" : caller.FindFirstValue(ClaimTypes.Email) ?? "";
        mail.Invitation(invitee, token, inviter, association);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Deactivates or re-activates a user. Changing the security stamp ends the user's sessions and
    /// tokens at their next check; one cannot deactivate oneself (the council would lose its last admin).
    /// </summary>
    public async Task<Change> SetActiveAsync(ClaimsPrincipal caller, string id, bool active)
    {
        var user = await Visible(caller).FirstOrDefaultAsync(u => u.Id == id);
        if (user is null) return new(Outcome.NotFound);
        if (!active && user.Id == caller.UserId()) return Change.Fail("", text["自分自身のアカウントは無効にできません。"]);
        if (user.IsActive == active) return new(Outcome.Done, User: user);
        user.IsActive = active;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? new(Outcome.Done, User: user) : Change.Fail("", text["ほかの人が同時にこの利用者を変更しました。もう一度お試しください。"]);
    }
}
