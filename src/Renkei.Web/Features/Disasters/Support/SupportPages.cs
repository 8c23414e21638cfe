namespace Renkei.Web.Features.Disasters.Support;

/// <summary>What the support pages share: field ids for error links, and how an offer's history names its steps.</summary>
public static class SupportPages
{
    /// <summary>"languages" → f-languages; "offer-12-note" stays readable as an id.</summary>
    public static string Id(string key) => "f-" + key.Replace('.', '-');

    /// <summary>The state an offer is in after a step, which is also how its history names the step.</summary>
    public static OfferState StateAfter(OfferStepKind kind) => kind switch
    {
        OfferStepKind.Accepted => OfferState.Accepted,
        OfferStepKind.Declined => OfferState.Declined,
        OfferStepKind.Withdrawn => OfferState.Withdrawn,
        OfferStepKind.Dispatched => OfferState.Dispatched,
        _ => OfferState.Completed,
    };
}

/// <summary>The languages as checkboxes: the ones chosen, and the message about them if any.</summary>
public sealed record LanguageChoices(IReadOnlyCollection<string> Selected, IReadOnlyList<string> Errors);

/// <summary>What the request's summary shows: the request, names, its block's name.</summary>
public sealed record RequestView(SupportRequest Request, SupportNames Names, string BlockName, bool English)
{
    public Coverage Coverage { get; } = Coverage.Of(Request);
}

/// <summary>One offer on the request page, with the page that knows what the caller may do with it.</summary>
public sealed record OfferItem(RequestModel Page, SupportOffer Offer);
