using Microsoft.EntityFrameworkCore;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>`seed-demo` adds the demo meetings once, after the accounts and the directory.</summary>
public class MeetingsDemoCommandTests
{
    [Fact]
    public async Task Seed_demo_adds_the_sample_meetings_once()
    {
        using var cli = new Renkei.Tests.Cli.Cli();
        Assert.Equal(0, (await cli.RunAsync("migrate")).ExitCode);

        var first = await cli.RunAsync("seed-demo");
        var second = await cli.RunAsync("seed-demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Sample meetings added: 令和3年度 地域国際化協会連絡協議会総会（書面開催）, 令和5年度 地域国際化協会連絡協議会総会, ", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Sample meetings: already there.", second.Out);
        Assert.Equal(5, await cli.QueryAsync(db => db.Meetings.CountAsync(m => m.IsSample)));
    }
}
