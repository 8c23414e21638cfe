using Microsoft.AspNetCore.Http.HttpResults;

namespace Renkei.Web.Features.Directory;

/// <summary>API v1 for the directory's national figures: the numbers of /directory/figures, for programs.</summary>
static class FiguresApi
{
    /// <summary>Anyone: the national figures of every published edition.</summary>
    public static void Map(WebApplication app) =>
        app.MapGet("/api/v1/directory/figures", All).WithTags("Directory").AllowAnonymous()
            .WithSummary("National figures of every published directory edition, oldest first")
            .WithDescription("Per fiscal year: associations; staff (total, median per association, by employment type); annual budget and endowment in yen (total, median); "
                + "members; main projects by category; consultation languages by number of associations; associations, staff and budget by block. "
                + "Totals and medians count only the associations that gave the figure (the *Reported counts). isSample marks demo data.");

    static async Task<Ok<IReadOnlyList<YearFigures>>> All(NationalFigures figures, CancellationToken ct) =>
        TypedResults.Ok(await figures.AllAsync(ct));
}
