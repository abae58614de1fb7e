using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Forestry;

/// <summary>
/// Forestry and grassland: ecological projects, state forest farms and nurseries.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class ForestryModule : RegisterPluginModule<ForestryDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "forestry",
        Permission: "Dalad.Forestry",
        Kinds: ["ecological-project", "state-forest-farm", "nursery"],
        Serves: body => body.Code == "forestry",
        OwnerBodyCode: "forestry",
        IndustryBodyCode: "forestry");

    public override RegisterDefinition Register => Definition;
}

public sealed class ForestryDbContext(DbContextOptions<ForestryDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => ForestryModule.Definition.Schema;
}

public sealed class ForestryDesignTimeFactory() : ModuleDesignTimeFactory<ForestryDbContext>(ForestryModule.Definition.Schema)
{
    protected override ForestryDbContext Create(DbContextOptions<ForestryDbContext> options, DataScope scope) => new(options, scope);
}
