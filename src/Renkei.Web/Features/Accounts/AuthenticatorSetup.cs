using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace Renkei.Web.Features.Accounts;

/// <summary>What a person needs to add Renkei to an authenticator app: the key, readable, and a QR code.</summary>
public static class AuthenticatorSetup
{
    public const string Issuer = "Renkei";

    /// <summary>The Base32 key in groups of four, lower case: easier to type by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) result.Append(' ');
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The otpauth URI that authenticator apps read from the QR code (Key URI Format).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(email)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";

    /// <summary>The QR code as inline SVG markup, scaled by CSS through its viewBox.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
