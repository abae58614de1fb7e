using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Transport;

/// <summary>
/// Transport: operators of taxis, ride-hailing, buses, freight and vehicle repair.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class TransportModule : RegisterPluginModule<TransportDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "transport",
        Permission: "Dalad.Transport",
        Kinds: ["taxi-operator", "ride-hailing-operator", "bus-operator", "freight-operator", "vehicle-repair-operator"],
        Serves: body => body.Code == "transport",
        OwnerBodyCode: "transport",
        IndustryBodyCode: "transport");

    public override RegisterDefinition Register => Definition;
}

public sealed class TransportDbContext(DbContextOptions<TransportDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => TransportModule.Definition.Schema;
}

public sealed class TransportDesignTimeFactory() : ModuleDesignTimeFactory<TransportDbContext>(TransportModule.Definition.Schema)
{
    protected override TransportDbContext Create(DbContextOptions<TransportDbContext> options, DataScope scope) => new(options, scope);
}
