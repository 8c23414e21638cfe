using Microsoft.EntityFrameworkCore;

namespace Renkei.Tests.DisastersFeature;

/// <summary>`seed-demo` adds the disaster demo data once, after the accounts, the directory and the meetings.</summary>
public class DisastersDemoCommandTests
{
    [Fact]
    public async Task Seed_demo_adds_the_preparedness_and_the_two_drills_once()
    {
        using var cli = new Renkei.Tests.Cli.Cli();
        Assert.Equal(0, (await cli.RunAsync("migrate")).ExitCode);

        var first = await cli.RunAsync("seed-demo");
        var second = await cli.RunAsync("seed-demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"Sample disaster support added: 平常時の備え 63協会, \d{4}年度 ブロック間合同訓練（南海トラフ地震想定）, \d{4}年度 中部ブロック風水害訓練（木曽川氾濫想定）\.", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Sample disaster support: already there.", second.Out);
        Assert.Equal((2, 2), await cli.QueryAsync(async db => (await db.Disasters.CountAsync(d => d.IsSample && d.IsDrill), await db.Disasters.CountAsync())));
        Assert.Equal(63, await cli.QueryAsync(db => db.Preparedness.CountAsync()));
    }
}
