namespace Renkei.Web.Features.Disasters;

/// <summary>募集中 / 一部充足 / 充足 / 完了 / 取り下げ.</summary>
public enum RequestState
{
    Open,
    PartlyCovered,
    Covered,
    Completed,
    Withdrawn,
}

/// <summary>
/// How far a request is covered by the offers that count (accepted, dispatched, completed): people still missing and
/// languages no counted offer brings. "3 of 4 interpreters, Vietnamese still missing" is read from here, by the board,
/// the request page, the e-mails and the files alike. Needs the request's offers with their steps loaded.
/// </summary>
public sealed record Coverage(int Needed, int Covered, IReadOnlyList<string> MissingLanguages, int Pending, RequestState State)
{
    public int Missing => Math.Max(0, Needed - Covered);
    public bool IsCovered => Missing == 0 && MissingLanguages.Count == 0;

    public static Coverage Of(SupportRequest request)
    {
        var counted = request.Offers.Where(o => o.Counts).ToList();
        var covered = counted.Sum(o => o.People);
        var brought = counted.SelectMany(o => o.Languages).ToHashSet();
        var missingLanguages = request.Languages.Where(l => !brought.Contains(l)).ToList();
        var pending = request.Offers.Count(o => o.State == OfferState.Pending);
        var full = covered >= request.People && missingLanguages.Count == 0;
        var state = request.IsClosed && !full ? RequestState.Withdrawn
            : full && counted.Count > 0 && counted.All(o => o.State == OfferState.Completed) ? RequestState.Completed
            : full ? RequestState.Covered
            : counted.Count > 0 ? RequestState.PartlyCovered
            : RequestState.Open;
        return new Coverage(request.People, covered, missingLanguages, pending, state);
    }

    /// <summary>"あと1名（ベトナム語）" / "1 more (Vietnamese)"; "充足" / "covered" when nothing is missing.</summary>
    public string MissingText(bool english)
    {
        if (IsCovered) return english ? "covered" : "充足";
        var languages = MissingLanguages.Count == 0 ? "" : (english ? " (" : "（") + SupportLanguages.Names(MissingLanguages, english) + (english ? ")" : "）");
        if (Missing == 0) return (english ? "languages missing" : "言語が不足") + languages;
        return (english ? $"{Missing} more" : $"あと{Missing}名") + languages;
    }

    /// <summary>"3/4名" / "3 of 4".</summary>
    public string CoveredText(bool english) => english ? $"{Covered} of {Needed}" : $"{Covered}/{Needed}名";
}
