using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Renkei.Web.Features.Shared;

/// <summary>Anyone: the page shown for errors and status codes (404, 403, 400, 408, 413, 500) on pages.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }

    // After an exception the page is re-executed at /error, with the status already chosen (400 for a body the server
    // could not read, see UnreadableRequests).
    public void OnGet(int? code) => Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);

    // Error pages are re-executed for any method; they answer POSTs the same way.
    public void OnPost(int? code) => OnGet(code);

    public string Title(IViewLocalizer l) => Code switch
    {
        404 => l["ページが見つかりません"].Value,
        403 => l["この操作の権限がありません"].Value,
        400 => l["リクエストが正しくありません"].Value,
        408 => l["送信に時間がかかりすぎました"].Value,
        413 => l["送信された内容が大きすぎます"].Value,
        _ => l["エラーが発生しました"].Value,
    };

    public string Explanation(IViewLocalizer l) => Code switch
    {
        404 => l["お探しのページは存在しないか、移動しました。"].Value,
        403 => l["このページを見る権限がありません。別のアカウントでログインしてください。"].Value,
        400 => l["入力内容を確認して、もう一度お試しください。"].Value,
        408 => l["通信状態のよいところで、もう一度お試しください。"].Value,
        413 => l["ファイルを小さくするか、分けて送ってください。"].Value,
        _ => l["しばらくしてからもう一度お試しください。問題が続く場合は事務局にお問い合わせください。"].Value,
    };
}
