using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Water;

/// <summary>
/// Water: water projects by type.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class WaterModule : RegisterPluginModule<WaterDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "water",
        Permission: "Dalad.Water",
        Kinds: ["reservoir", "check-dam", "embankment", "soil-erosion-project", "rural-drinking-water-project"],
        Serves: body => body.Code == "water",
        OwnerBodyCode: "water",
        IndustryBodyCode: "water");

    public override RegisterDefinition Register => Definition;
}

public sealed class WaterDbContext(DbContextOptions<WaterDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => WaterModule.Definition.Schema;
}

public sealed class WaterDesignTimeFactory() : ModuleDesignTimeFactory<WaterDbContext>(WaterModule.Definition.Schema)
{
    protected override WaterDbContext Create(DbContextOptions<WaterDbContext> options, DataScope scope) => new(options, scope);
}
