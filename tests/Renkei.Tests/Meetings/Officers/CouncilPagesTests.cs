using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The public council page (current officers, assemblies with public results and minutes, nothing members-only)
/// and the officer register with its history.</summary>
public class CouncilPagesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static readonly DateOnly Today = MeetingData.Today;

    [Fact]
    public async Task The_council_page_shows_todays_officers_with_their_associations_and_not_past_ones()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var current = OfficersTesting.Name("現任");
        var past = OfficersTesting.Name("前任");
        await OfficersTesting.TermAsync(factory, position, past, "041009", Today.AddYears(-4), Today.AddYears(-2));
        await OfficersTesting.TermAsync(factory, position, current, "230006", Today.AddYears(-2));

        var page = await factory.NewClient().GetPage("/council");

        var table = page.QuerySelector("#current-officers")!;
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(current));
        Assert.Contains("テスト役職", row.QuerySelector("th")!.TextContent);
        Assert.Contains("愛知県国際交流協会", row.TextContent);
        Assert.Contains("理事長", row.TextContent);
        Assert.DoesNotContain(past, table.TextContent);
        Assert.Contains(Web.Features.Associations.JapanDate.Format(Today, false), table.QuerySelector("caption")!.TextContent);
        Assert.Contains("クレア", page.QuerySelector(".lead")!.TextContent);

        var english = await factory.NewClient().GetPage("/council?culture=en");
        Assert.Contains("Aichi International Association", english.QuerySelector("#current-officers")!.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(current)).TextContent);
    }

    [Fact]
    public async Task Only_closed_assemblies_with_public_results_are_listed_and_nothing_members_only_is_shown()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var published = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        await MinutesTesting.ApproveAsync(secretariat, published.Id);
        await MinutesTesting.SetResultsPublicAsync(factory, published.Id, true);
        var withoutMinutes = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        await MinutesTesting.SetResultsPublicAsync(factory, withoutMinutes.Id, true);
        var membersOnly = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        await MinutesTesting.ApproveAsync(secretariat, membersOnly.Id);
        var steering = await MinutesTesting.HeldAsync(factory, m => { MinutesTesting.NoElection(m); m.Kind = MeetingKind.SteeringCommittee; m.ResultsPublic = true; });
        var upcoming = await MeetingData.CreateAsync(factory, ["230006"], m => m.ResultsPublic = true);

        var page = await factory.NewClient().GetPage("/council");

        var list = page.QuerySelector("#assemblies")!;
        var item = list.Children.Single(li => li.TextContent.Contains(published.TitleJa));
        Assert.NotNull(item.QuerySelector($"a[href='/meetings/{published.Id}/results']"));
        Assert.NotNull(item.QuerySelector($"a[href='/meetings/{published.Id}/minutes']"));
        Assert.NotNull(item.QuerySelector($"a[href='/meetings/{published.Id}/minutes.pdf']"));
        var other = list.Children.Single(li => li.TextContent.Contains(withoutMinutes.TitleJa));
        Assert.NotNull(other.QuerySelector($"a[href='/meetings/{withoutMinutes.Id}/results']"));
        Assert.Null(other.QuerySelector($"a[href='/meetings/{withoutMinutes.Id}/minutes']"));
        var html = page.DocumentElement.OuterHtml;
        foreach (var hidden in new[] { membersOnly, steering, upcoming })
        {
            Assert.DoesNotContain(hidden.TitleJa, html);
            Assert.DoesNotContain($"/meetings/{hidden.Id}/", html);
        }
        Assert.DoesNotContain("meet.example.jp", html);
        Assert.DoesNotContain("愛知 一郎", html);
    }

    [Fact]
    public async Task The_register_lists_every_term_by_position_with_the_item_that_elected_it()
    {
        var position = await MinutesTesting.NewPositionAsync(factory, seats: 2);
        var byHand = OfficersTesting.Name("手入力");
        await OfficersTesting.TermAsync(factory, position, byHand, "041009", Today.AddYears(-4), Today);
        var meeting = await MinutesTesting.HeldAsync(factory, m =>
        {
            MinutesTesting.OwnPosition(m, position);
            m.ResultsPublic = true;
            foreach (var c in m.Items.SelectMany(i => i.Candidates)) c.TermFrom = Today;
        });

        var page = await factory.NewClient().GetPage("/council/officers");

        var section = page.QuerySelector($"#position-{position}")!.ParentElement!;
        var rows = section.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("候補 太郎", rows[0].TextContent);
        Assert.Contains("在任", rows[0].TextContent);
        var elected = rows[0].QuerySelector($"a[href='/meetings/{meeting.Id}/results']")!;
        Assert.Equal($"{meeting.TitleJa} 第2号議案", elected.TextContent.Trim());
        Assert.Contains(byHand, rows[1].TextContent);
        Assert.Contains("事務局が記録", rows[1].TextContent);
        Assert.DoesNotContain("在任", rows[1].TextContent);
        Assert.Null(page.QuerySelector("a[href='/council/officers/manage']"));

        var english = await factory.NewClient().GetPage("/council/officers?culture=en");
        var englishRow = english.QuerySelector($"#position-{position}")!.ParentElement!.QuerySelector("tbody tr")!;
        Assert.Contains("Test general assembly, Motion 2", englishRow.TextContent);
    }

    [Fact]
    public async Task The_council_pages_are_open_to_anyone()
    {
        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/council")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/council/officers")).StatusCode);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        Assert.NotNull((await secretariat.GetPage("/council/officers")).QuerySelector("a[href='/council/officers/manage']"));
    }
}
