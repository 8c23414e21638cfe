using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef migrations add Name --project src/Renkei.Migrations.Sqlite --startup-project src/Renkei.Migrations.Sqlite`
/// build the model for this provider without starting the web app. Adding a migration needs no database.
/// </summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<RenkeiDbContext>
{
    public RenkeiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new RenkeiDbContext(options.Options);
    }
}
