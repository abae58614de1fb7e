using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>The thresholds that make a case backlog (configuration <c>Enforcement:Backlog:*</c>).</summary>
/// <param name="MinOpenDays">Days since the case was opened, while it is not closed (default 365: a year unpaid).</param>
/// <param name="MinReopenings">Times reopened after an unsatisfied visit (default 2).</param>
/// <param name="MinPetitions">Complaints about it, the first and its repeats (default 3).</param>
public sealed record BacklogCriteria(int MinOpenDays = 365, int MinReopenings = 2, int MinPetitions = 3)
{
    /// <summary>The case as the cases module describes it when it is flagged.</summary>
    public sealed record CaseAge(DateTime OpenedAt, bool Closed, int ReopenCount, int PetitionCount);

    /// <summary>The computed grounds, then the recorded circumstance (if any); empty = not backlog.</summary>
    public IReadOnlyList<string> Grounds(CaseAge c, string? circumstance, DateTime utcNow)
    {
        if (circumstance is not null && !BacklogGrounds.Recorded.Contains(circumstance))
            throw new EnforcementRuleException("Backlog:UnknownCircumstance", circumstance);
        var grounds = new List<string>();
        if (!c.Closed && (utcNow - c.OpenedAt).TotalDays >= MinOpenDays) grounds.Add(BacklogGrounds.LongOpen);
        if (c.ReopenCount >= MinReopenings) grounds.Add(BacklogGrounds.Reopened);
        if (c.PetitionCount >= MinPetitions) grounds.Add(BacklogGrounds.RepeatedPetitions);
        if (circumstance is not null) grounds.Add(circumstance);
        return grounds;
    }
}

/// <summary>A channel's steps: each stage is a list of alternatives, taken in order; the last stage ends the channel.</summary>
public sealed record BacklogChannel(string Code, IReadOnlyList<IReadOnlyList<string>> Stages)
{
    /// <summary>The final steps that can only mean "not settled".</summary>
    public static readonly IReadOnlySet<string> Failures = new HashSet<string> { BacklogSteps.MediationFailed, BacklogSteps.Rejected };

    /// <summary>The final steps that mean "settled" by themselves (an agreement, a confirmation, a conciliation).</summary>
    public static readonly IReadOnlySet<string> Settlements = new HashSet<string> { BacklogSteps.Agreed, BacklogSteps.Confirmed, BacklogSteps.Conciliated };

    public static readonly IReadOnlyList<BacklogChannel> All =
    [
        new(BacklogChannels.Mediation, [[BacklogSteps.Accepted], [BacklogSteps.Mediating], [BacklogSteps.Agreed, BacklogSteps.MediationFailed]]),
        new(BacklogChannels.JudicialConfirmation, [[BacklogSteps.Applied], [BacklogSteps.Confirmed, BacklogSteps.Rejected]]),
        new(BacklogChannels.Arbitration, [[BacklogSteps.Filed], [BacklogSteps.Heard], [BacklogSteps.Awarded, BacklogSteps.Conciliated]]),
        new(BacklogChannels.Litigation, [[BacklogSteps.Filed], [BacklogSteps.Tried], [BacklogSteps.Judged], [BacklogSteps.Executed]]),
    ];

    public static BacklogChannel? Find(string? code) => All.FirstOrDefault(c => c.Code == code);

    /// <summary>The defaults of the receiving bodies (the seed's codes): 人民调解 → 司法局; 司法确认 and litigation → the
    /// court; arbitration → HRSS, whose duty includes 调解、仲裁 (the seed has no separate arbitration committee).</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultBodies = new Dictionary<string, string>
    {
        [BacklogChannels.Mediation] = "justice",
        [BacklogChannels.JudicialConfirmation] = "court",
        [BacklogChannels.Arbitration] = "hrss",
        [BacklogChannels.Litigation] = "court",
    };
}

/// <summary>One step recorded on a route.</summary>
public sealed class BacklogStepRecord
{
    public string Step { get; set; } = "";
    public string? Note { get; set; }
    public DateTime At { get; set; }
    public string? By { get; set; }
}

/// <summary>A backlog case sent to one channel and its body.</summary>
public sealed class BacklogRoute
{
    public int Number { get; set; }
    public string Channel { get; set; } = "";
    public string BodyCode { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime RoutedAt { get; set; }
    public string? RoutedBy { get; set; }
    public bool? FeeDeferred { get; set; }
    public List<BacklogStepRecord> Steps { get; set; } = [];
    public string? Outcome { get; set; }
    public decimal? AmountRecovered { get; set; }
    public DateTime? EndedAt { get; set; }

    public bool Open => Outcome is null;

    /// <summary>The steps that may come next (empty once ended).</summary>
    public IReadOnlyList<string> NextSteps()
    {
        if (!Open) return [];
        var channel = BacklogChannel.Find(Channel)!;
        return channel.Stages[Steps.Count];
    }
}

public static class BacklogOutcomes
{
    public const string Settled = "settled";
    public const string Unsettled = "unsettled";
}

/// <summary>
/// A case flagged as backlog (陈欠积案) with the grounds found, routed to one channel at a time. The receiving body
/// records the channel's steps in order; the last step ends the route with its outcome (settled or not, the amount
/// recovered). A route that ends unsettled leaves the case flagged, to be routed again (mediation failed → arbitration).
/// </summary>
public sealed class BacklogCase : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public Guid CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public DateTime OpenedAt { get; init; }
    public int ReopenCount { get; init; }
    public int PetitionCount { get; init; }
    public List<string> Grounds { get; init; } = [];
    public required string Reason { get; init; }
    public required string FlaggingBodyCode { get; init; }
    public DateTime FlaggedAt { get; init; }
    public string? FlaggedBy { get; init; }
    public string Status { get; private set; } = BacklogStatuses.Flagged;

