using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add Name --project src/Renkei.Migrations.Postgres --startup-project src/Renkei.Migrations.Postgres`
/// build the model for this provider without starting the web app. Adding a migration needs no database.
/// </summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<RenkeiDbContext>
{
    public RenkeiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, "Host=127.0.0.1;Port=55432;Username=postgres;Database=renkei_design");
        return new RenkeiDbContext(options.Options);
    }
}
