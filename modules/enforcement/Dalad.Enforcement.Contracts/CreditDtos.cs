namespace Dalad.Enforcement;

/// <summary>A case whose result established arrears against an employer (the cases module keeps no credit code).</summary>
public sealed record ArrearsFindingInput(string? CaseNumber, string? EmployerName, string? CreditCode, DateOnly? EstablishedOn);

public sealed record ArrearsFindingDto(Guid Id, string CaseNumber, string EmployerName, string? CreditCode, DateOnly EstablishedOn, DateTime RecordedAt, string? RecordedBy);

/// <summary>An employer the rules single out, with its grounds and the cases behind them.</summary>
public sealed record CandidateDto(string EmployerName, string? CreditCode, IReadOnlyList<string> Grounds, IReadOnlyList<ArrearsFindingDto> Findings, Guid? OpenListingId);

public sealed record ProposeListingInput(string? EmployerName, string? CreditCode, string? Reasons);

public sealed record DecideListingInput(bool? Approve, string? Reasons, IReadOnlyList<string>? Restrictions);

public sealed record RemoveListingInput(string? Reasons);

public sealed record ListingDto(
    Guid Id, string EmployerName, string CreditCode, string Status, string ProposalReasons, DateTime ProposedAt, string? ProposedBy,
    string? DecisionReasons, DateTime? DecidedAt, string? DecidedBy, IReadOnlyList<string> Restrictions,
    DateOnly? ListedOn, DateOnly? RepairPeriodEndsOn, DateOnly? ExpiresOn,
    string? RemovalReasons, DateOnly? RemovedOn, string? RemovedBy);

/// <summary>The answer of the credit check: listed or not, with which restrictions and since when.</summary>
public sealed record CreditCheckDto(string CreditCode, bool Listed, string? EmployerName, IReadOnlyList<string> Restrictions, DateOnly? Since, DateOnly? Until, DateTime CheckedAt);

/// <summary>One recorded check.</summary>
public sealed record CreditCheckLogDto(Guid Id, string CreditCode, bool Listed, DateTime CheckedAt, string? CheckedBy);
