using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Meetings.Minutes;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Officers;

public sealed record OfficerPositionResource(string Code, string NameJa, string NameEn, int Seats, int SortOrder);
public sealed record OfficerAssociationResource(string Code, string NameJa, string? NameEn);
/// <summary>The agenda item that elected the term; <c>public</c> says whether its meeting's results (and minutes) are public.</summary>
public sealed record ElectedAtResource(int MeetingId, int ItemId, string Meeting, string Label, bool Public);
public sealed record OfficerResource(OfficerPositionResource Position, string PersonName, string? PersonTitle, OfficerAssociationResource Association,
    DateOnly From, DateOnly? To, ElectedAtResource? ElectedAt, bool IsSample);
public sealed record OfficerRegisterResource(DateOnly On, IReadOnlyList<OfficerResource> Officers);

/// <summary>API v1 for the officer register, public like /council.</summary>
public static class OfficersApi
{
    /// <summary>Anyone: the officers in office on a day (today in Japan by default).</summary>
    public static void Map(WebApplication app) =>
        app.MapGet("/api/v1/officers", Current).WithTags("Officers").AllowAnonymous().AddEndpointFilter(RegistryApi.CallerCulture)
            .WithSummary("The council's officer register (役員名簿) on a day")
            .WithDescription("Officers in office on ?on=YYYY-MM-DD (default: today in Japan), in the positions' order: position, person, title, "
                + "association (names in Japanese and English), term (to is the first day out of office, null while open) and the agenda item that elected them. isSample marks demo data.")
            .ProducesValidationProblem();

    static async Task<Results<Ok<OfficerRegisterResource>, ProblemHttpResult>> Current(string? on, RenkeiDbContext db, OfficerRegister register,
        IStringLocalizer<MinutesText> t, TimeProvider clock, CancellationToken ct)
    {
        var day = JapanDate.Today(clock);
        if (on is not null && !InputText.TryParseDate(on, out day))
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["on"] = [t["日付は 2025-05-22 の形式で指定してください。"]] })
            {
                Title = t["入力内容を確認してください。"],
                Status = StatusCodes.Status400BadRequest,
            });
        var english = Infrastructure.Localization.Localization.IsEnglish;
        var rows = await OfficerBook.RowsAsync(db, await register.CurrentAsync(day, ct), ct);
        return TypedResults.Ok(new OfficerRegisterResource(day, rows.Select(r => new OfficerResource(
            new(r.Position.Code, r.Position.NameJa, r.Position.NameEn, r.Position.Seats, r.Position.SortOrder),
            r.Term.PersonName, r.Term.PersonTitle,
            new(r.Term.AssociationCode, r.Association?.Current.Name ?? r.Term.AssociationCode, r.Association?.Current.NameEn),
            r.Term.From, r.Term.To,
            r.ElectedAt is { } e ? new(e.MeetingId, e.ItemId, english && !string.IsNullOrEmpty(e.MeetingEn) ? e.MeetingEn : e.MeetingJa, english ? e.LabelEn : e.LabelJa, e.ResultsPublic) : null,
            r.Term.IsSample)).ToList()));
    }
}
