namespace Renkei.Web.Features.Associations;

public static class RegistryClock
{
    /// <summary>
    /// Today in Japan, the date registry changes and memberships are judged by: the same day the public
    /// pages use (<see cref="JapanDate.Today"/>), whatever time zone the server runs in.
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => JapanDate.Today(clock);
}
