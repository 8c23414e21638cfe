using Renkei.Web.Infrastructure;

namespace Renkei.Tests.Registry;

public class InputTextTests
{
    [Theory]
    [InlineData("　東京都　　国際交流　", "東京都 国際交流")]
    [InlineData("ＡＢＣ　１２３", "ABC 123")]
    [InlineData("a\t\r\nb", "a b")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Clean_normalises_and_collapses_spaces(string? typed, string? expected) => Assert.Equal(expected, InputText.Clean(typed));

    [Theory]
    [InlineData("とうきょう", "トウキョウ")]
    [InlineData("ﾄｳｷｮｳ", "トウキョウ")]
    [InlineData("とうきょう　こくさい", "トウキョウ コクサイ")]
    [InlineData("ホッカイドウ・センター", "ホッカイドウ・センター")]
    public void Readings_are_kept_in_katakana(string typed, string expected)
    {
        var kana = InputText.Katakana(typed)!;
        Assert.Equal(expected, kana);
        Assert.True(InputText.IsKatakanaReading(kana));
    }

    [Theory]
    [InlineData("Tokyo")]
    [InlineData("東京")]
    [InlineData("トウキョウ1")]
    public void Readings_refuse_anything_but_kana(string typed) => Assert.False(InputText.IsKatakanaReading(InputText.Katakana(typed)!));

    [Theory]
    [InlineData("https://example.jp/", true)]
    [InlineData("http://example.jp", true)]
    [InlineData("ftp://example.jp", false)]
    [InlineData("example.jp", false)]
    [InlineData("https://", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Web_addresses_are_absolute_http(string value, bool valid) => Assert.Equal(valid, InputText.IsWebAddress(value));

    [Theory]
    [InlineData("2024-04-01", true)]
    [InlineData("２０２４－０４－０１", true)]
    [InlineData("2024/4/1", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("01/04/2024", false)]
    [InlineData("1800-01-01", false)]
    public void Dates_are_read_in_iso_or_slashed_form(string value, bool valid) => Assert.Equal(valid, InputText.TryParseDate(value, out _));
}
