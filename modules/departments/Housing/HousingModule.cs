using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Departments.Housing;

/// <summary>
/// Housing and urban-rural development: construction, decoration and property-service enterprises, projects, and findings of
/// illegal contracting (违法发包、转包、违法分包、挂靠) against an enterprise or project (the entry's name is the enterprise or project found against).
/// </summary>
[DependsOn(typeof(RegistersModule))]
public sealed class HousingModule : RegisterPluginModule<HousingDbContext>
{
    public static readonly RegisterDefinition Definition = new(
        Key: "housing",
        Permission: "Dalad.Housing",
        Kinds: ["construction-enterprise", "decoration-enterprise", "property-service-enterprise", "project", "illegal-contract-award", "contract-transfer", "illegal-subcontracting", "qualification-lending"],
        Serves: body => body.Code == "housing",
        OwnerBodyCode: "housing",
        IndustryBodyCode: "housing");

    public override RegisterDefinition Register => Definition;
}

public sealed class HousingDbContext(DbContextOptions<HousingDbContext> options, DataScope scope) : RegisterDbContext(options, scope)
{
    protected override string Schema => HousingModule.Definition.Schema;
}

public sealed class HousingDesignTimeFactory() : ModuleDesignTimeFactory<HousingDbContext>(HousingModule.Definition.Schema)
{
    protected override HousingDbContext Create(DbContextOptions<HousingDbContext> options, DataScope scope) => new(options, scope);
}
