namespace Renkei.Web.Features.Associations;

public static class RegistryClock
{
    /// <summary>Today's date on the server's clock, the date registry changes and memberships are judged by.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
