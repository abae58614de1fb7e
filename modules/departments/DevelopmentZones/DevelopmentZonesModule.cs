using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.DevelopmentZones;

/// <summary>
/// The development zones: the enterprises (and projects) in each zone. An entry lies in a zone (150621400 or 150621401) and is owned
/// by that zone's body, so a complaint naming it belongs to that zone's territory.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class DevelopmentZonesModule : RegisterPluginModule<DevelopmentZonesDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "development-zones",
        Permission: "Dalad.DevelopmentZones",
        Kinds: ["enterprise", "project"],
        Serves: body => body.Kind == BodyKinds.Zone,
        TerritoryKinds: ["zone"]);

    public override RegisterDefinition Register => Definition;
}

public sealed class DevelopmentZonesDbContext(DbContextOptions<DevelopmentZonesDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => DevelopmentZonesModule.Definition.Schema;
}

public sealed class DevelopmentZonesDesignTimeFactory() : ModuleDesignTimeFactory<DevelopmentZonesDbContext>(DevelopmentZonesModule.Definition.Schema)
{
    protected override DevelopmentZonesDbContext Create(DbContextOptions<DevelopmentZonesDbContext> options, DataScope scope) => new(options, scope);
}
