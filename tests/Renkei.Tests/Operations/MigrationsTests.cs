using Microsoft.EntityFrameworkCore;
using Renkei.Tests.Infrastructure;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Tests.Operations;

/// <summary>Fails when either provider's migrations lag the model: run scripts/add-migration.sh NAME to catch up.</summary>
public class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=not_contacted")]
    public void Migrations_are_in_step_with_the_model(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        using var db = new RenkeiDbContext(options.Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag the model: add a migration for both providers.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static IEnumerable<string> Names(DatabaseProvider p, string cs)
        {
            var options = new DbContextOptionsBuilder<RenkeiDbContext>();
            DatabaseSetup.Configure(options, p, cs);
            using var db = new RenkeiDbContext(options.Options);
            // Ids start with a timestamp that differs between the two projects; the names must match.
            return db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
        }
        Assert.Equal(Names(DatabaseProvider.Sqlite, "Data Source=:memory:"), Names(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=x"));
    }
}
