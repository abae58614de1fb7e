using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// An order (责令改正 or 责令支付) issued on a case: its deadline, the day it was served, then complied with or not.
/// "Not complied" can be recorded only once the deadline has passed; an order to pay that lapsed served and not complied
/// is what a referral to the police needs (<see cref="Lapsed"/>).
/// </summary>
public sealed class Order : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public required string Kind { get; set; }
    public required string CaseNumber { get; set; }
    public required string EmployerName { get; set; }
    public string? CreditCode { get; set; }
    public decimal? Amount { get; set; }
    public required string Text { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly DeadlineOn { get; set; }
    public DateOnly? ServedOn { get; set; }
    public string Outcome { get; set; } = OrderOutcomes.Pending;
    public DateOnly? OutcomeOn { get; set; }
    public string? OutcomeNote { get; set; }
    public int Revision { get; set; }

    public static Order Issue(string kind, string caseNumber, string employerName, string? creditCode, decimal? amount, string text, DateOnly issuedOn, DateOnly deadlineOn)
    {
        if (!OrderKinds.All.Contains(kind)) throw new EnforcementRuleException("Orders:UnknownKind", kind);
        if (deadlineOn <= issuedOn) throw new EnforcementRuleException("Orders:DeadlineBeforeIssue");
        if (kind == OrderKinds.Pay && amount is not > 0) throw new EnforcementRuleException("Orders:AmountRequired");
        if (creditCode is not null && !CreditCodes.IsValid(creditCode)) throw new EnforcementRuleException("Credit:InvalidCode", creditCode);
        return new Order
        {
            Kind = kind, CaseNumber = caseNumber.Trim(), EmployerName = employerName.Trim(),
            CreditCode = creditCode is null ? null : CreditCodes.Normalise(creditCode), Amount = amount, Text = text.Trim(),
            IssuedOn = issuedOn, DeadlineOn = deadlineOn,
        };
    }

    public void Serve(DateOnly servedOn, DateOnly today)
    {
        if (ServedOn is not null) throw new EnforcementRuleException("Orders:AlreadyServed");
        if (servedOn < IssuedOn || servedOn > today) throw new EnforcementRuleException("Orders:ServedOutOfRange");
        if (servedOn > DeadlineOn) throw new EnforcementRuleException("Orders:ServedAfterDeadline");
        ServedOn = servedOn;
        Revision++;
    }

    public void RecordOutcome(bool complied, string? note, DateOnly today)
    {
        if (ServedOn is null) throw new EnforcementRuleException("Orders:NotServed");
        if (Outcome != OrderOutcomes.Pending) throw new EnforcementRuleException("Orders:OutcomeRecorded");
        // Not complying can only be found once the time to comply is over.
        if (!complied && today <= DeadlineOn) throw new EnforcementRuleException("Orders:DeadlineNotPassed", DeadlineOn.ToString("yyyy-MM-dd"));
        Outcome = complied ? OrderOutcomes.Complied : OrderOutcomes.NotComplied;
        OutcomeOn = today;
        OutcomeNote = note?.Trim();
        Revision++;
    }

    /// <summary>An order to pay, served, whose deadline has passed without compliance.</summary>
    public bool Lapsed(DateOnly today) => Kind == OrderKinds.Pay && ServedOn is not null && today > DeadlineOn && Outcome != OrderOutcomes.Complied;
}

/// <summary>A penalty case (行政处罚案件) with its number, moving one step at a time: 立案 → 调查 → 告知 → 决定 → 执行.</summary>
public sealed class PenaltyCase : AuditedEntity
{
    public required string Number { get; set; }
    public required string CaseNumber { get; set; }
    public Guid? OrderId { get; set; }
    public required string EmployerName { get; set; }
    public required string Facts { get; set; }
    public string Step { get; set; } = PenaltySteps.Filed;
    public List<PenaltyStep> Steps { get; set; } = [];
    public int Revision { get; set; }

