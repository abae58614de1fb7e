using Dalad.Platform.Data;

namespace Dalad.Responsibility.Domain;

/// <summary>
/// One entry of the matrix's append-only change log. <see cref="Version"/> (database-generated, increasing) is the
/// matrix version after the change. <see cref="Before"/> and <see cref="After"/> hold the whole aggregate — a body,
/// a territory with its aliases and villages, or a scope item with its keywords — as JSON of its DTO, so the matrix
/// as of any moment is the latest <see cref="After"/> of every aggregate up to that moment (null = removed).
/// </summary>
public sealed class MatrixChange : IAuditExempt
{
    public const int MaxBasisLength = 512;

    public long Version { get; set; }

    /// <summary>When the change was committed (UTC). The initial seed is dated at the plan it rests on.</summary>
    public DateTime Time { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>Who made the change; null for the seed.</summary>
    public string? UserName { get; set; }

    /// <summary>The document the change rests on (e.g. 达政办发〔2025〕XX号) or a note.</summary>
    public required string Basis { get; set; }

    /// <summary>One of <see cref="MatrixActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>One of <see cref="MatrixEntityTypes"/>.</summary>
    public required string EntityType { get; set; }

    /// <summary>Body code, territory code, scope item id or duty (<see cref="MatrixRoles"/>) key.</summary>
    public required string EntityKey { get; set; }

    /// <summary>The body concerned: the body itself, a territory's owner or a scope item's body.</summary>
    public required string BodyCode { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}

public static class MatrixEntityTypes
{
    public const string Body = "Body";
    public const string Territory = "Territory";
    public const string ScopeItem = "ScopeItem";
    public const string Duty = "Duty";
}

public static class MatrixActions
{
    public const string BodyCreated = "BodyCreated";
    public const string BodyUpdated = "BodyUpdated";
    public const string BodyDeactivated = "BodyDeactivated";
    public const string BodyActivated = "BodyActivated";
    public const string TerritoryCreated = "TerritoryCreated";
    public const string TerritoryUpdated = "TerritoryUpdated";
    public const string AliasAdded = "AliasAdded";
    public const string AliasRemoved = "AliasRemoved";
    public const string VillageAdded = "VillageAdded";
    public const string VillageRemoved = "VillageRemoved";
    public const string ScopeItemCreated = "ScopeItemCreated";
    public const string ScopeItemUpdated = "ScopeItemUpdated";
    public const string ScopeItemRemoved = "ScopeItemRemoved";
    public const string ScopeItemMoved = "ScopeItemMoved";
    public const string KeywordAdded = "KeywordAdded";
    public const string KeywordRemoved = "KeywordRemoved";
    public const string IndustryCodesSeeded = "IndustryCodesSeeded";
    public const string DutyAssigned = "DutyAssigned";
    public const string DutyReassigned = "DutyReassigned";
}
