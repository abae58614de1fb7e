using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Energy;

/// <summary>
/// Energy: coal mines, washing plants, coal yards and logistics, power and new-energy plants, oil and gas pipelines.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class EnergyModule : RegisterPluginModule<EnergyDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "energy",
        Permission: "Dalad.Energy",
        Kinds: ["coal-mine", "washing-plant", "coal-yard", "coal-logistics", "power-plant", "new-energy-plant", "oil-gas-pipeline"],
        Serves: body => body.Code == "energy",
        OwnerBodyCode: "energy",
        IndustryBodyCode: "energy");

    public override RegisterDefinition Register => Definition;
}

public sealed class EnergyDbContext(DbContextOptions<EnergyDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => EnergyModule.Definition.Schema;
}

public sealed class EnergyDesignTimeFactory() : ModuleDesignTimeFactory<EnergyDbContext>(EnergyModule.Definition.Schema)
{
    protected override EnergyDbContext Create(DbContextOptions<EnergyDbContext> options, DataScope scope) => new(options, scope);
}
