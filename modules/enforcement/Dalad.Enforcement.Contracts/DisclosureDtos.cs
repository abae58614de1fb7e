namespace Dalad.Enforcement;

/// <summary>The quarterly public disclosure of serious violations (Dalad plan 三（十）): HRSS compiles, approves, then it is public.</summary>
public static class DisclosurePermissions
{
    public const string GroupName = "Dalad.Disclosures";

    /// <summary>See the quarters' drafts and what was published.</summary>
    public const string Default = GroupName;

    /// <summary>Compile a quarter's draft from the decisions of the quarter (HRSS).</summary>
    public const string Compile = Default + ".Compile";

    /// <summary>Approve a draft, which publishes it (HRSS leadership).</summary>
    public const string Approve = Default + ".Approve";
}

/// <summary>draft → published (on approval).</summary>
public static class DisclosureStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
}

/// <summary>What a disclosed decision was.</summary>
public static class DisclosureKinds
{
    /// <summary>Listed as a dishonest employer (失信联合惩戒对象名单).</summary>
    public const string Listing = "listing";

    /// <summary>An administrative penalty decision (行政处罚决定).</summary>
    public const string Penalty = "penalty";
}

public sealed record CompileDisclosureInput(int? Year, int? Quarter);

/// <summary>One published line: never a worker's name, phone or identity number.</summary>
public sealed record DisclosureEntryDto(string Kind, string EmployerName, string? CreditCode, string Facts, string Decision, DateOnly DecidedOn);

public sealed record DisclosureDto(
    Guid Id, int Year, int Quarter, string Status, IReadOnlyList<DisclosureEntryDto> Entries, DateTime CompiledAt, string? CompiledBy,
    DateTime? PublishedAt, string? ApprovedBy);

/// <summary>The anonymous answer: the published quarter only, nothing about who compiled it.</summary>
public sealed record PublicDisclosureDto(int Year, int Quarter, DateTime PublishedAt, IReadOnlyList<DisclosureEntryDto> Entries);
