namespace Renkei.BrowserTests.Infrastructure;

/// <summary>
/// The app's clock in browser tests: real time plus an offset a journey may move forward (a deadline passing) and must
/// set back when it ends. Real time keeps running underneath, so pages, cookies and timeouts behave as usual.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
