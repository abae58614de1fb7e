using Dalad.Identity.Auth;
using Dalad.Identity.Domain;
using Dalad.Platform.Permissions;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dalad.Identity.Data;

internal static class IdentitySeeder
{
    /// <summary>The admin role holds every defined permission (re-checked at each start, so new modules' permissions reach it);
    /// the admin user is created once, as a member of the joint office; then the standard roles and, on demand, the demo users.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<IdentityDataContext>();
        var roles = services.GetRequiredService<RoleManager<AppRole>>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var options = services.GetRequiredService<IOptions<AdminSeedOptions>>().Value;

        if (await roles.FindByNameAsync(IdentityRoleNames.Admin) is null)
            Check(await roles.CreateAsync(new AppRole(IdentityRoleNames.Admin) { IsStatic = true, IsPublic = true }));

        var definitions = services.GetRequiredService<PermissionDefinitionManager>();
        var granted = await db.PermissionGrants.Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == IdentityRoleNames.Admin)
            .Select(g => g.Name).ToListAsync(ct);
        var missing = definitions.All.Select(p => p.Name).Except(granted).ToList();
        foreach (var name in missing)
            db.PermissionGrants.Add(new PermissionGrant { Name = name, ProviderName = PermissionProviders.Role, ProviderKey = IdentityRoleNames.Admin });
        if (missing.Count > 0) await db.SaveChangesAsync(ct);

        if (await users.FindByNameAsync(options.UserName) is null)
        {
            var admin = new AppUser { UserName = options.UserName, Email = options.Email, EmailConfirmed = true, Name = "管理员" };
            // The responsibility module (initialized first) has seeded the matrix roles: the admin joins the coordinator.
            admin.Bodies.Add(new UserBody { BodyCode = await services.GetRequiredService<IMatrixRoles>().GetHolderAsync(MatrixRoles.Coordinator, ct) });
            await CreateWithPasswordAsync(users, admin, options.Password);
            Check(await users.AddToRoleAsync(admin, IdentityRoleNames.Admin));
        }

        var definedNames = definitions.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentitySeeder));
        await SeedStandardRolesAsync(db, roles, definedNames, logger, ct);
        if (options.DemoUsers)
            await SeedDemoUsersAsync(users, roles, options.Password, logger);
        await services.GetRequiredService<IdentityCacheStamp>().RenewAsync(ct);
    }

    /// <summary>The working roles (受理员, 承办人, 督办员), created once with their grants: after that they belong to the
    /// administrators, so a start never undoes their edits. A grant naming a permission no module defines is skipped.</summary>
    private static async Task SeedStandardRolesAsync(IdentityDataContext db, RoleManager<AppRole> roles, HashSet<string> definedNames, ILogger logger, CancellationToken ct)
    {
        foreach (var role in ReadSeed<StandardRolesSeed>("standard-roles.json").Roles)
        {
            if (await roles.FindByNameAsync(role.Name) is not null) continue;
            Check(await roles.CreateAsync(new AppRole(role.Name) { IsPublic = true }));
            foreach (var name in role.Permissions)
            {
                if (definedNames.Contains(name))
                    db.PermissionGrants.Add(new PermissionGrant { Name = name, ProviderName = PermissionProviders.Role, ProviderKey = role.Name });
                else
                    logger.LogWarning("Standard role {Role}: permission {Permission} is not defined by any module; not granted", role.Name, name);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>One demo account per standard role and body, so a newcomer can walk a complaint from the hotline to
    /// the joint office's board. Only when Identity:DemoUsers is on (scripts/run.sh); never on a real deployment.</summary>
    private static async Task SeedDemoUsersAsync(UserManager<AppUser> users, RoleManager<AppRole> roles, string password, ILogger logger)
    {
        foreach (var demo in ReadSeed<DemoUsersSeed>("demo-users.json").Users)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new AppUser { UserName = demo.UserName, Email = demo.UserName + "@dalad.local", EmailConfirmed = true, Name = demo.Name };
            user.Bodies.Add(new UserBody { BodyCode = demo.Body });
            await CreateWithPasswordAsync(users, user, password);
            // One role, or several (HRSS's inspector also proposes for the credit list).
            foreach (var role in demo.Roles ?? [demo.Role!])
                if (await roles.FindByNameAsync(role) is not null) Check(await users.AddToRoleAsync(user, role));
            logger.LogInformation("Demo user {UserName} ({Body}, {Roles}) created", demo.UserName, demo.Body, string.Join(", ", demo.Roles ?? [demo.Role!]));
        }
    }

    /// <summary>The demo password is below the policy: an account created with it gets it as a one-time password,
    /// to be changed at the first sign-in. Any other configured password must meet the policy.</summary>
    private static async Task CreateWithPasswordAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        if (password != AdminSeedOptions.DemoPassword)
        {
            Check(await users.CreateAsync(user, password));
            return;
        }
        user.MustChangePassword = true;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        Check(await users.CreateAsync(user));
    }

    private static T ReadSeed<T>(string fileName)
    {
        var assembly = typeof(IdentitySeeder).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".SeedData." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, JsonSerializerOptions.Web)!;
    }

    private sealed record StandardRolesSeed(List<StandardRoleSeed> Roles);

    private sealed record StandardRoleSeed(string Name, List<string> Permissions);

    private sealed record DemoUsersSeed(List<DemoUserSeed> Users);

    private sealed record DemoUserSeed(string UserName, string Name, string Body, string? Role, List<string>? Roles);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Identity seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
