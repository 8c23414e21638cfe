using Renkei.Web.Features.Associations;

namespace Renkei.Tests.Associations;

public class LocalGovernmentCodeTests
{
    /// <summary>The codes in the shipped reference data, read from the same embedded file the app loads.</summary>
    public static TheoryData<string> ShippedCodes()
    {
        using var stream = typeof(Association).Assembly.GetManifestResourceStream("Renkei.Web.ReferenceData.associations.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var data = new TheoryData<string>();
        while (reader.ReadLine() is { Length: > 0 } line) data.Add(line[..line.IndexOf(',')]);
        return data;
    }

    [Fact]
    public void The_reference_data_has_63_codes() => Assert.Equal(63, ShippedCodes().Count);

    [Theory]
    [MemberData(nameof(ShippedCodes))]
    public void Every_shipped_code_has_the_right_check_digit(string code)
    {
        Assert.Equal(code[5] - '0', LocalGovernmentCode.CheckDigit(code.AsSpan(0, 5)));
        Assert.True(LocalGovernmentCode.IsValid(code));
    }

    [Theory]
    [InlineData("130001")] // Tokyo
    [InlineData("010006")] // Hokkaido
    [InlineData("011002")] // Sapporo
    [InlineData("110001")] // Saitama: remainder 0 gives check digit 1
    [InlineData("090000")] // Tochigi: remainder 1 gives check digit 0
    [InlineData("141305")] // Kawasaki
    [InlineData("290009")] // Nara: a valid code, though no association is registered for it
    public void Known_codes_are_valid(string code) => Assert.True(LocalGovernmentCode.IsValid(code));

    [Theory]
    [InlineData("130002")] // wrong check digit
    [InlineData("110000")]
    [InlineData("13000")]
    [InlineData("1300011")]
    [InlineData("abcdef")]
    [InlineData("000000")] // prefecture 00
    [InlineData("480002")] // prefecture 48 (check digit right)
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_codes_are_invalid(string? code)
    {
        Assert.False(LocalGovernmentCode.IsValid(code));
        Assert.Null(LocalGovernmentCode.Normalize(code));
    }

    [Theory]
    [InlineData("１３０００１", "130001")]
    [InlineData(" 130001　", "130001")]
    [InlineData("13-0001", "130001")]
    public void Typed_codes_are_normalised(string typed, string expected) => Assert.Equal(expected, LocalGovernmentCode.Normalize(typed));

    [Theory]
    [InlineData(null, CodeProblem.Missing)]
    [InlineData("12345", CodeProblem.NotSixDigits)]
    [InlineData("130002", CodeProblem.WrongCheckDigit)]
    [InlineData("480002", CodeProblem.NoSuchPrefecture)] // right check digit, but there is no prefecture 48
    public void Problems_are_named(string? typed, CodeProblem problem) => Assert.Equal(problem, LocalGovernmentCode.Problem(typed));

    [Fact]
    public void Prefecture_codes_have_000_as_municipality()
    {
        Assert.True(LocalGovernmentCode.IsPrefecture("130001"));
        Assert.False(LocalGovernmentCode.IsPrefecture("011002"));
        Assert.Equal("01", LocalGovernmentCode.PrefectureCode("011002"));
    }
}