    /// <summary>The body of the open (or last) route: its inbox.</summary>
    public string? ReceivingBodyCode { get; private set; }

    public List<BacklogRoute> Routes { get; private set; } = [];
    public int Revision { get; set; }

    public decimal AmountRecovered => Routes.Sum(r => r.AmountRecovered ?? 0);

    public BacklogRoute? CurrentRoute => Routes.Count == 0 ? null : Routes[^1];

    /// <summary>Flags a case: refused when no ground applies (neither computed nor recorded) or the case is closed
    /// without any (a closed case is no backlog unless it is reopened or a circumstance is recorded).</summary>
    public static BacklogCase Flag(Guid caseId, string caseNumber, BacklogCriteria.CaseAge age, BacklogCriteria criteria, string? circumstance,
        string reason, string flaggingBodyCode, string? by, DateTime utcNow)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new EnforcementRuleException("Backlog:ReasonRequired");
        var grounds = criteria.Grounds(age, circumstance, utcNow);
        if (grounds.Count == 0)
            throw new EnforcementRuleException("Backlog:NoGround", criteria.MinOpenDays, criteria.MinReopenings, criteria.MinPetitions);
        return new BacklogCase
        {
            CaseId = caseId, CaseNumber = caseNumber, OpenedAt = age.OpenedAt, ReopenCount = age.ReopenCount, PetitionCount = age.PetitionCount,
            Grounds = [.. grounds], Reason = reason.Trim(), FlaggingBodyCode = flaggingBodyCode, FlaggedAt = utcNow, FlaggedBy = by,
        };
    }

    /// <summary>Routes to a channel: only while no route is open and the case is not settled; a reason is required.</summary>
    public BacklogRoute Route(BacklogChannel channel, string bodyCode, string reason, string? by, DateTime utcNow)
    {
        if (Status == BacklogStatuses.Settled) throw new EnforcementRuleException("Backlog:AlreadySettled");
        if (CurrentRoute is { Open: true } open) throw new EnforcementRuleException("Backlog:RouteOpen", open.Channel);
        if (string.IsNullOrWhiteSpace(reason)) throw new EnforcementRuleException("Backlog:ReasonRequired");
        var route = new BacklogRoute
        {
            Number = Routes.Count + 1, Channel = channel.Code, BodyCode = bodyCode, Reason = reason.Trim(), RoutedAt = utcNow, RoutedBy = by,
        };
        Routes.Add(route);
        ReceivingBodyCode = bodyCode;
        Status = BacklogStatuses.Routed;
        Revision++;
        return route;
    }

    /// <summary>
    /// Records the open route's next step. Out of order, unknown or after the end: refused. The last step needs the
    /// outcome: <paramref name="settled"/> (implied by an agreement, a confirmation or a conciliation; never with
    /// 调解不成 or 驳回) and the amount recovered (0 or more). Returns true when the route ended.
    /// </summary>
    public bool RecordStep(string step, string? note, bool? settled, decimal? amountRecovered, bool? feeDeferred, string? by, DateTime utcNow)
    {
        var route = CurrentRoute is { Open: true } r ? r : throw new EnforcementRuleException("Backlog:NoOpenRoute");
        var channel = BacklogChannel.Find(route.Channel)!;
        if (!channel.Stages.Any(s => s.Contains(step))) throw new EnforcementRuleException("Backlog:UnknownStep", step, route.Channel);
        var next = route.NextSteps();
        if (!next.Contains(step)) throw new EnforcementRuleException("Backlog:StepOutOfOrder", step, string.Join("/", next));
        var last = route.Steps.Count == channel.Stages.Count - 1;
        if (feeDeferred is not null && !(route.Channel == BacklogChannels.Litigation && step == BacklogSteps.Filed))
            throw new EnforcementRuleException("Backlog:FeeDeferralOnlyOnFiling");
        if (last)
        {
            var outcome = BacklogChannel.Failures.Contains(step) ? false : BacklogChannel.Settlements.Contains(step) ? true : settled;
            if (outcome is null) throw new EnforcementRuleException("Backlog:OutcomeRequired");
            if (settled is { } s && s != outcome) throw new EnforcementRuleException("Backlog:OutcomeContradicts", step);
            if (amountRecovered is null or < 0) throw new EnforcementRuleException("Backlog:AmountRequired");
            route.Outcome = outcome.Value ? BacklogOutcomes.Settled : BacklogOutcomes.Unsettled;
            route.AmountRecovered = amountRecovered;
            route.EndedAt = utcNow;
            Status = outcome.Value ? BacklogStatuses.Settled : BacklogStatuses.Flagged;
        }
        else if (settled is not null || amountRecovered is not null)
        {
            throw new EnforcementRuleException("Backlog:OutcomeOnlyAtEnd");
        }
        if (feeDeferred is not null) route.FeeDeferred = feeDeferred;
        route.Steps.Add(new BacklogStepRecord { Step = step, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), At = utcNow, By = by });
        Revision++;
        return last;
    }
}
