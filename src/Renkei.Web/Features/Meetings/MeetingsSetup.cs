namespace Renkei.Web.Features.Meetings;

public static class MeetingsSetup
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        // The rules every part shares: the tally and verdicts, casting ballots, closing, the officer register.
        builder.Services.AddScoped<MeetingResults>();
        builder.Services.AddScoped<BallotBox>();
        builder.Services.AddScoped<MeetingClosing>();
        builder.Services.AddScoped<OfficerRegister>();
        Attending.AttendanceSetup.AddServices(builder.Services);
        Convening.ConveningSetup.Add(builder);
        Minutes.MinutesSetup.Add(builder.Services);
        return builder;
    }

    public static WebApplication MapMeetings(this WebApplication app)
    {
        Attending.AttendanceSetup.Map(app);
        Convening.ConveningSetup.Map(app);
        Minutes.MinutesSetup.Map(app);
        Voting.VotingApi.Map(app);
        return app;
    }
}
