namespace Renkei.Web.Features.Meetings.Attending;

/// <summary>The attendance part's services and endpoints, wired by <see cref="MeetingsSetup"/> in one line each.</summary>
public static class AttendanceSetup
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<AttendanceBook>();
        services.AddScoped<AttendanceMail>();
        services.AddScoped<AttendanceAnswering>();
        services.AddScoped<CheckInDesk>();
    }

    public static void Map(WebApplication app)
    {
        AttendanceApi.Map(app);
        RosterFiles.Map(app);
    }
}
