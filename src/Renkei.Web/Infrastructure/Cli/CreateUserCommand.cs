using System.CommandLine;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Web.Features.Accounts;
using Renkei.Web.Infrastructure.Data;

namespace Renkei.Web.Infrastructure.Cli;

/// <summary>
/// `create-user --email E --role R [--association CODE] --password-stdin`: the way in for the first
/// secretariat account. The password comes from standard input, never the command line, where the
/// process list and shell history would keep it.
/// </summary>
static class CreateUserCommand
{
    public static Command Create(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "The person's e-mail address (also the sign-in name).", Required = true };
        var role = new Option<string>("--role") { Description = "secretariat-admin, association-admin or association-staff.", Required = true };
        role.AcceptOnlyFromAmong(Roles.All);
        var association = new Option<string?>("--association") { Description = "Local government code of the association (association roles only), e.g. 230006." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (required)." };
        var name = new Option<string?>("--name") { Description = "Display name, e.g. \"山田 花子\"." };

        var command = new Command("create-user", "Create a user with a role. Bad arguments exit 2; an unknown association, a taken e-mail or a weak password exit 1.")
        {
            email, role, association, passwordStdin, name,
        };
        command.SetAction((parsed, ct) => CliHost.RunAsync(context, (app, token) => RunAsync(app, context.Console, new Request(
            Normalize(parsed.GetValue(email)), parsed.GetValue(role)!, Normalize(parsed.GetValue(association)),
            parsed.GetValue(passwordStdin), Normalize(parsed.GetValue(name))), token), ct));
        return command;
    }

    record Request(string? Email, string Role, string? Association, bool PasswordStdin, string? Name);

    static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Normalize(NormalizationForm.FormKC).Trim();

    static async Task<int> RunAsync(WebApplication app, CliConsole console, Request request, CancellationToken ct)
    {
        CheckArguments(request);
        var password = await ReadPasswordAsync(console.In);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        await CliHost.EnsureMigratedAsync(db, ct);
        var associationName = request.Association is null ? null : await AssociationNameAsync(db, request.Association, ct);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
        if (await users.FindByEmailAsync(request.Email!) is not null)
            throw new CliException($"A user with the e-mail {request.Email} already exists.");

        var user = new RenkeiUser
        {
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = true,
            AssociationCode = request.Association,
            DisplayName = request.Name,
        };
        // User and role together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, password), "The user was not created");
        Check(await users.AddToRoleAsync(user, request.Role), "The role was not given");
        await transaction.CommitAsync(ct);

        await console.Out.WriteLineAsync($"Created {request.Role} {request.Email}" + (associationName is null ? "." : $" of {request.Association} {associationName}."));
        return AdminCommandLine.Ok;
    }

    static void CheckArguments(Request r)
    {
        if (r.Email is null || !System.Net.Mail.MailAddress.TryCreate(r.Email, out var parsed) || parsed.Address != r.Email || parsed.DisplayName.Length > 0)
            throw new CliException($"--email '{r.Email}' is not an e-mail address such as hanako@example.jp.", AdminCommandLine.BadArguments);
        if (Roles.BelongsToAssociation(r.Role) && r.Association is null)
            throw new CliException($"--association CODE is required for the role {r.Role}.", AdminCommandLine.BadArguments);
        if (!Roles.BelongsToAssociation(r.Role) && r.Association is not null)
            throw new CliException($"The role {r.Role} belongs to the secretariat: leave out --association.", AdminCommandLine.BadArguments);
        if (r.Association is not null && (r.Association.Length != 6 || !r.Association.All(char.IsAsciiDigit)))
            throw new CliException($"--association '{r.Association}' is not a 6-digit local government code such as 230006.", AdminCommandLine.BadArguments);
        if (!r.PasswordStdin)
            throw new CliException("Give the password on standard input and add --password-stdin, e.g. `echo \"$PASSWORD\" | ... create-user ... --password-stdin`.", AdminCommandLine.BadArguments);
    }

    static async Task<string> ReadPasswordAsync(TextReader input)
    {
        var line = await input.ReadLineAsync();
        var password = line?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
            throw new CliException("No password on standard input: pipe it in as one line.", AdminCommandLine.BadArguments);
        return password;
    }

    static async Task<string> AssociationNameAsync(RenkeiDbContext db, string code, CancellationToken ct)
    {
        var association = await db.Associations.AsNoTracking().Include(a => a.Versions).SingleOrDefaultAsync(a => a.Code == code, ct)
            ?? throw new CliException($"No association has the code {code}.");
        if (association.WithdrawnOn is { } withdrawn && withdrawn <= DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))) // today in Japan
            throw new CliException($"The association {code} withdrew on {withdrawn:yyyy-MM-dd}; its users cannot be created.");
        return association.Current.Name;
    }

    static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new CliException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
