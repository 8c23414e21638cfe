using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Features.Meetings.Demo;

/// <summary>
/// A demo meeting before it is saved, and what is added once its rows have ids: ballots (they point at agenda items),
/// documents, and for a closed meeting its approved minutes, written from the results the rules compute.
/// </summary>
sealed record DemoMeeting(
    Meeting Meeting,
    Func<Meeting, IEnumerable<Ballot>> Ballots,
    Func<Meeting, MeetingResultsReport, MeetingMinutes>? Minutes = null,
    Func<Meeting, IEnumerable<MeetingDocument>>? Documents = null);

/// <summary>
/// The meetings' demo data, for `--demo` and `seed-demo`: the 2023 general assembly as the council's report tells it
/// (in person, 51団体61名, every motion approved unanimously, officers elected), the 2021 assembly held in writing (a
/// written resolution every association consented to), an upcoming hybrid assembly open for registration and written
/// votes, a steering committee coming up and a past Kinki block meeting. Every meeting and officer term is sample
/// data. Idempotent: a demo meeting already there (same kind and fiscal year) is not added again.
/// </summary>
public static class MeetingsDemo
{
    /// <summary>The council's chair as the 2023 report names him, and his association, which holds the proxies given to the chair.</summary>
    public const string ChairName = "神田 真秋", ChairCode = "230006";
    public const string AichiCode = "230006", SendaiCode = "041009", KumamotoCode = "430005";
    public const int WrittenYear = 2021, InPersonYear = 2023;

    /// <summary>Adds the demo meetings that are missing; returns their titles.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var associations = await db.Associations.AsNoTracking().Include(a => a.Versions).ToListAsync(ct);
        if (associations.Count == 0) return [];
        var emails = DemoData.Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        var userIds = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var setting = new DemoSetting(associations, userIds, clock.GetUtcNow().UtcDateTime);

        var existing = await db.Meetings.Where(m => m.IsSample).Select(m => new { m.Kind, m.FiscalYear }).ToListAsync(ct);
        bool Missing(MeetingKind kind, int? year = null) => !existing.Any(e => e.Kind == kind && (year is null || e.FiscalYear == year));
        var upcoming = DemoUpcomingAssembly.Day(setting.Today);
        var wanted = new List<(bool Missing, Func<DemoMeeting> Build)>
        {
            (Missing(MeetingKind.GeneralAssembly, WrittenYear), () => DemoWrittenAssembly.Build(setting)),
            (Missing(MeetingKind.GeneralAssembly, InPersonYear), () => DemoAssembly2023.Build(setting)),
            (Missing(MeetingKind.GeneralAssembly, Infrastructure.Localization.FiscalYear.Of(upcoming)), () => DemoUpcomingAssembly.Build(setting, upcoming)),
            (Missing(MeetingKind.SteeringCommittee), () => DemoCommittees.Steering(setting)),
            (Missing(MeetingKind.BlockMeeting), () => DemoCommittees.Kinki(setting)),
        };

        var added = new List<string>();
        foreach (var (missing, build) in wanted)
            if (missing) added.Add(await AddAsync(scope.ServiceProvider, db, build(), setting, ct));
        return added;
    }

    static async Task<string> AddAsync(IServiceProvider services, RenkeiDbContext db, DemoMeeting demo, DemoSetting setting, CancellationToken ct)
    {
        var meeting = demo.Meeting;
        meeting.IsSample = true;
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);

        var ballots = demo.Ballots(meeting).ToList();
        db.Ballots.AddRange(ballots);
        if (demo.Documents is not null) db.MeetingDocuments.AddRange(demo.Documents(meeting));
        await db.SaveChangesAsync(ct);
        if (meeting.Status != MeetingStatus.Closed) return meeting.TitleJa;

        // The results are computed by the same rules the pages use, so the minutes and the register cannot disagree with them.
        var report = MeetingResults.Compute(meeting, ballots, setting.Now);
        if (demo.Minutes is not null)
        {
            meeting.Minutes = demo.Minutes(meeting, report);
            await db.SaveChangesAsync(ct);
        }
        var register = services.GetRequiredService<OfficerRegister>();
        foreach (var election in report.Items.Where(i => i.Item.Kind == AgendaItemKind.Election && i.Final))
        {
            await register.ApplyAsync(election, ct);
            var terms = await db.OfficerTerms.Where(t => t.ElectedAtItemId == election.Item.Id && !t.IsSample).ToListAsync(ct);
            foreach (var term in terms) term.IsSample = true;
            await db.SaveChangesAsync(ct);
        }
        return meeting.TitleJa;
    }
}
