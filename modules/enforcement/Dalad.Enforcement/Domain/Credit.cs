using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>A rule of enforcement was broken; the message key is localized (Chinese) by the application.</summary>
public sealed class EnforcementRuleException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}

/// <summary>
/// A case whose result established arrears against an employer. The cases module records the employer only as typed
/// by the complainant and no credit code, so HRSS records the finding here, with the code when it is known.
/// </summary>
public sealed class ArrearsFinding : AuditedEntity
{
    public const int MaxNameLength = 200;

    public required string CaseNumber { get; set; }
    public required string EmployerName { get; set; }
    public required string NormalisedName { get; set; }
    public string? CreditCode { get; set; }
    public DateOnly EstablishedOn { get; set; }

    public static ArrearsFinding Create(string caseNumber, string employerName, string? creditCode, DateOnly establishedOn) => new()
    {
        CaseNumber = caseNumber.Trim(),
        EmployerName = employerName.Trim(),
        NormalisedName = EmployerNames.Normalise(employerName),
        CreditCode = string.IsNullOrWhiteSpace(creditCode) ? null : CreditCodes.Normalise(creditCode),
        EstablishedOn = establishedOn,
    };
}

/// <summary>
/// An employer on (or proposed for) the dishonest-employer list. HRSS proposes; 发改 decides with reasons and the
/// restrictions. A listing stays for <see cref="RetentionYears"/> years; it may be removed earlier only after the repair
/// period (<see cref="RepairPeriodYears"/> year) and with reasons (the arrears paid, 信用修复).
/// </summary>
public sealed class Listing : AuditedEntity
{
    public const int MaxReasonsLength = 2000;
    public const int RetentionYears = 3;
    public const int RepairPeriodYears = 1;

    public required string EmployerName { get; set; }
    public required string CreditCode { get; set; }
    public string Status { get; set; } = ListingStatuses.Proposed;
    public required string ProposalReasons { get; set; }
    public DateTime ProposedAt { get; set; }
    public string? ProposedBy { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public List<string> Restrictions { get; set; } = [];
    public DateOnly? ListedOn { get; set; }
    public string? RemovalReasons { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public string? RemovedBy { get; set; }
    public int Revision { get; set; }

    public DateOnly? RepairPeriodEndsOn => ListedOn?.AddYears(RepairPeriodYears);
    public DateOnly? ExpiresOn => ListedOn?.AddYears(RetentionYears);

    /// <summary>Listed and in force on the day (not removed, not past its retention).</summary>
    public bool IsInForce(DateOnly today) => Status == ListingStatuses.Listed && ListedOn <= today && today < ExpiresOn;

    public static Listing Propose(string employerName, string creditCode, string reasons, string? user, DateTime now)
    {
        if (!CreditCodes.IsValid(creditCode)) throw new EnforcementRuleException("Credit:InvalidCode", creditCode);
        return new Listing
        {
            EmployerName = employerName.Trim(), CreditCode = CreditCodes.Normalise(creditCode), ProposalReasons = reasons.Trim(),
            ProposedAt = now, ProposedBy = user,
        };
    }

    /// <summary>发改's decision: listed with at least one restriction from the day of the decision, or rejected.</summary>
    public void Decide(bool approve, string reasons, IReadOnlyCollection<string> restrictions, string? user, DateTime now, DateOnly today)
    {
        if (Status != ListingStatuses.Proposed) throw new EnforcementRuleException("Credit:AlreadyDecided");
        if (approve)
        {
            if (restrictions.Count == 0) throw new EnforcementRuleException("Credit:RestrictionsRequired");
            var unknown = restrictions.FirstOrDefault(r => !CreditRestrictions.All.Contains(r));
            if (unknown is not null) throw new EnforcementRuleException("Credit:UnknownRestriction", unknown);
            Restrictions = restrictions.Distinct().ToList();
            ListedOn = today;
        }
        Status = approve ? ListingStatuses.Listed : ListingStatuses.Rejected;
        DecisionReasons = reasons.Trim();
        DecidedAt = now;
        DecidedBy = user;
        Revision++;
    }

    /// <summary>Removal (移出) after the repair period, with reasons.</summary>
    public void Remove(string reasons, string? user, DateOnly today)
    {
        if (Status != ListingStatuses.Listed) throw new EnforcementRuleException("Credit:NotListed");
        if (today < RepairPeriodEndsOn) throw new EnforcementRuleException("Credit:RepairPeriodRunning", RepairPeriodEndsOn!.Value.ToString("yyyy-MM-dd"));
        Status = ListingStatuses.Removed;
        RemovalReasons = reasons.Trim();
        RemovedOn = today;
        RemovedBy = user;
        Revision++;
    }
}

/// <summary>One credit check: who asked about which code, when, and what was answered (the audit of the check API).</summary>
public sealed class CreditCheck : AuditedEntity
{
    public required string CreditCode { get; set; }
    public bool Listed { get; set; }
    public Guid? ListingId { get; set; }
    public DateTime CheckedAt { get; set; }
    public string? CheckedBy { get; set; }
}
