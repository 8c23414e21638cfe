namespace Renkei.Tests.Authorization;

/// <summary>
/// Disasters, part B (support): the request, offer and new-request pages, and API v1 for requests, offers, decisions and
/// escalation. In the matrix data 230006 (own) chairs the Chubu block where Gifu's requests are; 041009 (other) is in
/// Hokkaido-Tohoku, so a request still in its block is 404 to it and an escalated one is seen but not its to decide (403).
/// Bodies are chosen so that those let in get 400 or 409 and the shared data stays as it is.
/// </summary>
public static class DisastersSupportRules
{
    public static readonly Rule[] All =
    [
        // Posting for Gifu (affected): its block chair (own) and the secretariat may; another block's association 403.
        new("PAGE /disasters/{id:int}/requests/new", Access.OwnBlockChair, d => $"/disasters/{d.Disasters.Disaster}/requests/new?code=210005"),
        new("PAGE /disasters/{id:int}/requests/{requestId:int}", Access.OwnBlock, d => $"/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.BlockRequest}"),
        new("PAGE /disasters/{id:int}/requests/{requestId:int}/offer", Access.OwnBlock, d => $"/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.BlockRequest}/offer"),
        new("GET /api/v1/disasters/{id:int}/requests/", Access.SignedIn, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests"),
        // Named association, nothing else: those let in get 400 (no kind, people, …).
        new("POST /api/v1/disasters/{id:int}/requests/", Access.OwnBlockChair, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests", """{"association":"210005"}"""),
        new("GET /api/v1/disasters/{id:int}/requests/{requestId:int}", Access.OwnBlock, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.BlockRequest}"),
        // The escalated request: those let in get 409 (already escalated); the other block sees it but may not escalate (403).
        new("POST /api/v1/disasters/{id:int}/requests/{requestId:int}/escalate", Access.OwnBlockChair, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.EscalatedRequest}/escalate"),
        // No note: those let in get 400.
        new("POST /api/v1/disasters/{id:int}/requests/{requestId:int}/close", Access.OwnBlockChair, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.EscalatedRequest}/close"),
        // An empty offer: those who see the request get 400; the other block 404.
        new("POST /api/v1/disasters/{id:int}/requests/{requestId:int}/offers/", Access.OwnBlock, d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.BlockRequest}/offers"),
        // No decision or status: deciders get 400; the other block sees the escalated offer but may not decide (403).
        new("POST /api/v1/disasters/{id:int}/requests/{requestId:int}/offers/{offerId:int}/decision", Access.OwnBlockChair,
            d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.EscalatedRequest}/offers/{d.Disasters.EscalatedOffer}/decision"),
        new("POST /api/v1/disasters/{id:int}/requests/{requestId:int}/offers/{offerId:int}/status", Access.OwnBlockChair,
            d => $"/api/v1/disasters/{d.Disasters.Disaster}/requests/{d.Disasters.EscalatedRequest}/offers/{d.Disasters.EscalatedOffer}/status"),
    ];
}
