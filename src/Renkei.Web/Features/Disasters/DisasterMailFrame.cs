using System.Text;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Email;

namespace Renkei.Web.Features.Disasters;

/// <summary>
/// Whom a disaster e-mail is written to, and in which language: an association's address (<see cref="AssociationCode"/>
/// set), or one of the secretariat's users (no association; <see cref="Person"/> is their name when they gave one).
/// </summary>
public sealed record DisasterRecipient(string Email, string Culture, string? AssociationCode, string? Person = null)
{
    public static DisasterRecipient Of(ContactAddress contact) => new(contact.Email, contact.Culture, contact.AssociationCode);
}

/// <summary>
/// What every disaster e-mail (declaration, support, closing) has around its own lines, worded once so that they read
/// as from one sender: the greeting, the drill line, the sign-off, and the subject with 【訓練】 and 【連携】, cut to
/// what the outbox holds. The sign-off names the council's disaster support rather than its secretariat: most of these
/// mails pass on what an association did, not the secretariat's word. Mail is only queued, in the caller's save.
/// </summary>
public class DisasterMailFrame(Mailer mailer, IStringLocalizer<DisasterText> t)
{
    const int MaxSubject = 300;

    /// <summary>One mail to each recipient, as given (callers de-duplicate where one address should get one mail).</summary>
    /// <param name="nameOf">An association's name in a language, for the greeting.</param>
    /// <param name="compose">The subject without its prefixes and the body's own lines, written in the recipient's
    /// language (the current culture while it runs).</param>
    /// <returns>How many mails were queued.</returns>
    public int Send(IEnumerable<DisasterRecipient> to, Disaster d, Func<string?, bool, string> nameOf,
        Func<DisasterRecipient, bool, (string Subject, StringBuilder Body)> compose)
    {
        var sent = 0;
        foreach (var r in to)
        {
            using var _ = new CultureScope(r.Culture);
            var english = r.Culture == "en";
            var (subject, body) = compose(r, english);
            var text = new StringBuilder().AppendLine(Greeting(r, nameOf, english)).AppendLine();
            if (d.IsDrill) text.AppendLine(t["【訓練】これは訓練です。実際の災害ではありません。"]).AppendLine();
            text.Append(body).AppendLine().AppendLine(t["地域国際化協会連絡協議会 災害時広域支援"]);
            subject = DisasterLabels.DrillPrefix(d.IsDrill, english) + t["【連携】"] + subject;
            mailer.Enqueue(r.Email, subject.Length > MaxSubject ? subject[..MaxSubject] : subject, text.ToString());
            sent++;
        }
        return sent;
    }

    string Greeting(DisasterRecipient r, Func<string?, bool, string> nameOf, bool english) =>
        r.Person is { } person ? t["{0} 様", person]
        : r.AssociationCode is { } code ? t["{0} ご担当者様", nameOf(code, english)]
        : t["事務局 ご担当者様"];
}
