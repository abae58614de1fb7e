namespace Dalad.Responsibility;

/// <summary>
/// The department workspaces: which department, if any, serves a body. A body no department serves gets the generic
/// workspace; the joint office and administrators get the overview of all bodies.
/// </summary>
public interface IWorkspaceContributor
{
    /// <summary>The key of the department whose workspace <paramref name="body"/> gets (also its UI route), or null.</summary>
    string? KeyFor(BodyDto body);
}

public static class WorkspaceKeys
{
    /// <summary>The overview of all bodies: the coordinator role's holder (the joint office) and administrators.</summary>
    public const string Coordination = "coordination";
    public const string Generic = "generic";
}

/// <param name="Workspace">A plugin's key, <see cref="WorkspaceKeys.Coordination"/> or <see cref="WorkspaceKeys.Generic"/>.</param>
public sealed record WorkspaceDto(string BodyCode, string BodyName, string Kind, string Workspace);

/// <summary>An entry of a department register (a project, an employer, a mine, an operator…) that routing can match in a complaint.</summary>
/// <param name="Source">The register: the plugin key, e.g. housing.</param>
/// <param name="Kind">project, employer, or a finer register-specific kind (coal-mine, taxi-operator…).</param>
/// <param name="TerritoryCode">9-digit territory code of where it is, if known.</param>
/// <param name="IndustryBodyCode">The industry owner the register implies (e.g. energy for a coal mine), if any.</param>
public sealed record RegisterEntryDto(Guid Id, string Source, string Kind, string Name, IReadOnlyList<string> Aliases, string? TerritoryCode, string? IndustryBodyCode);

/// <summary>The department registers, for search and routing (each entry names its department in <see cref="RegisterEntryDto.Source"/>).</summary>
public interface IRegisterSource
{
    string Source { get; }

    Task<IReadOnlyList<RegisterEntryDto>> GetEntriesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Published when a register entry is added, changed or removed, so indexes update.</summary>
public sealed record RegisterChanged(string Source, Guid EntryId);
