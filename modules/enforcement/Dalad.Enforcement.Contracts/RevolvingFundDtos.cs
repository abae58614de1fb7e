namespace Dalad.Enforcement;

/// <summary>Finance's emergency revolving fund (应急周转金): advances of wages on urgent cases, recovered from the employer.</summary>
public static class RevolvingFundPermissions
{
    public const string GroupName = "Dalad.RevolvingFund";

    /// <summary>See the balance and the advances.</summary>
    public const string Default = GroupName;

    /// <summary>Request an advance on an urgent case (HRSS).</summary>
    public const string Request = Default + ".Request";

    /// <summary>Record capital, approve or refuse, pay and record recoveries (finance).</summary>
    public const string Manage = Default + ".Manage";
}

/// <summary>requested → approved | refused; approved → paid; paid → recovered (once fully recovered).</summary>
public static class AdvanceStatuses
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Refused = "refused";
    public const string Paid = "paid";
    public const string Recovered = "recovered";
}

public sealed record FundCapitalInput(decimal? Amount, string? Note);

public sealed record AdvanceInput(string? CaseNumber, string? EmployerName, int? Workers, decimal? Amount, string? Reason);

public sealed record AdvanceDecisionInput(bool? Approve, string? Note);

public sealed record AdvancePaymentInput(DateOnly? PaidOn);

public sealed record AdvanceRecoveryInput(decimal? Amount, DateOnly? RecoveredOn, string? Note);

public sealed record FundMovementDto(string Kind, decimal Amount, string? Note, DateTime At, string? By);

/// <param name="Balance">Money in the fund now: capital − paid advances + recoveries.</param>
/// <param name="Committed">Approved advances not paid yet (reserved from the balance).</param>
public sealed record RevolvingFundDto(decimal Capital, decimal Balance, decimal Committed, decimal Available, decimal Outstanding, IReadOnlyList<FundMovementDto> Movements);

public sealed record AdvanceRecoveryDto(decimal Amount, DateOnly On, string? Note, string? By);

public sealed record AdvanceDto(
    Guid Id, string CaseNumber, string EmployerName, int Workers, decimal Amount, string Reason, string Status,
    DateTime RequestedAt, string? RequestedBy, string? DecisionNote, DateTime? DecidedAt, string? DecidedBy, DateOnly? PaidOn,
    decimal Recovered, decimal Outstanding, IReadOnlyList<AdvanceRecoveryDto> Recoveries);
