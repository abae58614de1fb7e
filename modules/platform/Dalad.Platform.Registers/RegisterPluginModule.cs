using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Platform.Registers;

/// <summary>Brings the registers' shared texts (columns, messages); every department plugin depends on it.</summary>
public sealed class RegistersModule : DaladModule;

/// <summary>
/// Base of a department plugin: its register table, permissions, workspace, register API and register source,
/// all from one <see cref="RegisterDefinition"/>. A plugin adds its texts and anything special to it.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public abstract class RegisterPluginModule<TContext> : DaladModule where TContext : RegisterDbContext
{
    public abstract RegisterDefinition Register { get; }

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var register = Register;
        context.AddModuleDbContext<TContext>(register.Schema);
        context.Services.AddSingleton<IPermissionDefinitionProvider>(new RegisterPermissions(register));
        context.Services.AddSingleton<IWorkspaceContributor>(new RegisterWorkspace(register));
        context.Services.AddScoped<IRegisterSource>(sp => new RegisterSource(register, sp.GetRequiredService<TContext>(), sp.GetRequiredService<DataScope>()));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => RegisterEndpoints.Map<TContext>(endpoints, Register);
}

/// <summary>Permissions <c>Dalad.X</c> (see the register) and <c>Dalad.X.Manage</c> (change it), texts <c>Permission:Dalad.X…</c>.</summary>
internal sealed class RegisterPermissions(RegisterDefinition register) : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(register.Permission, "Permission:" + register.Permission)
            .AddPermission(register.Permission, "Permission:" + register.Permission + ".View")
            .AddChild(register.ManagePermission, "Permission:" + register.ManagePermission);
}

internal sealed class RegisterWorkspace(RegisterDefinition register) : IWorkspaceContributor
{
    public string Key => register.Key;

    public bool Serves(BodyDto body) => register.Serves(body);
}

/// <summary>The register's active entries for search and routing, whoever asks (read in the system data scope).</summary>
internal sealed class RegisterSource(RegisterDefinition register, RegisterDbContext db, DataScope scope) : IRegisterSource
{
    public string Source => register.Key;

    public async Task<IReadOnlyList<RegisterEntryDto>> GetEntriesAsync(CancellationToken cancellationToken = default)
    {
        using var system = scope.BeginSystemScope();
        var entries = await db.Entries.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        return entries.Select(e => new RegisterEntryDto(e.Id, register.Key, e.Kind, e.Name, e.AliasList, e.TerritoryCode, e.IndustryBodyCode)).ToList();
    }
}
