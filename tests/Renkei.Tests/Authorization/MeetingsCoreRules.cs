namespace Renkei.Tests.Authorization;

/// <summary>Meetings: the lead's placeholder list; each part adds its own Meetings&lt;Part&gt;Rules.cs and a line in AuthorizationRules.All.</summary>
public static class MeetingsCoreRules
{
    public static readonly Rule[] All = [];
}
