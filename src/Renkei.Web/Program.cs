using Renkei.Web.Features.Accounts;
using Renkei.Web.Features.Associations;
using Renkei.Web.Features.Audit;
using Renkei.Web.Features.Directory;
using Renkei.Web.Features.Disasters;
using Renkei.Web.Features.Home;
using Renkei.Web.Features.Meetings;
using Renkei.Web.Infrastructure;
using Renkei.Web.Infrastructure.Cli;
using Renkei.Web.Infrastructure.Data;
using Renkei.Web.Infrastructure.Email;

// The same executable is the admin command line: `migrate`, `create-user`, `backup`, `seed-demo`.
if (AdminCommandLine.IsCommand(args))
    return await AdminCommandLine.RunAsync(args);

var builder = RenkeiHost.CreateBuilder(args);
builder.AddDatabase();
builder.AddWebPlumbing();
builder.AddAccounts();
builder.AddEmail();
builder.AddAudit();
builder.AddAssociations();
builder.AddDirectory();
builder.AddMeetings();
builder.AddDisasters();
builder.AddPublicPageCache();

var app = builder.Build();
await app.PrepareAsync();
app.UseWebPlumbing();
app.MapOperations();
app.MapAccounts();
app.MapHome();
app.MapAssociations();
app.MapDirectory();
app.MapMeetings();
app.MapDisasters();
app.MapAudit();
app.MapApiDocs();
app.MapRazorPages();
await app.RunAsync();
return 0;

public partial class Program;
