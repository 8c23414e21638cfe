namespace Renkei.Tests.Authorization;

/// <summary>Directory: the secretariat's editions, progress, reminders, review and publication.</summary>
public static class DirectoryReviewRules
{
    public static readonly Rule[] All =
    [
    ];
}
