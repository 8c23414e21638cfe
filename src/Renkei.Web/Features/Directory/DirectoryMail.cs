using System.Text;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Infrastructure.Email;
using Renkei.Web.Infrastructure.Localization;

namespace Renkei.Web.Features.Directory;

/// <summary>The directory cycle's e-mails to association admins, each in the recipient's language, with a link straight to the entry.</summary>
public class DirectoryMail(Mailer mailer, IStringLocalizer<DirectoryText> text, DirectoryRecipients recipients, TimeProvider clock)
{
    public void Opened(RenkeiUser to, DirectoryEdition edition, string code)
    {
        using var _ = new CultureScope(to.PreferredCulture);
        var english = to.PreferredCulture == "en";
        var body = Start(to)
            .AppendLine(text["{0}のダイレクトリーの作成を始めました。昨年度の内容を下書きとして用意しています。", FiscalYear.Label(edition.FiscalYear, english)])
            .AppendLine(text["内容を確認・更新し、{0}までに提出してください。", JapanDate.Format(edition.Deadline, english)]).AppendLine()
            .AppendLine(recipients.EditLink(edition.FiscalYear, code));
        mailer.Enqueue(to.Email!, text["【連携】{0}ダイレクトリーの更新のお願い", FiscalYear.Label(edition.FiscalYear, english)], End(body));
    }

    public void Reminder(RenkeiUser to, DirectoryEdition edition, string code)
    {
        using var _ = new CultureScope(to.PreferredCulture);
        var english = to.PreferredCulture == "en";
        var today = JapanDate.Today(clock);
        var body = Start(to)
            .AppendLine(edition.IsPastDeadline(today)
                ? text["{0}のダイレクトリーの提出期限（{1}）を過ぎています。", FiscalYear.Label(edition.FiscalYear, english), JapanDate.Format(edition.Deadline, english)]
                : text["{0}のダイレクトリーの提出期限は{1}です。", FiscalYear.Label(edition.FiscalYear, english), JapanDate.Format(edition.Deadline, english)])
            .AppendLine(text["まだ提出されていません。内容を確認して提出してください。"]).AppendLine()
            .AppendLine(recipients.EditLink(edition.FiscalYear, code));
        mailer.Enqueue(to.Email!, text["【連携】ダイレクトリー提出のお願い（{0}）", FiscalYear.Label(edition.FiscalYear, english)], End(body));
    }

    public void Returned(RenkeiUser to, DirectoryEntry entry, string comment)
    {
        using var _ = new CultureScope(to.PreferredCulture);
        var english = to.PreferredCulture == "en";
        var body = Start(to)
            .AppendLine(text["{0}のダイレクトリーの登録内容が、事務局から差し戻されました。", FiscalYear.Label(entry.FiscalYear, english)]).AppendLine()
            .AppendLine(text["事務局からのコメント："]).AppendLine(comment).AppendLine()
            .AppendLine(text["修正して、もう一度提出してください。"])
            .AppendLine(recipients.EditLink(entry.FiscalYear, entry.AssociationCode));
        mailer.Enqueue(to.Email!, text["【連携】ダイレクトリーの差し戻し（{0}）", FiscalYear.Label(entry.FiscalYear, english)], End(body));
    }

    StringBuilder Start(RenkeiUser to) =>
        new StringBuilder().AppendLine(text["{0} 様", to.DisplayName is { Length: > 0 } n ? n : to.Email!]).AppendLine();

    string End(StringBuilder body) =>
        body.AppendLine().AppendLine(text["地域国際化協会連絡協議会 事務局"]).ToString();
}
