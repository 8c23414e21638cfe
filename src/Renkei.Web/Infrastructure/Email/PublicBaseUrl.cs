using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Renkei.Web.Infrastructure.Email;

/// <summary>
/// Where links in e-mails start. Renkei:PublicBaseUrl when set (behind a proxy the request's host may be an
/// internal one); else the current request's scheme and host; else, in a background job, the first address
/// the server listens on. Shared by every feature that mails a link.
/// </summary>
public class PublicBaseUrl(IConfiguration config, IHttpContextAccessor http, IServiceProvider services)
{
    public string Value
    {
        get
        {
            if (config["Renkei:PublicBaseUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
            if (http.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{request.PathBase}";
            // With no request and no listening address (the command line, a test host) only the configured
            // setting could say more: set Renkei:PublicBaseUrl in production so that mailed links are right.
            var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
            return address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").TrimEnd('/');
        }
    }

    public override string ToString() => Value;
}
