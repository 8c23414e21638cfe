using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Accounts;

/// <summary>
/// The e-mails of the accounts feature, written in the recipient's language and queued in the outbox.
/// Links start with <see cref="PublicBaseUrl"/>.
/// </summary>
public class AccountMail(Mailer mailer, IStringLocalizer<AccountsText> text, PublicBaseUrl baseUrl)
{
    public string BaseUrl => baseUrl.Value;

    /// <summary>A token as it travels in a link (Identity tokens contain + and /).</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }

    /// <summary>A link for this user; it opens the page in the user's language.</summary>
    public string Link(string path, RenkeiUser user, string token)
    {
        var query = new Dictionary<string, string?> { ["user"] = user.Id, ["code"] = EncodeToken(token) };
        if (user.PreferredCulture == "en") query["culture"] = "en";
        return QueryHelpers.AddQueryString(BaseUrl + path, query);
    }

    public void Invitation(RenkeiUser invitee, string token, string inviter, Associations.AssociationVersion? association)
    {
        var link = Link("/account/invitation", invitee, token);
        using var _ = new CultureScope(invitee.PreferredCulture);
        var organisation = association?.DisplayName(invitee.PreferredCulture == "en") ?? text["地域国際化協会連絡協議会 事務局"];
        var body = new StringBuilder()
            .AppendLine(Greeting(invitee)).AppendLine()
            .AppendLine(text["地域国際化協会連絡協議会の業務システム「連携」に招待されました。"])
            .AppendLine(text["所属：{0}", organisation])
            .AppendLine(text["招待した人：{0}", inviter]).AppendLine()
            .AppendLine(text["次のリンクを開いて、パスワードを設定してください（有効期限は{0}日間です）。", InvitationTokenProvider.Lifetime.Days])
            .AppendLine(link).AppendLine()
            .AppendLine(text["お心当たりがない場合は、このメールを破棄してください。"]);
        mailer.Enqueue(invitee.Email!, text["【連携】招待のお知らせ"], body.ToString());
    }

    public void PasswordReset(RenkeiUser user, string token)
    {
        var link = Link("/account/reset-password", user, token);
        using var _ = new CultureScope(user.PreferredCulture);
        var body = new StringBuilder()
            .AppendLine(Greeting(user)).AppendLine()
            .AppendLine(text["パスワードの再設定を受け付けました。次のリンクを開いて、新しいパスワードを設定してください（有効期限は3時間です）。"])
            .AppendLine(link).AppendLine()
            .AppendLine(text["再設定を申し込んでいない場合は、このメールを破棄してください。パスワードは変わりません。"]);
        mailer.Enqueue(user.Email!, text["【連携】パスワードの再設定"], body.ToString());
    }

    string Greeting(RenkeiUser user) => text["{0} 様", user.DisplayName is { Length: > 0 } n ? n : user.Email!];
}
