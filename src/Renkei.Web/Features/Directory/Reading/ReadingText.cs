using System.Security.Claims;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Audit;

namespace Renkei.Web.Features.Directory;

/// <summary>Marker for the reading part's messages outside views (ReadingText.en.resx holds their English).</summary>
public class ReadingText;

/// <summary>What the reading pages and API share: who counts as a member, and dates as the directory shows them.</summary>
public static class DirectoryReading
{
    /// <summary>Members (any signed-in council user, the secretariat included) may read members-only fields.</summary>
    public static bool IsMember(ClaimsPrincipal user) => Roles.All.Any(user.IsInRole);

    /// <summary>A stored UTC time as the day it was in Japan: 2024年7月1日 or 1 Jul 2024.</summary>
    public static string Day(DateTime utc, bool english) => JapanDate.Format(DateOnly.FromDateTime(JapanTime.FromUtc(utc)), english);
}
