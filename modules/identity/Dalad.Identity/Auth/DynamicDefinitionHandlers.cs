using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Configuration;
using Dalad.Platform.Events;
using Dalad.Platform.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Auth;

/// <summary>
/// A permission defined as data at run time (a department's) reaches the administrators' role at once, as the modules'
/// permissions do at each start; cached grants and configurations are dropped so menus and policies follow.
/// </summary>
internal sealed class PermissionDefinitionsChangedHandler(IdentityDataContext db, PermissionDefinitionManager definitions, IdentityCacheStamp stamp)
    : IIntegrationEventHandler<PermissionDefinitionsChanged>
{
    public async Task HandleAsync(PermissionDefinitionsChanged integrationEvent, CancellationToken cancellationToken)
    {
        var granted = await db.PermissionGrants.Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == IdentityRoleNames.Admin)
            .Select(g => g.Name).ToListAsync(cancellationToken);
        var missing = definitions.All.Select(p => p.Name).Except(granted).ToList();
        foreach (var name in missing)
            db.PermissionGrants.Add(new PermissionGrant { Name = name, ProviderName = PermissionProviders.Role, ProviderKey = IdentityRoleNames.Admin });
        if (missing.Count > 0) await db.SaveChangesAsync(cancellationToken);
        await stamp.RenewAsync(cancellationToken);
    }
}

internal sealed class ApplicationConfigurationChangedHandler(IdentityCacheStamp stamp) : IIntegrationEventHandler<ApplicationConfigurationChanged>
{
    public Task HandleAsync(ApplicationConfigurationChanged integrationEvent, CancellationToken cancellationToken) => stamp.RenewAsync(cancellationToken);
}
