using System.Net;
using Renkei.Tests.Infrastructure;
using static Renkei.Tests.DirectoryFeature.EditingTesting;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>Two people editing one entry: the second gets the conflict message with their input kept, sees what the first saved, and saves again only on purpose.</summary>
public class EntryConflictTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    [Fact]
    public async Task The_second_save_keeps_its_input_shows_the_first_and_overwrites_only_when_sent_again()
    {
        var year = await EditionWithEntryAsync(factory);
        var first = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var second = await factory.SignedInClient(await factory.AssociationStaff("230006"));
        var firstPage = await first.GetPage(EditUrl(year));
        var secondPage = await second.GetPage(EditUrl(year));

        var saved = await first.SubmitForm(firstPage, Form, new Dictionary<string, string>
        {
            ["Input.RepresentativeName"] = "先に保存した代表者",
            ["Input.MemberTypes[0].Count"] = "200",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var afterFirst = await DirectoryData.EntryAsync(factory, year, "230006");

        var stale = await second.SubmitForm(secondPage, Form, new Dictionary<string, string>
        {
            ["Input.RepresentativeName"] = "後から入力した代表者",
            ["Input.Address"] = "後から入力した住所",
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = Forms.Parse(await stale.Content.ReadAsStringAsync());
        var conflict = page.GetElementById("conflict")!;
        Assert.Contains("ほかの人が先にこの登録内容を更新しました", conflict.TextContent);
        // What the other person saved, beside what this person typed, for each field that differs.
        var rows = conflict.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("代表者氏名") && r.Contains("後から入力した代表者") && r.Contains("先に保存した代表者"));
        Assert.Contains(rows, r => r.Contains("会員種別1：会員数") && r.Contains("200"));
        Assert.Contains(rows, r => r.Contains("住所") && r.Contains("後から入力した住所"));
        Assert.Equal("後から入力した代表者", page.ValueOf("f-representativeName"));
        Assert.Equal("後から入力した住所", page.ValueOf("f-address"));
        var now = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(afterFirst.ConcurrencyStamp, now.ConcurrencyStamp);
        Assert.Equal("先に保存した代表者", now.Content.RepresentativeName);
        // The form now carries the current stamp: sending it again is a deliberate overwrite.
        Assert.Equal(now.ConcurrencyStamp.ToString(), page.QuerySelector("input[name='Input.ConcurrencyStamp']")!.GetAttribute("value"));

        var again = await second.SubmitForm(page, Form);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await DirectoryData.EntryAsync(factory, year, "230006");
        Assert.Equal(("後から入力した代表者", "後から入力した住所"), (final.Content.RepresentativeName, final.Content.Address));
    }

    [Fact]
    public async Task A_form_without_a_valid_stamp_is_a_conflict_not_a_blind_overwrite()
    {
        var year = await EditionWithEntryAsync(factory);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var before = await DirectoryData.EntryAsync(factory, year, "230006");

        var response = await admin.SubmitForm(await admin.GetPage(EditUrl(year)), Form,
            new Dictionary<string, string> { ["Input.ConcurrencyStamp"] = "not-a-stamp", ["Input.Name"] = "上書きしない" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync()).GetElementById("conflict"));
        Assert.Equal(before.Content.Name, (await DirectoryData.EntryAsync(factory, year, "230006")).Content.Name);
    }
}
