using Dalad.Identity.Auth;
using Dalad.Identity.Domain;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dalad.Identity.Data;

internal static class IdentitySeeder
{
    /// <summary>The admin role holds every defined permission (re-checked at each start, so new modules' permissions reach it);
    /// the admin user is created once, as a member of the joint office.</summary>
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
        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await services.GetRequiredService<IdentityCacheStamp>().RenewAsync(ct);
        }

        if (await users.FindByNameAsync(options.UserName) is null)
        {
            var admin = new AppUser { UserName = options.UserName, Email = options.Email, EmailConfirmed = true, Name = "管理员" };
            admin.Bodies.Add(new UserBody { BodyCode = WellKnownBodies.JointOffice });
            Check(await users.CreateAsync(admin, options.Password));
            Check(await users.AddToRoleAsync(admin, IdentityRoleNames.Admin));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Identity seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
