using System.IO.Compression;
using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Meeting documents: the type is checked by extension and by content, the size is limited, and members
/// download them as attachments under their original (Japanese) names.</summary>
public class DocumentTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    async Task<HttpClient> SecretariatAsync() => await factory.SignedInClient(await factory.Secretariat());

    static string? Message(string html) => Forms.Parse(html).MessageFor("Upload.File");

    static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write("<x/>");
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_pdf_and_a_word_file_are_stored_with_their_names_and_a_content_type_of_our_own()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var motion = meeting.Item(AgendaItemKind.Motion);
        var client = await SecretariatAsync();

        var pdf = await client.UploadAsync(meeting.Id, "第1号議案 事業報告.pdf", ConveningTesting.Pdf, title: "議案書", itemId: motion.Id);
        var docx = await client.UploadAsync(meeting.Id, @"C:\Users\clair\Desktop\出欠票.docx", Zip("[Content_Types].xml", "word/document.xml"));

        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, docx.StatusCode);
        var stored = await factory.DocumentsAsync(meeting.Id);
        Assert.Equal(("議案書", "第1号議案 事業報告.pdf", "application/pdf", (int?)motion.Id), (stored[0].Title, stored[0].FileName, stored[0].ContentType, stored[0].AgendaItemId));
        Assert.Equal(ConveningTesting.Pdf, stored[0].Content);
        // The browser's folder is dropped, the title defaults to the name, and the type comes from what the file is.
        Assert.Equal(("出欠票", "出欠票.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (int?)null),
            (stored[1].Title, stored[1].FileName, stored[1].ContentType, stored[1].AgendaItemId));
    }

    [Theory]
    [InlineData("setup.exe", "MZ\u0090\u0000", "この種類のファイルは登録できません。")]
    [InlineData("議案書.pdf", "MZ\u0090\u0000 renamed program", "ファイルの中身が拡張子（.pdf）の種類と一致しません。")]
    [InlineData("page.png", "<html><script>alert(1)</script></html>", "ファイルの中身が拡張子（.png）の種類と一致しません。")]
    [InlineData("予算.xlsx", "%PDF-1.4 a pdf renamed", "ファイルの中身が拡張子（.xlsx）の種類と一致しません。")]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused(string name, string content, string message)
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();

        var response = await client.UploadAsync(meeting.Id, name, System.Text.Encoding.Latin1.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, Message(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await factory.DocumentsAsync(meeting.Id));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_file_is_refused_as_docx()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();

        var response = await client.UploadAsync(meeting.Id, "資料.docx", Zip("[Content_Types].xml", "xl/workbook.xml"));

        Assert.StartsWith("ファイルの中身が拡張子（.docx）", Message(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await factory.DocumentsAsync(meeting.Id));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_named()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();
        var big = new byte[MeetingDocument.MaxLength + 1];
        ConveningTesting.Pdf.CopyTo(big, 0);

        var response = await client.UploadAsync(meeting.Id, "大きな資料.pdf", big);

        Assert.Equal("ファイルが大きすぎます（10 MBまで）。", Message(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await factory.DocumentsAsync(meeting.Id));
        var exact = new byte[MeetingDocument.MaxLength];
        ConveningTesting.Pdf.CopyTo(exact, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(meeting.Id, "ちょうどの資料.pdf", exact)).StatusCode);
    }

    [Fact]
    public async Task Members_download_an_attachment_under_its_japanese_name_that_the_browser_must_not_sniff()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        await (await SecretariatAsync()).UploadAsync(meeting.Id, "議案書 2027.pdf", ConveningTesting.Pdf);
        var document = Assert.Single(await factory.DocumentsAsync(meeting.Id));
        var member = await factory.SignedInClient(await factory.AssociationStaff("230006"));

        var response = await member.GetAsync($"/meetings/{meeting.Id}/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("議案書 2027.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%E8%AD%B0%E6%A1%88%E6%9B%B8%202027.pdf", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(ConveningTesting.Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_document_is_404_to_the_uninvited_and_to_members_while_the_meeting_is_a_draft()
    {
        var convened = await MeetingData.CreateAsync(factory, "230006");
        var draft = await MeetingData.CreateAsync(factory, ["230006"], m => m.Status = MeetingStatus.Draft);
        var secretariat = await SecretariatAsync();
        await secretariat.UploadAsync(convened.Id, "a.pdf", ConveningTesting.Pdf);
        await secretariat.UploadAsync(draft.Id, "b.pdf", ConveningTesting.Pdf);
        var onConvened = Assert.Single(await factory.DocumentsAsync(convened.Id)).Id;
        var onDraft = Assert.Single(await factory.DocumentsAsync(draft.Id)).Id;
        var member = await factory.SignedInClient(await factory.AssociationAdmin("230006"));
        var outsider = await factory.SignedInClient(await factory.AssociationAdmin("041009"));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/meetings/{convened.Id}/documents/{onConvened}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/meetings/{draft.Id}/documents/{onDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/meetings/{convened.Id}/documents/{onDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync($"/meetings/{draft.Id}/documents/{onDraft}")).StatusCode);
        var anonymous = await factory.NewClient().GetAsync($"/meetings/{convened.Id}/documents/{onConvened}");
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_secretariat_deletes_a_document()
    {
        var meeting = await MeetingData.CreateAsync(factory, "230006");
        var client = await SecretariatAsync();
        await client.UploadAsync(meeting.Id, "古い資料.pdf", ConveningTesting.Pdf);

        var response = await client.PostForm($"/meetings/manage/{meeting.Id}/agenda", "#document-list form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await factory.DocumentsAsync(meeting.Id));
    }
}
