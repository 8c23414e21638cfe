using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;

namespace Renkei.Web.Features.Disasters.Demo;

/// <summary>
/// Made-up preparedness (平常時の備え) for every member association: a 24-hour phone and e-mail, a backup person,
/// dispatchable staff, volunteer interpreters and translators by language, remote support. Phone numbers use the
/// unallocated 0X0-0000 range, e-mails the demo domain, people the directory demo's made-up family names, so nothing
/// points at a real office or person. Each association's figures come from a generator seeded by its code (the same on
/// every machine); a few were last confirmed more than 12 months ago so that 要確認 shows. Every row is sample data.
/// </summary>
static class DemoPreparedness
{
    /// <summary>Last confirmed 13 to 18 months ago: one in Chubu (Aichi's block), one each in four other blocks.</summary>
    public static readonly IReadOnlySet<string> Stale = new HashSet<string> { "180009", "050008", "090000", "350001", "450006" };

    // Given names not used by the meetings demo, so a backup person is not mistaken for someone there.
    static readonly string[] GivenNames = ["一夫", "春香", "栄治", "美穂", "康夫", "早苗", "茂", "綾", "正人", "理恵", "哲也", "奈緒", "隆", "静香", "悟", "弥生"];

    static readonly string[] Positions = ["事務局次長", "総務課長", "主任", "多文化共生課長", "係長"];

    static readonly string[] RemoteNotes =
    [
        "オンライン会議（Zoom・Teams）での通訳と、翻訳ボランティアによる在宅での翻訳に対応できます。",
        "電話通訳（三者通話）に対応できます。平日9時から17時。",
        "ビデオ通話での通訳と、お知らせの翻訳（当日中）に対応できます。",
        "翻訳のみ対応できます（登録ボランティアが在宅で作業）。",
    ];

    // Prefectures with many Brazilian and other Portuguese-speaking residents (Gunma, Gifu, Shizuoka, Aichi, Mie, Shiga).
    static readonly HashSet<string> Portuguese = ["10", "21", "22", "23", "24", "25"];
    static readonly HashSet<string> Metropolitan = ["11", "12", "13", "14", "23", "26", "27", "28", "40"];

    public static Preparedness For(Association association, int index, DateTime now)
    {
        var code = association.Code;
        var random = new Random(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
        var size = (Metropolitan.Contains(association.PrefectureCode) ? 1.6 : 1.0) * (association.Kind == AssociationKind.DesignatedCity ? 0.8 : 1.0);
        var confirmed = Stale.Contains(code) ? now.AddDays(-random.Next(400, 550)) : now.AddDays(-random.Next(10, 330));
        var by = DemoData.Accounts.FirstOrDefault(a => a.AssociationCode == code && a.Role == Roles.AssociationAdmin)?.Email ?? $"admin@{code}.demo.renkei.jp";
        var remote = random.NextDouble() < 0.5;
        var preparedness = new Preparedness
        {
            AssociationCode = code,
            Phone24h = Phone(index, 0),
            Email = $"bousai@{code}.demo.renkei.jp",
            BackupName = $"{DemoCatalogue.FamilyNames[index % DemoCatalogue.FamilyNames.Length]} {GivenNames[index * 3 % GivenNames.Length]}（{Positions[index % Positions.Length]}）",
            BackupPhone = Phone(index, 1),
            BackupEmail = $"backup@{code}.demo.renkei.jp",
            DispatchableStaff = Math.Min(4, random.Next(0, 4) + (size > 1.2 ? 1 : 0)),
            RemoteSupport = remote,
            RemoteSupportNote = remote ? RemoteNotes[random.Next(RemoteNotes.Length)] : null,
            ConfirmedAt = confirmed,
            ConfirmedBy = by,
            UpdatedAt = confirmed,
            UpdatedBy = by,
            IsSample = true,
        };
        foreach (var (language, interpreters, translators) in Languages(association, random, size))
            preparedness.Languages.Add(new PreparednessLanguage { AssociationCode = code, Language = language, Interpreters = interpreters, Translators = translators });
        return preparedness;
    }

    /// <summary>090-0000-1001 style, cycling 090/080/070; the backup person's numbers start at 5001.</summary>
    static string Phone(int index, int backup) => $"0{9 - (index + backup) % 3}0-0000-{(backup == 0 ? 1001 : 5001) + index:D4}";

    /// <summary>
    /// Registered volunteers by language, in the proportions associations commonly report: English, Chinese, Easy
    /// Japanese, Vietnamese and Filipino everywhere; Portuguese where Brazilian communities live; Korean more in Kinki and
    /// Kyushu; Nepali growing; a few rarer languages in the big cities. Translators are a share of the interpreters.
    /// </summary>
    static IEnumerable<(string Language, int Interpreters, int Translators)> Languages(Association a, Random random, double size)
    {
        var pref = a.PrefectureCode;
        var korean = (string.CompareOrdinal(pref, "25") >= 0 && string.CompareOrdinal(pref, "30") <= 0) || string.CompareOrdinal(pref, "40") >= 0 ? 2.0 : 1.0;
        var ranges = new List<(string Code, int Min, int Max)>
        {
            ("en", 10, 40), ("zh", 5, 20), ("ja-easy", 5, 25), ("vi", 3, 15), ("tl", 2, 10),
            ("pt", Portuguese.Contains(pref) ? 8 : 0, Portuguese.Contains(pref) ? 25 : 4),
            ("ko", (int)(2 * korean), (int)(10 * korean)), ("ne", 0, 6), ("es", 0, Portuguese.Contains(pref) ? 8 : 4), ("id", 0, 3),
        };
        if (size > 1.2) ranges.AddRange([("th", 0, 4), ("my", 0, 3), ("fr", 1, 6), ("ru", 0, 3)]);
        foreach (var (code, min, max) in ranges)
        {
            var interpreters = (int)Math.Round(random.Next(min, max + 1) * size);
            var translators = (int)Math.Round(interpreters * (0.3 + random.NextDouble() * 0.3));
            if (interpreters + translators > 0) yield return (code, interpreters, translators);
        }
    }
}
