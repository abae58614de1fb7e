using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// Finance's emergency revolving fund (应急周转金), one per platform. Balance = capital − advances paid + recoveries;
/// approved advances not yet paid are reserved (<see cref="Committed"/>), so two approvals never spend the same money.
/// </summary>
public sealed class RevolvingFund : AuditedEntity
{
    /// <summary>The one fund's id.</summary>
    public static readonly Guid TheFund = new("6d1f7a52-0d3c-4c35-9a3e-5f0e2b7c1a01");

    public decimal Capital { get; set; }
    public decimal Balance { get; set; }
    public decimal Committed { get; set; }
    public List<FundMovement> Movements { get; set; } = [];
    public int Revision { get; set; }

    public decimal Available => Balance - Committed;

    public void AddCapital(decimal amount, string? note, DateTime now, string? user)
    {
        if (amount <= 0) throw new EnforcementRuleException("Fund:AmountPositive");
        Capital += amount;
        Balance += amount;
        Move("capital", amount, note, now, user);
    }

    /// <summary>An advance may never be more than what is available now.</summary>
    public void EnsureAvailable(decimal amount)
    {
        if (amount > Available) throw new EnforcementRuleException("Fund:AboveBalance", amount.ToString("#,##0.00"), Available.ToString("#,##0.00"));
    }

    internal void Reserve(decimal amount)
    {
        EnsureAvailable(amount);
        Committed += amount;
        Revision++;
    }

    internal void Pay(decimal amount, string note, DateTime now, string? user)
    {
        Committed -= amount;
        Balance -= amount;
        Move("advance", -amount, note, now, user);
    }

    internal void Recover(decimal amount, string note, DateTime now, string? user)
    {
        Balance += amount;
        Move("recovery", amount, note, now, user);
    }

    private void Move(string kind, decimal amount, string? note, DateTime now, string? user)
    {
        Movements = [.. Movements, new FundMovement(kind, amount, note?.Trim(), now, user)];
        Revision++;
    }
}

public sealed record FundMovement(string Kind, decimal Amount, string? Note, DateTime At, string? By);

/// <summary>An advance of wages on an urgent case: requested by HRSS, approved and paid by finance, recovered from the employer.</summary>
public sealed class FundAdvance : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public required string CaseNumber { get; set; }
    public required string EmployerName { get; set; }
    public int Workers { get; set; }
    public decimal Amount { get; set; }
    public required string Reason { get; set; }
    public string Status { get; set; } = AdvanceStatuses.Requested;
    public DateTime RequestedAt { get; set; }
    public string? RequestedBy { get; set; }
    public string? DecisionNote { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal Recovered { get; set; }
    public List<AdvanceRecovery> Recoveries { get; set; } = [];
    public int Revision { get; set; }

    public decimal Outstanding => Status is AdvanceStatuses.Paid or AdvanceStatuses.Recovered ? Amount - Recovered : 0m;

    public static FundAdvance Request(RevolvingFund fund, string caseNumber, string employerName, int workers, decimal amount, string reason, DateTime now, string? user)
    {
        if (amount <= 0) throw new EnforcementRuleException("Fund:AmountPositive");
        if (workers <= 0) throw new EnforcementRuleException("Fund:WorkersPositive");
        fund.EnsureAvailable(amount);
        return new FundAdvance
        {
            CaseNumber = caseNumber.Trim(), EmployerName = employerName.Trim(), Workers = workers, Amount = amount, Reason = reason.Trim(),
            RequestedAt = now, RequestedBy = user,
        };
    }

    public void Decide(RevolvingFund fund, bool approve, string? note, DateTime now, string? user)
    {
        if (Status != AdvanceStatuses.Requested) throw new EnforcementRuleException("Fund:NotRequested");
        if (approve) fund.Reserve(Amount);
        Status = approve ? AdvanceStatuses.Approved : AdvanceStatuses.Refused;
        DecisionNote = note?.Trim();
        DecidedAt = now;
        DecidedBy = user;
        Revision++;
    }

    public void Pay(RevolvingFund fund, DateOnly paidOn, DateOnly today, DateTime now, string? user)
    {
        if (Status != AdvanceStatuses.Approved) throw new EnforcementRuleException("Fund:NotApproved");
        if (paidOn > today || DecidedAt is { } d && paidOn < DateOnly.FromDateTime(d.AddHours(8))) throw new EnforcementRuleException("Fund:PaidOutOfRange");
        fund.Pay(Amount, CaseNumber, now, user);
        Status = AdvanceStatuses.Paid;
        PaidOn = paidOn;
        Revision++;
    }

    /// <summary>A recovery from the employer, partial or the rest; never more than is outstanding.</summary>
    public void Recover(RevolvingFund fund, decimal amount, DateOnly on, string? note, DateOnly today, DateTime now, string? user)
    {
        if (Status != AdvanceStatuses.Paid) throw new EnforcementRuleException("Fund:NotPaid");
        if (amount <= 0) throw new EnforcementRuleException("Fund:AmountPositive");
        if (amount > Amount - Recovered) throw new EnforcementRuleException("Fund:AboveOutstanding", (Amount - Recovered).ToString("#,##0.00"));
        if (on > today || on < PaidOn) throw new EnforcementRuleException("Fund:RecoveredOutOfRange");
        fund.Recover(amount, CaseNumber, now, user);
        Recovered += amount;
        Recoveries = [.. Recoveries, new AdvanceRecovery(amount, on, note?.Trim(), user)];
        if (Recovered == Amount) Status = AdvanceStatuses.Recovered;
        Revision++;
    }
}

public sealed record AdvanceRecovery(decimal Amount, DateOnly On, string? Note, string? By);
