using Dalad.Platform.Data;

namespace Dalad.Responsibility.Domain;

/// <summary>A township-level unit (town, sumu, street, zone) with its owning body, aliases and villages.</summary>
public sealed class Territory : AuditedEntity
{
    public const int MaxNameLength = 64;

    /// <summary>9-digit statistical division code.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string BodyCode { get; set; }

    /// <summary>Raised on every change to the territory, its aliases or villages (concurrency token).</summary>
    public int Revision { get; set; }

    public List<TerritoryAlias> Aliases { get; set; } = [];
    public List<Village> Villages { get; set; } = [];

    public TerritoryDto ToDto() => new(Code, Name, Kind, BodyCode,
        Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal).ToList(),
        Villages.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => new VillageDto(v.Name, v.Kind, v.Code)).ToList());
}

public sealed class TerritoryAlias
{
    public const int MaxLength = 64;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TerritoryId { get; set; }
    public required string Alias { get; set; }
}

/// <summary>A 嘎查村 (village) or 社区 (community) of a territory.</summary>
public sealed class Village
{
    public const int MaxNameLength = 64;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TerritoryId { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }

    /// <summary>12-digit statistical code, if known.</summary>
    public string? Code { get; set; }
}
