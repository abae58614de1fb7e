namespace Dalad.Responsibility;

/// <summary>Kinds of township-level unit (gazetteer).</summary>
public static class TerritoryKinds
{
    public const string Street = "street";
    public const string Town = "town";
    public const string Sumu = "sumu";
    public const string Zone = "zone";

    public static readonly IReadOnlyList<string> All = [Street, Town, Sumu, Zone];
}

/// <summary>Kinds of place below a territory: 嘎查村 (village) or 社区 (community).</summary>
public static class VillageKinds
{
    public const string Village = "village";
    public const string Community = "community";

    public static readonly IReadOnlyList<string> All = [Village, Community];
}

/// <param name="Code">12-digit statistical code, if known.</param>
public sealed record VillageDto(string Name, string Kind, string? Code);

/// <summary>
/// A township-level unit of Dalad Banner (town, sumu, street, development zone) and the body that owns it
/// (the territorial owner of 双交办). Its aliases and villages let routing recognise it in an address.
/// </summary>
/// <param name="Code">9-digit statistical division code, e.g. 150621104 (昭君镇) — not 150621002 (昭君街道).</param>
/// <param name="BodyCode">The owning body (kind territorial or zone).</param>
public sealed record TerritoryDto(string Code, string Name, string Kind, string BodyCode, IReadOnlyList<string> Aliases, IReadOnlyList<VillageDto> Villages);
