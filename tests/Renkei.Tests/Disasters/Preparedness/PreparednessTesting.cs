using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Disasters;

namespace Renkei.Tests.DisastersFeature;

/// <summary>What the preparedness tests share: rows written straight to the database, rows read back, form values.</summary>
public static class PreparednessTesting
{
    /// <summary>Replaces the association's preparedness with a registered one (24-hour phone, e-mail, Vietnamese and
    /// English volunteers), confirmed <paramref name="confirmedDaysAgo"/> days ago; <paramref name="configure"/> changes it.</summary>
    public static Task<Preparedness> SetAsync(RenkeiFactory factory, string code, int confirmedDaysAgo = 10, Action<Preparedness>? configure = null) =>
        factory.WithDb(async db =>
        {
            await db.Preparedness.Where(p => p.AssociationCode == code).ExecuteDeleteAsync();
            var confirmed = DateTime.UtcNow.AddDays(-confirmedDaysAgo);
            var row = new Preparedness
            {
                AssociationCode = code,
                Phone24h = "090-1111-2222",
                Email = $"bousai.{code}@example.jp",
                BackupName = "予備 花子",
                BackupPhone = "052-111-2222",
                DispatchableStaff = 2,
                RemoteSupport = true,
                RemoteSupportNote = "電話通訳（ベトナム語）",
                ConfirmedAt = confirmed,
                ConfirmedBy = "admin@test.renkei.jp",
                UpdatedAt = confirmed,
                UpdatedBy = "admin@test.renkei.jp",
                Languages =
                [
                    new PreparednessLanguage { AssociationCode = code, Language = "vi", Interpreters = 3, Translators = 1 },
                    new PreparednessLanguage { AssociationCode = code, Language = "en", Interpreters = 5, Translators = 2 },
                ],
            };
            configure?.Invoke(row);
            db.Preparedness.Add(row);
            await db.SaveChangesAsync();
            return row;
        });

    /// <summary>Removes the association's preparedness, as before anyone registered it.</summary>
    public static Task ClearAsync(RenkeiFactory factory, string code) =>
        factory.WithDb(db => db.Preparedness.Where(p => p.AssociationCode == code).ExecuteDeleteAsync());

    public static Task<Preparedness?> StoredAsync(RenkeiFactory factory, string code) =>
        factory.WithDb(db => db.Preparedness.AsNoTracking().Include(p => p.Languages).SingleOrDefaultAsync(p => p.AssociationCode == code));

    /// <summary>The edit form's index of a support language (the form lists every language in the list's order).</summary>
    public static int Row(string language) => SupportLanguages.All.Select(l => l.Code).ToList().IndexOf(language);

    /// <summary>Valid edit-form values; override what the test is about.</summary>
    public static Dictionary<string, string> FormValues(string phone = "０９０－２２２２－３３３３") => new()
    {
        ["Input.Phone24h"] = phone,
        ["Input.Email"] = "kinkyu@example.jp",
        ["Input.BackupName"] = "防災 太郎",
        ["Input.BackupPhone"] = "+81 52 222 3333",
        ["Input.BackupEmail"] = "",
        ["Input.DispatchableStaff"] = "3",
        ["Input.RemoteSupport"] = "true",
        ["Input.RemoteSupportNote"] = "ビデオ通訳（ポルトガル語）",
        [$"Input.Languages[{Row("pt")}].Interpreters"] = "4",
        [$"Input.Languages[{Row("pt")}].Translators"] = "2",
        [$"Input.Languages[{Row("ne")}].Interpreters"] = "1",
    };
}
