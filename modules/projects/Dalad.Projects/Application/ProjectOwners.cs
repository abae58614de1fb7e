using Dalad.Platform.Web;
using Dalad.Responsibility;

namespace Dalad.Projects.Application;

/// <summary>
/// The two owners of a project, from the responsibility matrix as for complaints (双交办): the territorial owner is the
/// body of the project's territory; the industry owner is the body whose scope item has the longest GB/T 4754 code
/// prefixing the project's type — inside a development zone, the zone's management committee when one of its own
/// items covers the type (园区内—园区管委会). No body code is written in code.
/// </summary>
internal sealed class ProjectOwners(IResponsibilityMatrix matrix)
{
    public sealed record Owners(TerritoryDto Territory, BodyDto Territorial, BodyDto Industry);

    public async Task<Owners> FindAsync(string typeCode, string territoryCode, CancellationToken ct)
    {
        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        var bodies = snapshot.Bodies.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var territory = snapshot.Territories.FirstOrDefault(t => t.Code == territoryCode)
            ?? throw new BusinessException("Projects:UnknownTerritory", territoryCode);
        var territorial = bodies[territory.BodyCode];

        string? Best(IEnumerable<ScopeItemDto> items) => items
            .Where(i => bodies.TryGetValue(i.BodyCode, out var b) && b.IsActive)
            .SelectMany(i => i.IndustryCodes.Where(c => c != "*" && typeCode.StartsWith(c, StringComparison.Ordinal)).Select(c => (i.BodyCode, c.Length)))
            .OrderByDescending(x => x.Length).Select(x => x.BodyCode).FirstOrDefault();

        var industryCode = territorial.Kind == BodyKinds.Zone ? Best(snapshot.ScopeItems.Where(i => i.BodyCode == territorial.Code)) : null;
        industryCode ??= Best(snapshot.ScopeItems.Where(i => bodies.TryGetValue(i.BodyCode, out var b) && b.Kind != BodyKinds.Zone));
        if (industryCode is null) throw new BusinessException("Projects:NoIndustryOwner", typeCode);
        return new Owners(territory, territorial, bodies[industryCode]);
    }
}
