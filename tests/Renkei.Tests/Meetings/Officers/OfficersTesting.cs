using Renkei.Tests.Infrastructure;
using Renkei.Web.Features.Meetings;

namespace Renkei.Tests.MeetingsFeature;

/// <summary>Officer terms made straight in the database, for the register's pages and API.</summary>
public static class OfficersTesting
{
    public static Task<OfficerTerm> TermAsync(RenkeiFactory factory, int position, string name, string code, DateOnly from, DateOnly? to = null, string? title = "理事長") =>
        factory.WithDb(async db =>
        {
            var term = new OfficerTerm { OfficerPositionId = position, PersonName = name, PersonTitle = title, AssociationCode = code, From = from, To = to };
            db.OfficerTerms.Add(term);
            await db.SaveChangesAsync();
            return term;
        });

    /// <summary>A name no other test uses.</summary>
    public static string Name(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
