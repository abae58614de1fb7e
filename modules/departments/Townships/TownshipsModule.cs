using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Townships;

/// <summary>
/// Towns, sumu and streets: their villages and communities, and the projects a township implements itself. An entry lies in
/// one town, sumu or street and is owned by its body; every territorial body gets this workspace.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class TownshipsModule : RegisterPluginModule<TownshipsDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "townships",
        Permission: "Dalad.Townships",
        Kinds: ["village", "community", "project"],
        Serves: body => body.Kind == BodyKinds.Territorial,
        TerritoryKinds: ["town", "sumu", "street"]);

    public override RegisterDefinition Register => Definition;
}

public sealed class TownshipsDbContext(DbContextOptions<TownshipsDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => TownshipsModule.Definition.Schema;
}

public sealed class TownshipsDesignTimeFactory() : ModuleDesignTimeFactory<TownshipsDbContext>(TownshipsModule.Definition.Schema)
{
    protected override TownshipsDbContext Create(DbContextOptions<TownshipsDbContext> options, DataScope scope) => new(options, scope);
}
