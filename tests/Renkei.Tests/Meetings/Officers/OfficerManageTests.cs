using System.Net;
using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>The secretariat's officer page: positions added and edited (with a conflict check), terms added by hand and
/// ended on a date, every refusal beside its field in the reader's language, nothing deleted.</summary>
public class OfficerManageTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Url = "/council/officers/manage";
    static readonly DateOnly Today = MeetingData.Today;

    static string Message(AngleSharp.Html.Dom.IHtmlDocument page, string field) => page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent;

    [Fact]
    public async Task A_new_position_is_added_and_bad_values_are_refused_field_by_field_in_japanese_and_english()
    {
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var name = OfficersTesting.Name("会計");

        var bad = await secretariat.PostForm(Url, "form#position-form", new Dictionary<string, string>
        {
            ["Position.NameJa"] = " ", ["Position.NameEn"] = new string('x', 101), ["Position.Seats"] = "0", ["Position.TermYears"] = "二", ["Position.SortOrder"] = "5",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = Forms.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Contains("役職名を入力してください。", Message(page, "Position.NameJa"));
        Assert.Contains("役職名（英語）は100文字以内で入力してください。", Message(page, "Position.NameEn"));
        Assert.Contains("定員は1から99までの数字で入力してください。", Message(page, "Position.Seats"));
        Assert.Contains("任期（年）は1から10までの数字で入力してください。", Message(page, "Position.TermYears"));
        Assert.Equal("", Message(page, "Position.SortOrder"));

        var english = await secretariat.PostForm(Url + "?culture=en", "form#position-form", new Dictionary<string, string> { ["Position.NameJa"] = "" });
        Assert.Contains("Enter Position name.", Message(Forms.Parse(await english.Content.ReadAsStringAsync()), "Position.NameJa"));

        var added = await secretariat.PostForm(Url + "?culture=ja", "form#position-form", new Dictionary<string, string>
        {
            ["Position.NameJa"] = name, ["Position.NameEn"] = "Treasurer", ["Position.Seats"] = "１", ["Position.TermYears"] = "2", ["Position.SortOrder"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var position = await factory.WithDb(db => db.OfficerPositions.AsNoTracking().SingleAsync(p => p.NameJa == name));
        Assert.Equal(("Treasurer", 1, 2, 5), (position.NameEn, position.Seats, position.TermYears, position.SortOrder));
        Assert.StartsWith("treasurer", position.Code);
        Assert.Contains(name, (await secretariat.GetPage(Url)).QuerySelector("select[name='Term.Position']")!.TextContent);

        var duplicate = await secretariat.PostForm(Url, "form#position-form", new Dictionary<string, string>
        {
            ["Position.NameJa"] = name, ["Position.NameEn"] = "Treasurer 2", ["Position.Seats"] = "1", ["Position.TermYears"] = "2", ["Position.SortOrder"] = "6",
        });
        Assert.Contains("同じ名前の役職がすでにあります。", Message(Forms.Parse(await duplicate.Content.ReadAsStringAsync()), "Position.NameJa"));
    }

    [Fact]
    public async Task Editing_a_position_someone_changed_meanwhile_is_a_conflict_and_keeps_their_values()
    {
        var id = await MinutesTesting.NewPositionAsync(factory);
        var first = await factory.SignedInClient(await factory.Secretariat());
        var second = await factory.SignedInClient(await factory.Secretariat());
        var firstPage = await first.GetPage($"{Url}?edit={id}");
        var secondPage = await second.GetPage($"{Url}?edit={id}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitForm(firstPage, "form#position-form", new Dictionary<string, string> { ["Position.Seats"] = "3" })).StatusCode);
        var stale = await second.SubmitForm(secondPage, "form#position-form", new Dictionary<string, string> { ["Position.NameEn"] = "Renamed by the second" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = Forms.Parse(await stale.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#refusal"));
        Assert.Equal("Renamed by the second", page.QuerySelector("input[name='Position.NameEn']")!.GetAttribute("value"));
        var stored = await factory.WithDb(db => db.OfficerPositions.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(3, stored.Seats);
        Assert.StartsWith("Test position", stored.NameEn);

        // The form now carries the current version: saving again is a deliberate choice.
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitForm(page, "form#position-form", new Dictionary<string, string> { ["Position.Seats"] = "3" })).StatusCode);
        Assert.Equal("Renamed by the second", (await factory.WithDb(db => db.OfficerPositions.AsNoTracking().SingleAsync(p => p.Id == id))).NameEn);
    }

    [Fact]
    public async Task A_term_is_recorded_by_hand_after_its_fields_are_checked()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var name = OfficersTesting.Name("歴代");

        var bad = await secretariat.PostForm(Url, "form#term-form", new Dictionary<string, string>
        {
            ["Term.Position"] = "", ["Term.PersonName"] = name, ["Term.Association"] = "999999", ["Term.From"] = "2019-05-20", ["Term.To"] = "2019-05-01",
        });
        var page = Forms.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Contains("役職を選んでください。", Message(page, "Term.Position"));
        Assert.Contains("協会を選んでください。", Message(page, "Term.Association"));
        Assert.Contains("終了日は就任日より後の日付にしてください。", Message(page, "Term.To"));
        Assert.Equal(name, page.QuerySelector("input[name='Term.PersonName']")!.GetAttribute("value"));
        var notADate = await secretariat.PostForm(Url, "form#term-form", new Dictionary<string, string> { ["Term.From"] = "令和元年" });
        Assert.Contains("就任日は 2025-05-22 の形式で入力してください。", Message(Forms.Parse(await notADate.Content.ReadAsStringAsync()), "Term.From"));
        Assert.False(await factory.WithDb(db => db.OfficerTerms.AnyAsync(t => t.PersonName == name)));

        var added = await secretariat.PostForm(Url, "form#term-form", new Dictionary<string, string>
        {
            ["Term.Position"] = position.ToString(), ["Term.PersonName"] = name, ["Term.PersonTitle"] = "会長", ["Term.Association"] = "２３０００６",
            ["Term.From"] = "2019/5/20", ["Term.To"] = "2021-05-24",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var term = await factory.WithDb(db => db.OfficerTerms.AsNoTracking().SingleAsync(t => t.PersonName == name));
        Assert.Equal((position, "230006", new DateOnly(2019, 5, 20), (DateOnly?)new DateOnly(2021, 5, 24), (int?)null),
            (term.OfficerPositionId, term.AssociationCode, term.From, term.To, term.ElectedAtItemId));
    }

    [Fact]
    public async Task A_term_is_ended_on_a_date_after_it_began_and_a_stale_form_is_a_conflict()
    {
        var position = await MinutesTesting.NewPositionAsync(factory);
        var term = await OfficersTesting.TermAsync(factory, position, OfficersTesting.Name("終了"), "230006", Today.AddYears(-1));
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var list = await secretariat.GetPage(Url);
        Assert.NotNull(list.QuerySelector($"a[href='{Url}?end={term.Id}#end-heading']"));
        Assert.DoesNotContain(list.QuerySelectorAll("button"), b => b.TextContent.Contains("削除"));
        var form = await secretariat.GetPage($"{Url}?end={term.Id}");

        var early = await secretariat.SubmitForm(form, "form#end-term", new Dictionary<string, string> { ["End.EndOn"] = OfficerIso(Today.AddYears(-2)) });
        Assert.Contains("終了日は就任日", Message(Forms.Parse(await early.Content.ReadAsStringAsync()), "End.EndOn"));

        var ended = await secretariat.SubmitForm(form, "form#end-term", new Dictionary<string, string> { ["End.EndOn"] = OfficerIso(Today) });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(Today, (await factory.WithDb(db => db.OfficerTerms.AsNoTracking().SingleAsync(t => t.Id == term.Id))).To);

        // The same form again: the term's end changed since it was shown.
        var stale = await secretariat.SubmitForm(form, "form#end-term", new Dictionary<string, string> { ["End.EndOn"] = OfficerIso(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull(Forms.Parse(await stale.Content.ReadAsStringAsync()).QuerySelector("#refusal"));
        Assert.Equal(Today, (await factory.WithDb(db => db.OfficerTerms.AsNoTracking().SingleAsync(t => t.Id == term.Id))).To);
    }

    [Fact]
    public async Task Association_users_may_not_manage_officers()
    {
        var admin = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(Url)).StatusCode);
        var anonymous = await factory.NewClient().GetAsync(Url);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }

    static string OfficerIso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
