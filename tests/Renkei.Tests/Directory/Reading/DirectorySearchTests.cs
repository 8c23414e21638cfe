using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Directory;

namespace Renkei.Tests.DirectoryFeature;

/// <summary>The directory's search and filters as a plain rule: Japanese typed every which way finds the same entries.</summary>
public class DirectorySearchTests
{
    static readonly Block Chubu = new() { Id = "chubu", NameJa = "中部", NameEn = "Chubu", SortOrder = 3 };
    static readonly Block Kinki = new() { Id = "kinki", NameJa = "近畿", NameEn = "Kinki", SortOrder = 4 };
    static readonly string[] BlockIds = ["hokkaido-tohoku", "kanto", "chubu", "kinki", "chugoku-shikoku", "kyushu"];

    static PublishedEntry Entry(string code, Block block, Action<EntryContent>? change = null, bool members = false, string? registryName = null)
    {
        var content = DirectoryData.SampleContent(code);
        change?.Invoke(content);
        var association = new Association
        {
            Code = code,
            PrefectureCode = code[..2],
            Prefecture = "愛知県",
            PrefectureEn = "Aichi",
            Versions = [new AssociationVersion { Name = registryName ?? $"登録名{code}", NameKana = "トウロクメイ", NameEn = "Registered Name", LegalForm = "公益財団法人", BlockId = block.Id }],
        };
        return new PublishedEntry(2100, code, association, block, 1, DateTime.UtcNow, null, members ? content : content.ForPublic(), members);
    }

    static DirectoryFilter Query(string? q = null, string? block = null, string? legalForm = null, string? category = null, string? language = null)
    {
        var filter = DirectorySearch.Parse(block, legalForm, category, language, q, BlockIds, out var unknown);
        Assert.Empty(unknown);
        return filter;
    }

    static bool Finds(PublishedEntry entry, string q) => DirectorySearch.Matches(entry, Query(q));

    [Theory]
    [InlineData("ラウンジ")]        // katakana as stored
    [InlineData("らうんじ")]        // hiragana finds katakana
    [InlineData("ﾗｳﾝｼﾞ")]          // half-width katakana
    [InlineData("こくさいこうりゅう")] // hiragana against the katakana reading テストコクサイコウリュウキョウカイ
    public void Kana_is_matched_whether_typed_in_hiragana_katakana_or_half_width(string q) =>
        Assert.True(Finds(Entry("230006", Chubu), q));

    [Theory]
    [InlineData("２３０００６")]      // full-width digits in the English name "... 230006"
    [InlineData("ＴＥＳＴ　ＩＮＴＥＲＮＡＴＩＯＮＡＬ")] // full-width letters and the ideographic space
    [InlineData("test international")]
    [InlineData("Consultation for foreign residents")] // a category's English label
    [InlineData("quarterly")]        // a frequency in English
    public void Full_width_and_case_do_not_matter_and_english_texts_count(string q) =>
        Assert.True(Finds(Entry("230006", Chubu), q));

    [Fact]
    public void Every_term_must_match_somewhere()
    {
        var entry = Entry("230006", Chubu);
        Assert.True(Finds(entry, "相談 ラウンジ 名古屋"));
        Assert.False(Finds(entry, "相談 札幌"));
        Assert.True(Finds(entry, "  "));
    }

    [Fact]
    public void A_term_does_not_straddle_two_fields()
    {
        // The name ends in …協会230006 and the kana starts with テスト: "230006テスト" joins two fields.
        var entry = Entry("230006", Chubu);
        Assert.True(Finds(entry, "協会230006"));
        Assert.False(Finds(entry, "230006テスト"));
    }

    [Fact]
    public void The_registry_name_is_searched_too() =>
        Assert.True(Finds(Entry("230006", Chubu, registryName: "あいち国際プラザ"), "アイチ国際"));

    [Fact]
    public void Members_only_fields_are_searched_for_members_only()
    {
        Assert.False(Finds(Entry("230006", Chubu), "佐藤"));
        Assert.True(Finds(Entry("230006", Chubu, members: true), "佐藤"));
    }

    [Fact]
    public void Filters_select_by_block_legal_form_category_and_language()
    {
        var aichi = Entry("230006", Chubu);
        var kyoto = Entry("260002", Kinki, c =>
        {
            c.LegalForm = "npo";
            c.Projects = [new Project { Name = "日本語教室", Category = "japanese-language" }];
            c.ConsultationLanguages = ["ne"];
        });
        PublishedEntry[] all = [aichi, kyoto];

        Assert.Equal([kyoto], DirectorySearch.Apply(all, Query(block: "kinki")));
        Assert.Equal([kyoto], DirectorySearch.Apply(all, Query(block: "ＫＩＮＫＩ")));
        Assert.Equal([kyoto], DirectorySearch.Apply(all, Query(legalForm: "特定非営利活動法人")));
        Assert.Equal([aichi], DirectorySearch.Apply(all, Query(category: "consultation")));
        Assert.Equal([kyoto], DirectorySearch.Apply(all, Query(category: "日本語教育")));
        Assert.Equal([kyoto], DirectorySearch.Apply(all, Query(language: "Nepali")));
        Assert.Equal([aichi], DirectorySearch.Apply(all, Query(language: "vi", legalForm: "public-foundation", q: "名古屋")));
        Assert.Empty(DirectorySearch.Apply(all, Query(language: "ne", block: "chubu")));
        Assert.Equal(all, DirectorySearch.Apply(all, DirectoryFilter.None));
    }

    [Fact]
    public void Unknown_filter_values_are_named_and_left_out()
    {
        var filter = DirectorySearch.Parse("atlantis", "guild", "cooking", "klingon", "x", BlockIds, out var unknown);

        Assert.Equal(["block", "legalForm", "category", "language"], unknown);
        Assert.Null(filter.Block);
        Assert.Null(filter.LegalForm);
        Assert.Equal(["x"], filter.Terms);
    }

    [Fact]
    public void Terms_are_folded_and_deduplicated()
    {
        Assert.Equal(["コクサイ", "abc"], DirectorySearch.Terms("こくさい　ＡＢＣ コクサイ abc"));
        Assert.Empty(DirectorySearch.Terms(null));
    }
}
