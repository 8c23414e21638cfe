using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Renkei.Web.Features.Accounts;

/// <summary>Identity's messages that reach people (passwords, links), in the reader's language.</summary>
public class RenkeiErrorDescriber(IStringLocalizer<AccountsText> text) : IdentityErrorDescriber
{
    IdentityError Error(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["パスワードは{0}文字以上にしてください。", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["パスワードには数字を1文字以上含めてください。"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["パスワードには英小文字を1文字以上含めてください。"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["パスワードには英大文字を1文字以上含めてください。"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["パスワードには記号を1文字以上含めてください。"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["パスワードには{0}種類以上の文字を使ってください。", uniqueChars]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["現在のパスワードが正しくありません。"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["このリンクは無効か、有効期限が切れています。"]);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), text["この招待はすでに使われています。"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["ほかの人が同時にこの利用者を変更しました。もう一度お試しください。"]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["このメールアドレスの利用者はすでに登録されています。"]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["このメールアドレスの利用者はすでに登録されています。"]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["メールアドレスの形式が正しくありません。"]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["このメールアドレスは使えません。"]);
}
