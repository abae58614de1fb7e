namespace Dalad.Responsibility.Application;

// Change requests of the matrix API. Every change names its Basis: the document it rests on
// (e.g. 达政办发〔2025〕XX号) or a note; it is kept in the matrix history. On updates, an optional text left out
// (null) keeps its value; an empty one clears it.

public sealed record CreateBodyRequest(string Code, string Name, string Kind, string? Duty, string Basis);

/// <param name="Kind">null keeps the body's kind; a body that owns territory keeps a kind that owns territory.</param>
public sealed record UpdateBodyRequest(string Name, string? Duty, string Basis, string? Kind = null);

public sealed record ChangeBasisRequest(string Basis);

public sealed record CreateTerritoryRequest(string Code, string Name, string Kind, string BodyCode, IReadOnlyList<string>? Aliases, string Basis);

public sealed record UpdateTerritoryRequest(string Name, string BodyCode, string Basis);

public sealed record AddAliasRequest(string Alias, string Basis);

public sealed record AddVillageRequest(string Name, string Kind, string? Code, string Basis);

/// <param name="IndustryCodes">GB/T 4754-2017 codes the item owns (行业分类), e.g. C3074 or H62.</param>
public sealed record CreateScopeItemRequest(string Sector, string? SourceText, IReadOnlyList<string>? Keywords, string Basis, IReadOnlyList<string>? IndustryCodes = null);

/// <param name="IndustryCodes">null keeps the item's codes; a list (even empty) replaces them.</param>
public sealed record UpdateScopeItemRequest(string Sector, string? SourceText, string Basis, IReadOnlyList<string>? IndustryCodes = null);

public sealed record AddKeywordRequest(string Keyword, string Basis);

/// <param name="BodyCode">The active body that takes the classes over.</param>
/// <param name="IndustryCodes">The classes to move; null (or all of them) moves the whole item.</param>
public sealed record MoveScopeItemRequest(string BodyCode, string Basis, IReadOnlyList<string>? IndustryCodes = null);

/// <param name="BodyCode">The active body that takes the duty over.</param>
public sealed record ReassignDutyRequest(string BodyCode, string Basis);
