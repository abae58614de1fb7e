namespace Dalad.Responsibility;

/// <summary>
/// One sector or business type a body owns, as the Dalad plan writes it (e.g. housing: 建筑施工), with the words
/// that name it in a complaint. Keywords hold the item's own words and their synonyms, aliases and short forms;
/// administrators extend them. Items of a <see cref="BodyKinds.Zone"/> body apply inside that zone's territory only.
/// </summary>
/// <param name="SourceText">The plan's sentence the item comes from (or the administrator's wording for a new item).</param>
public sealed record ScopeItemDto(Guid Id, string BodyCode, string Sector, string SourceText, IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// The GB/T 4754-2017 codes (section, division, group or class, e.g. C, H62, C3074) this item owns: the plan's
    /// sentence (<see cref="SourceText"/>) is the basis. The most specific code wins when several bodies map a code.
    /// </summary>
    public IReadOnlyList<string> IndustryCodes { get; init; } = [];
}

/// <summary>
/// The result of moving a scope item's classes to another body. <paramref name="Kind"/>: Moved (the whole item),
/// Merged (into the target's item of the same sector), Split (a new item of the target), SplitIntoExisting.
/// <paramref name="Source"/> is null when the source item is gone or became the target.
/// </summary>
public sealed record ScopeItemMoveDto(string Kind, ScopeItemDto? Source, ScopeItemDto Target);

/// <summary>
/// The whole responsibility matrix at one version: every body (active or not), every territory with its aliases and
/// villages, every scope item with its keywords. Territorial and zone bodies' scope is their territories.
/// Lists are sorted by code (bodies, territories), by body code then sector (scope items), and ordinally inside.
/// </summary>
/// <param name="Version">The matrix version: the number of the last change included; 0 before the first.</param>
/// <param name="AsOf">The moment asked for, or null for the current matrix.</param>
public sealed record ResponsibilityMatrixSnapshot(
    long Version,
    DateTimeOffset? AsOf,
    IReadOnlyList<BodyDto> Bodies,
    IReadOnlyList<TerritoryDto> Territories,
    IReadOnlyList<ScopeItemDto> ScopeItems);

/// <summary>Reads the responsibility matrix; what search and routing index.</summary>
public interface IResponsibilityMatrix
{
    /// <summary>The matrix now, or as it stood at <paramref name="asOf"/> (including every change recorded up to that moment).</summary>
    Task<ResponsibilityMatrixSnapshot> GetSnapshotAsync(DateTimeOffset? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The current matrix version (0 while empty); cheap, for checking whether an index is stale.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Published through the event bus after every committed change to the matrix (a body, territory, alias, village,
/// scope item or keyword), so indexes can refresh. <paramref name="Version"/> is the matrix version after the change.
/// </summary>
public sealed record ResponsibilityMatrixChanged(long Version);
