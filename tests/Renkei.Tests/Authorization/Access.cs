namespace Renkei.Tests.Authorization;

/// <summary>Who may use a page or endpoint, as the authorization matrix checks it.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Anyone,
    /// <summary>Nothing there: 404 for everyone, signed in or not.</summary>
    Anyone404,
    /// <summary>A step in the middle of signing in: without a sign-in under way, everyone is sent back to the login page.</summary>
    SignInStep,
    /// <summary>Any signed-in user.</summary>
    SignedIn,
    /// <summary>Association admins (their own association) and the secretariat; staff get 403.</summary>
    AdminsAndSecretariat,
    /// <summary>The secretariat only: association users get 403.</summary>
    Secretariat,
    /// <summary>
    /// Data of one association (the sample belongs to the "own" association 230006): its own users and
    /// the secretariat may use it; another association's user gets 404, as if it did not exist.
    /// </summary>
    OwnAssociation,
    /// <summary>Like <see cref="OwnAssociation"/>, but staff (of any association) get 403 for their role.</summary>
    OwnAssociationAdmin,
    /// <summary>
    /// The named representative (代表者) of the own association in a meeting both associations are invited to (the own
    /// admin) and the secretariat; every other signed-in user gets 403, anonymous is sent to sign in.
    /// </summary>
    Representative,
    /// <summary>
    /// Inside the own block (230006, Chubu) until escalated: users of the own block and the secretariat may use it;
    /// another block's user (041009, Hokkaido-Tohoku) gets 404, as if it did not exist.
    /// </summary>
    OwnBlock,
    /// <summary>
    /// The block chair: the own association chairs the Chubu block in the matrix data, so its users (admin and staff)
    /// and the secretariat may use it; another association's users see the thing but get 403.
    /// </summary>
    OwnBlockChair,
    /// <summary>
    /// A feed for feed readers: any signed-in user; anonymous gets 401 instead of the login page (a feed reader cannot
    /// follow a redirect to a form; a personal ?key= stands in for signing in).
    /// </summary>
    SignedInFeed,
}

public enum Persona { Anonymous, OtherAssociationStaff, OtherAssociationAdmin, OwnStaff, OwnAdmin, Secretariat }

/// <summary>An expectation: the route as the app lists it, who may use it, and the URL to call.</summary>
public record Rule(string Endpoint, Access Access, Func<MatrixData, string>? Sample = null, string? Body = null)
{
    public string Method => Endpoint[..Endpoint.IndexOf(' ')];
    public string Pattern => Endpoint[(Endpoint.IndexOf(' ') + 1)..];
    public string Url(MatrixData data) => Sample?.Invoke(data) ?? Pattern;
    public override string ToString() => Endpoint;
}

/// <summary>Data the samples point at, made once per matrix run.</summary>
/// <param name="CollectingYear">A directory edition being collected, with draft entries for both associations.</param>
/// <param name="PublishedYear">A published directory edition with entries for both associations.</param>
/// <param name="Meetings">Meetings of several states; see <see cref="Renkei.Tests.MeetingsFeature.MatrixMeetings"/>.</param>
/// <param name="Disasters">A drill with requests in and beyond the Chubu block; see <see cref="Renkei.Tests.DisastersFeature.MatrixDisasters"/>.</param>
public record MatrixData(string OwnCode, string OtherCode, string OwnStaffId, string OwnAdminId, string OtherStaffId, string BystanderId,
    int CollectingYear, int PublishedYear, Renkei.Tests.MeetingsFeature.MatrixMeetings Meetings, Renkei.Tests.DisastersFeature.MatrixDisasters Disasters);
