using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Web.Infrastructure;

namespace Renkei.Tests.Infrastructure;

/// <summary>
/// The API's JSON body reader alone: what it refuses before any feature sees the body, and the message naming each
/// value of the wrong type, in Japanese and in English (the disasters and meetings APIs answer with these).
/// </summary>
public class JsonBodyTests
{
    static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    [Theory]
    [InlineData("ja-JP", "JSON で送ってください", "Content-Type は application/json にしてください。")]
    [InlineData("en", "Send JSON", "Set Content-Type to application/json.")]
    public async Task A_body_that_is_not_json_is_refused_with_415(string culture, string title, string detail)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (body, refusal) = await ReadAsync("title=x", "application/x-www-form-urlencoded");

        Assert.Null(body);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, refusal!.StatusCode);
        Assert.Equal((title, detail), (refusal.ProblemDetails.Title, refusal.ProblemDetails.Detail));
    }

    [Theory]
    [InlineData("ja-JP", "本文が大きすぎます")]
    [InlineData("en", "The body is too large")]
    public async Task A_body_over_64_kb_is_refused_with_413_unless_the_caller_takes_more(string culture, string title)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var large = $$"""{"notice": "{{new string('x', 70_000)}}"}""";

        var (_, refusal) = await ReadAsync(large);
        var (body, _) = await ReadAsync(large, maxBytes: 256 * 1024);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refusal!.StatusCode);
        Assert.Equal(title, refusal.ProblemDetails.Title);
        Assert.Equal(70_000, body!.Text("notice")!.Length);
    }

    [Theory]
    [InlineData("ja-JP", "[1, 2]", "入力内容を確認してください。", "本文は JSON のオブジェクト（{ ... }）にしてください。")]
    [InlineData("ja-JP", "{\"title\": ", "入力内容を確認してください。", "本文は JSON のオブジェクト（{ ... }）にしてください。")]
    [InlineData("en", "\"text\"", "Please check what you entered.", "The body must be a JSON object ({ ... }).")]
    [InlineData("en", "", "Please check what you entered.", "The body must be a JSON object ({ ... }).")]
    public async Task A_body_that_is_not_an_object_is_refused_with_400_naming_the_body(string culture, string json, string title, string message)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (body, refusal) = await ReadAsync(json);

        Assert.Null(body);
        Assert.Equal(StatusCodes.Status400BadRequest, refusal!.StatusCode);
        Assert.Equal(title, refusal.ProblemDetails.Title);
        Assert.Equal([message], Assert.IsType<HttpValidationProblemDetails>(refusal.ProblemDetails).Errors["body"]);
    }

    [Theory]
    [InlineData("ja-JP", "title は文字列にしてください。", "confirm は true か false にしてください。", "languages は文字列の配列にしてください。",
        "chair はオブジェクト（{ ... }）にしてください。", "candidates はオブジェクトの配列にしてください。")]
    [InlineData("en", "title must be a string.", "confirm must be true or false.", "languages must be an array of strings.",
        "chair must be an object ({ ... }).", "candidates must be an array of objects.")]
    public async Task A_value_of_the_wrong_type_gets_a_message_naming_its_field(string culture, string text, string flag, string list,
        string obj, string objects)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (body, _) = await ReadAsync("""{"title": true, "confirm": "yes", "languages": [{}], "chair": "x", "candidates": [1]}""");

        Assert.Null(body!.Text("title"));
        Assert.Null(body.Bool("confirm"));
        Assert.Equal([], body.List("languages")!);
        Assert.Null(body.Object("chair"));
        Assert.Equal([], body.Objects("candidates")!);
        Assert.Equal(
            new Dictionary<string, string[]> { ["title"] = [text], ["confirm"] = [flag], ["languages"] = [list], ["chair"] = [obj], ["candidates"] = [objects] },
            body.Errors.ToDictionary());
    }

    [Fact]
    public async Task A_feature_may_title_the_400_as_its_other_validation_problems()
    {
        var (_, refusal) = await ReadAsync("[1]", title: "入力内容に誤りがあります。");

        Assert.Equal(StatusCodes.Status400BadRequest, refusal!.StatusCode);
        Assert.Equal("入力内容に誤りがあります。", refusal.ProblemDetails.Title);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("application/json", null)]
    [InlineData("application/x-www-form-urlencoded", StatusCodes.Status415UnsupportedMediaType)]
    public void A_step_without_a_body_refuses_only_a_body_of_another_type(string? contentType, int? status)
    {
        var http = new DefaultHttpContext { RequestServices = Services };
        http.Request.ContentType = contentType;

        Assert.Equal(status, JsonBody.NotJson(http.Request)?.StatusCode);
    }

    [Theory]
    [InlineData("ja-JP", "name は文字列にしてください。", "count は整数にしてください。", "year は整数にしてください。")]
    [InlineData("en", "name must be a string.", "count must be a whole number.", "year must be a whole number.")]
    public async Task String_refuses_a_number_and_Int_takes_a_whole_number_or_its_digits(string culture, string text, string count, string year)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (body, _) = await ReadAsync("""{"name": 5, "title": "課長", "id": 12, "people": " １２ ", "count": 2.5, "year": "next"}""");

        Assert.Null(body!.String("name"));
        Assert.Equal("課長", body.String("title"));
        Assert.Equal((12, 12), (body.Int("id"), body.Int("people")));
        Assert.Null(body.Int("count"));
        Assert.Null(body.Int("year"));
        Assert.Null(body.Int("missing"));
        Assert.Equal(new Dictionary<string, string[]> { ["name"] = [text], ["count"] = [count], ["year"] = [year] }, body.Errors.ToDictionary());
    }

    sealed record Staff(int Regular, List<string> Languages);

    [Fact]
    public async Task Bind_takes_an_object_whole_and_a_value_it_cannot_take_throws_with_its_path()
    {
        var (body, _) = await ReadAsync("""{"staff": {"regular": 3, "languages": ["vi"]}, "other": {"regular": "many"}}""");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var staff = body!.Object("staff")!.Bind<Staff>(options)!;
        Assert.Equal(3, staff.Regular);
        Assert.Equal(["vi"], staff.Languages);
        Assert.Equal("$.regular", Assert.Throws<JsonException>(() => body.Object("other")!.Bind<Staff>(options)).Path);
    }

    [Fact]
    public async Task Names_match_in_any_case_null_is_absent_numbers_are_digits_and_one_text_is_a_list_of_one()
    {
        var (body, _) = await ReadAsync("""{"Title": "総会", "PEOPLE": 3, "note": null, "isDrill": false, "languages": "vi", "invited": ["130001", 230006]}""");

        Assert.Equal(("総会", "3"), (body!.Text("title"), body.Text("people")));
        Assert.False(body.Has("note"));
        Assert.Null(body.Text("note"));
        Assert.Null(body.Text("missing"));
        Assert.False(body.Bool("isDrill"));
        Assert.Equal(["vi"], body.List("languages")!);
        Assert.Equal(["130001", "230006"], body.List("invited")!);
        Assert.Null(body.List("guests"));
        Assert.False(body.Errors.Any);
    }

    [Theory]
    [InlineData("ja-JP", "remoteSupport は true か false にしてください。", "interpreters は文字列にしてください。")]
    [InlineData("en", "remoteSupport must be true or false.", "interpreters must be a string.")]
    public async Task A_nested_value_is_named_by_its_path_in_the_body(string culture, string flag, string text)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (body, _) = await ReadAsync("""{"capacity": {"remoteSupport": "yes", "languages": [{"language": "vi"}, {"Language": "en", "interpreters": []}]}}""");

        var capacity = body!.Object("capacity")!;
        Assert.Null(capacity.Bool("remoteSupport"));
        var rows = capacity.Objects("languages")!;
        Assert.Equal(["vi", "en"], rows.Select(r => r.Text("language")));
        Assert.Null(rows[1].Text("interpreters"));
        Assert.Equal(
            new Dictionary<string, string[]> { ["capacity.remoteSupport"] = [flag], ["capacity.languages[1].interpreters"] = [text] },
            body.Errors.ToDictionary());
    }

    /// <summary>The body as a request brings it; each test first sets the culture, which its getters' messages are in too.</summary>
    static Task<(JsonBody? Body, ProblemHttpResult? Refusal)> ReadAsync(string content, string contentType = "application/json",
        long maxBytes = JsonBody.MaxBytes, string? title = null)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var http = new DefaultHttpContext { RequestServices = Services };
        http.Request.ContentType = contentType;
        http.Request.ContentLength = bytes.Length;
        http.Request.Body = new MemoryStream(bytes);
        return JsonBody.ReadAsync(http.Request, maxBytes, title, CancellationToken.None);
    }
}
