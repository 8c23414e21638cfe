using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Tests.DirectoryFeature;
using Renkei.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Who reads the minutes (page, PDF, API by one rule): members once approved, anyone when the results are public,
/// the secretariat always (a draft marked so); a non-invited association 404, anonymous sent to sign in.</summary>
public class MinutesReadingTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    static string Page(int id) => $"/meetings/{id}/minutes";
    static string Pdf(int id) => $"/meetings/{id}/minutes.pdf";
    static string Api(int id) => $"/api/v1/meetings/{id}/minutes";

    [Fact]
    public async Task Members_read_the_minutes_only_once_approved_and_a_non_invited_association_never()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        var member = await factory.SignedInClient(await factory.AssociationStaff("041009"));
        var outsider = await factory.SignedInClient(await factory.AssociationAdmin("270008"));
        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);

        foreach (var url in new[] { Page(meeting.Id), Pdf(meeting.Id), Api(meeting.Id) })
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(url)).StatusCode);
        var draft = await secretariat.GetPage(Page(meeting.Id));
        Assert.Contains("下書き（未承認）", draft.QuerySelector("#draft-notice")!.TextContent);
        Assert.Equal("draft", (await secretariat.GetFromJsonAsync<JsonElement>(Api(meeting.Id))).GetProperty("status").GetString());

        var page = await secretariat.GetPage(MinutesTesting.ManageUrl(meeting.Id));
        await secretariat.SubmitForm(page, "form#edit", new Dictionary<string, string> { ["Edit.Command"] = "approve" });

        var read = await member.GetPage(Page(meeting.Id));
        Assert.Contains("第1号議案", read.QuerySelector("#minutes-body")!.TextContent);
        Assert.Null(read.QuerySelector("#draft-notice"));
        Assert.True((await member.GetAsync(Page(meeting.Id))).Headers.CacheControl!.NoStore);
        var json = await member.GetFromJsonAsync<JsonElement>(Api(meeting.Id));
        Assert.Equal("approved", json.GetProperty("status").GetString());
        Assert.StartsWith($"{meeting.TitleJa} 議事録", json.GetProperty("bodyJa").GetString());
        Assert.StartsWith("Minutes: ", json.GetProperty("bodyEn").GetString());
        Assert.EndsWith("Z", json.GetProperty("approvedAt").GetString());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Pdf(meeting.Id))).StatusCode);

        foreach (var url in new[] { Page(meeting.Id), Pdf(meeting.Id), Api(meeting.Id) })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        var problem = await outsider.GetAsync(Api(meeting.Id));
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Anonymous_readers_sign_in_unless_the_results_are_public_and_then_anyone_reads_the_approved_minutes()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.ApproveAsync(secretariat, meeting.Id);
        var anonymous = factory.NewClient();

        var page = await anonymous.GetAsync(Page(meeting.Id));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        Assert.Contains("/account/login", (await anonymous.GetAsync(Pdf(meeting.Id))).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Api(meeting.Id))).StatusCode);

        await MinutesTesting.SetResultsPublicAsync(factory, meeting.Id, true);

        var read = await anonymous.GetPage(Page(meeting.Id));
        Assert.Contains("報告1", read.QuerySelector("#minutes-body")!.TextContent);
        Assert.NotNull(read.QuerySelector("a[href='/council']"));
        Assert.Null(read.QuerySelector($"a[href='/meetings/{meeting.Id}']"));
        Assert.Equal("approved", (await anonymous.GetFromJsonAsync<JsonElement>(Api(meeting.Id))).GetProperty("status").GetString());
        var outsider = await factory.SignedInClient(await factory.AssociationStaff("270008"));
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(Page(meeting.Id))).StatusCode);

        // Reopened for a correction: unpublished again, even though the results stay public.
        var manage = await secretariat.GetPage(MinutesTesting.ManageUrl(meeting.Id));
        await secretariat.SubmitForm(manage, "form#reopen");
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Page(meeting.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Page(meeting.Id))).StatusCode);
    }

    [Fact]
    public async Task An_english_reader_gets_the_english_text_or_the_japanese_one_said_so()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, MinutesTesting.NoElection);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.ApproveAsync(secretariat, meeting.Id);
        var member = await factory.SignedInClient(await factory.AssociationAdmin("230006"));

        var english = await member.GetPage(Page(meeting.Id) + "?culture=en");
        Assert.Equal("en", english.QuerySelector("#minutes-body")!.GetAttribute("lang"));
        Assert.Contains("Motion 1", english.QuerySelector("#minutes-body")!.TextContent);
        Assert.Null(english.QuerySelector("#no-english"));

        var manage = await secretariat.GetPage(MinutesTesting.ManageUrl(meeting.Id));
        await secretariat.SubmitForm(manage, "form#reopen");
        await secretariat.PostForm(MinutesTesting.ManageUrl(meeting.Id), "form#edit", new Dictionary<string, string> { ["Edit.BodyEn"] = "", ["Edit.Command"] = "approve" });

        var japaneseOnly = await member.GetPage(Page(meeting.Id) + "?culture=en");
        Assert.NotNull(japaneseOnly.QuerySelector("#no-english"));
        Assert.Equal("ja", japaneseOnly.QuerySelector("#minutes-body")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_pdf_is_a4_with_the_japanese_text_in_the_embedded_font_page_numbers_and_the_sample_mark()
    {
        var meeting = await MinutesTesting.HeldAsync(factory, m => { MinutesTesting.NoElection(m); m.IsSample = true; });
        var secretariat = await factory.SignedInClient(await factory.Secretariat());
        await MinutesTesting.GenerateAsync(secretariat, meeting.Id);
        // A long text runs over several pages.
        var longText = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"第{i}行　多文化共生の推進について意見が交わされた。"));
        await secretariat.PostForm(MinutesTesting.ManageUrl(meeting.Id), "form#edit",
            new Dictionary<string, string> { ["Edit.BodyJa"] = $"{meeting.TitleJa} 議事録\n{longText}", ["Edit.Command"] = "approve" });
        var member = await factory.SignedInClient(await factory.AssociationStaff("230006"));

        var response = await member.GetAsync(Pdf(meeting.Id));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} pages");
        var first = pdf.GetPage(1);
        Assert.InRange(first.Width, 594, 596);
        Assert.InRange(first.Height, 841, 843);
        Assert.Contains("サンプルデータ", first.Text);
        Assert.Contains("議事録", first.Text);
        Assert.Contains("多文化共生の推進について意見が交わされた。", first.Text);
        Assert.Contains($"1/{pdf.NumberOfPages}", first.Text.Replace(" ", ""));
        Assert.Contains("第120行", string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains($"{pdf.NumberOfPages}/{pdf.NumberOfPages}", pdf.GetPage(pdf.NumberOfPages).Text.Replace(" ", ""));
        Assert.Contains(first.Letters, l => l.FontName!.EndsWith("IPAexGothic", StringComparison.Ordinal));

        var english = await member.DownloadAsync(Pdf(meeting.Id) + "?culture=en");
        using var englishPdf = PdfDocument.Open(english);
        Assert.Contains("Sample data", englishPdf.GetPage(1).Text);
    }
}
