namespace Dalad.Oversight;

/// <summary>An employer that may be drawn (双随机一公开): an enterprise of the labour-intensive sectors with its GB/T 4754-2017 class.</summary>
/// <param name="RegisteredByBodyCode">The body whose register it is in (its regulator): that body's inspectors are conflicted.</param>
public sealed record DrawEmployerDto(Guid Id, string CreditCode, string Name, string IndustryCode, string? IndustryName, string? TerritoryCode,
    string RegisteredByBodyCode, bool IsActive);

public sealed record DrawEmployerInput(string? CreditCode, string? Name, string? IndustryCode, string? TerritoryCode, string? RegisteredByBodyCode, bool? IsActive);

/// <summary>An inspector of the pool with the employers (credit codes) he declared a conflict with.</summary>
public sealed record DrawInspectorDto(Guid Id, string Name, string BodyCode, string BodyName, IReadOnlyList<string> Conflicts, bool IsActive);

public sealed record DrawInspectorInput(string? Name, string? BodyCode, IReadOnlyList<string>? Conflicts, bool? IsActive);

/// <param name="Seed">The published seed; a random one when empty.</param>
/// <param name="Sections">GB/T 4754 sections drawn from; by default C, F, H and O.</param>
/// <param name="Employers">How many employers are drawn.</param>
/// <param name="TeamSize">How many inspectors go to each (by default 2).</param>
public sealed record DrawInput(string? Title, string? Seed, IReadOnlyList<string>? Sections, int? Employers, int? TeamSize);

/// <summary>An employer drawn, the inspectors drawn for it and the result of its inspection once recorded.</summary>
public sealed record DrawPickDto(string CreditCode, string Name, string IndustryCode, string? TerritoryCode, IReadOnlyList<DrawInspectorRefDto> Inspectors,
    DrawInspectionDto? Inspection);

/// <param name="Number">The inspector's number in the draw's pool (what the public page shows).</param>
/// <param name="Name">The inspector's name: for signed-in staff only, null on the public page.</param>
public sealed record DrawInspectorRefDto(int Number, string BodyCode, string BodyName, string? Name);

public sealed record DrawInspectionDto(DateOnly InspectedOn, string Outcome, string Summary);

public sealed record DrawInspectionInput(string? CreditCode, string? InspectedOn, string? Outcome, string? Summary);

/// <summary>A draw with its seed, its frame (the employers it drew from), its pool (numbers and bodies) and the result.</summary>
public sealed record DrawDto(Guid Id, string Title, string Seed, DateTimeOffset DrawnAt, IReadOnlyList<string> Sections, int TeamSize,
    IReadOnlyList<DrawFrameEntryDto> Frame, IReadOnlyList<DrawInspectorRefDto> Pool, IReadOnlyList<DrawPickDto> Picks);

public sealed record DrawFrameEntryDto(string CreditCode, string Name, string IndustryCode, string? TerritoryCode, string RegisteredByBodyCode);

public sealed record DrawSummaryDto(Guid Id, string Title, string Seed, DateTimeOffset DrawnAt, int Employers, int Inspected);