    public static PenaltyCase File(string number, string caseNumber, Guid? orderId, string employerName, string facts, string? user, DateOnly today) => new()
    {
        Number = number, CaseNumber = caseNumber.Trim(), OrderId = orderId, EmployerName = employerName.Trim(), Facts = facts.Trim(),
        Steps = [new PenaltyStep(PenaltySteps.Filed, null, today, user)],
    };

    /// <summary>Only the next step, never one skipped or repeated.</summary>
    public void Advance(string step, string? note, string? user, DateOnly today)
    {
        var next = PenaltySteps.All.IndexOf(Step) + 1;
        if (next >= PenaltySteps.All.Count) throw new EnforcementRuleException("Penalties:Finished");
        if (step != PenaltySteps.All[next]) throw new EnforcementRuleException("Penalties:NotNextStep", PenaltySteps.All[next]);
        if (step == PenaltySteps.Decided && string.IsNullOrWhiteSpace(note)) throw new EnforcementRuleException("Penalties:DecisionRequired");
        Step = step;
        Steps = [.. Steps, new PenaltyStep(step, note?.Trim(), today, user)];
        Revision++;
    }
}

public sealed record PenaltyStep(string Step, string? Note, DateOnly On, string? By);

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}

/// <summary>
/// A referral of suspected 拒不支付劳动报酬 to the police. The measure allows it only after an order to pay was ignored:
/// <see cref="Refer"/> refuses unless the order to pay was served and lapsed without compliance.
/// </summary>
public sealed class Referral : AuditedEntity
{
    public Guid OrderId { get; set; }
    public required string CaseNumber { get; set; }
    public required string EmployerName { get; set; }
    public string? CreditCode { get; set; }
    public decimal? Amount { get; set; }
    public required string Facts { get; set; }
    public required string ReferringBodyCode { get; set; }
    public required string PoliceBodyCode { get; set; }
    public string Status { get; set; } = ReferralStatuses.Received;
    public List<ReferralStep> Steps { get; set; } = [];
    public int Revision { get; set; }

    public static Referral Refer(Order order, string facts, string referringBodyCode, string policeBodyCode, string? user, DateTime now, DateOnly today)
    {
        if (order.Kind != OrderKinds.Pay) throw new EnforcementRuleException("Referrals:NeedsOrderToPay");
        if (order.ServedOn is null) throw new EnforcementRuleException("Referrals:OrderNotServed");
        if (order.Outcome == OrderOutcomes.Complied) throw new EnforcementRuleException("Referrals:OrderComplied");
        if (!order.Lapsed(today)) throw new EnforcementRuleException("Referrals:DeadlineNotPassed", order.DeadlineOn.ToString("yyyy-MM-dd"));
        return new Referral
        {
            OrderId = order.Id, CaseNumber = order.CaseNumber, EmployerName = order.EmployerName, CreditCode = order.CreditCode, Amount = order.Amount,
            Facts = facts.Trim(), ReferringBodyCode = referringBodyCode, PoliceBodyCode = policeBodyCode,
            Steps = [new ReferralStep(ReferralStatuses.Received, null, now, user)],
        };
    }

    /// <summary>The next status only: received → filed → prosecuted → judged.</summary>
    public void Advance(string status, string? note, string? user, DateTime now)
    {
        var next = ReferralStatuses.All.IndexOf(Status) + 1;
        if (next >= ReferralStatuses.All.Count) throw new EnforcementRuleException("Referrals:Finished");
        if (status != ReferralStatuses.All[next]) throw new EnforcementRuleException("Referrals:NotNextStatus", ReferralStatuses.All[next]);
        Status = status;
        Steps = [.. Steps, new ReferralStep(status, note?.Trim(), now, user)];
        Revision++;
    }
}

public sealed record ReferralStep(string Status, string? Note, DateTime At, string? By);
