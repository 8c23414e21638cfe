using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Convening;

/// <summary>Secretariat: a meeting's documents (議案書, 資料), for the whole meeting or one agenda item; members download them.</summary>
public class MeetingDocuments(RenkeiDbContext db, CurrentActor actor, TimeProvider clock, IStringLocalizer<ConveningText> t)
{
    public async Task<StepResult> UploadAsync(int meetingId, int? itemId, string? title, IFormFile? file, CancellationToken ct = default)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)) return new StepResult(StepOutcome.NotFound);
        if (itemId is { } id && !await db.AgendaItems.AnyAsync(i => i.Id == id && i.MeetingId == meetingId, ct))
            return StepResult.Invalid("item", t["この会議の議題を選んでください。"]);
        if (file is not { Length: > 0 }) return StepResult.Invalid("file", t["ファイルを選んでください。"]);
        if (file.Length > MeetingDocument.MaxLength)
            return StepResult.Invalid("file", t["ファイルが大きすぎます（{0} MBまで）。", MeetingDocument.MaxLength / 1024 / 1024]);
        var name = DocumentFiles.CleanName(file.FileName);
        if (!DocumentFiles.IsKnownExtension(name))
            return StepResult.Invalid("file", t["この種類のファイルは登録できません。PDF、Word、Excel、PowerPoint、画像（PNG・JPEG・GIF・WebP）を選んでください。"]);
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        var kind = DocumentFiles.Recognise(name, content);
        if (kind is null)
            return StepResult.Invalid("file", t["ファイルの中身が拡張子（{0}）の種類と一致しません。壊れているか、別の種類のファイルです。", Path.GetExtension(name)]);
        var cleanTitle = ConveningInput.Line(title) ?? Path.GetFileNameWithoutExtension(name);
        if (cleanTitle.Length > 300) return StepResult.Invalid("title", t["{0}は{1}文字以内で入力してください。", t["資料名"], 300]);
        db.MeetingDocuments.Add(new MeetingDocument
        {
            MeetingId = meetingId, AgendaItemId = itemId, Title = cleanTitle, FileName = name, ContentType = kind.ContentType,
            Content = content, Length = content.Length, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = actor.Name,
        });
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    public async Task<StepResult> DeleteAsync(int meetingId, int documentId, CancellationToken ct = default)
    {
        var document = await db.MeetingDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, ct);
        if (document is null) return new StepResult(StepOutcome.NotFound);
        db.MeetingDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    /// <summary>The documents' descriptions (not their bytes), in upload order.</summary>
    public Task<List<DocumentSummary>> ListAsync(int meetingId, CancellationToken ct = default) =>
        db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id)
            .Select(d => new DocumentSummary(d.Id, d.AgendaItemId, d.Title, d.FileName, d.ContentType, d.Length, d.UploadedAt))
            .ToListAsync(ct);
}

/// <summary>A document without its content, for lists.</summary>
public sealed record DocumentSummary(int Id, int? AgendaItemId, string Title, string FileName, string ContentType, long Length, DateTime UploadedAt)
{
    public string Size => Length >= 1024 * 1024 ? $"{Length / 1024.0 / 1024.0:0.0} MB" : $"{Math.Max(1, Length / 1024)} KB";
}
