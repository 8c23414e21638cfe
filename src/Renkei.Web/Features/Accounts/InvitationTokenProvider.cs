using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Renkei.Web.Features.Accounts;

public class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;

/// <summary>
/// Invitation links: like password-reset tokens (bound to the user's security stamp, so a link stops
/// working once the password is set or a new invitation is sent) but valid for a week.
/// </summary>
public class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<RenkeiUser>> logger)
    : DataProtectorTokenProvider<RenkeiUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "invitation";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
}
