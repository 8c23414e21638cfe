using System.ComponentModel.DataAnnotations;

namespace Renkei.Web.Features.Accounts;

/// <summary>A new password typed twice: used when resetting, accepting an invitation and changing it.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "{0}を入力してください。")]
    [StringLength(128, ErrorMessage = "{0}は{1}文字以内で入力してください。")]
    [Display(Name = "新しいパスワード")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "{0}を入力してください。")]
    [Compare(nameof(NewPassword), ErrorMessage = "パスワードが一致しません。")]
    [Display(Name = "新しいパスワード（確認）")]
    public string ConfirmPassword { get; set; } = "";
}
