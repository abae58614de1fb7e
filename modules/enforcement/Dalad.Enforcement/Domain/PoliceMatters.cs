using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// An illegal wage demand (非法讨薪, Inner Mongolia 14): disrupting offices, gathering crowds, spreading rumours. A
/// police matter linked to a case: received by the police body, then handled with the measure taken.
/// </summary>
public sealed class IllegalDemand : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public required string Kind { get; set; }
    public required string CaseNumber { get; set; }
    public required string Facts { get; set; }
    public string? Location { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string ReportedByBodyCode { get; set; }
    public required string PoliceBodyCode { get; set; }
    public string Status { get; set; } = IllegalDemandStatuses.Received;
    public DateTime ReceivedAt { get; set; }
    public string? Measure { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
    public int Revision { get; set; }

    public static IllegalDemand Receive(string kind, string caseNumber, string facts, string? location, DateTime occurredAt, string reportedBy, string policeBody, DateTime now)
    {
        if (!IllegalDemandKinds.All.Contains(kind)) throw new EnforcementRuleException("IllegalDemands:UnknownKind", kind);
        if (string.IsNullOrWhiteSpace(caseNumber)) throw new EnforcementRuleException("IllegalDemands:CaseRequired");
        if (string.IsNullOrWhiteSpace(facts)) throw new EnforcementRuleException("IllegalDemands:FactsRequired");
        if (occurredAt > now) throw new EnforcementRuleException("IllegalDemands:OccurredInFuture");
        return new IllegalDemand
        {
            Kind = kind, CaseNumber = caseNumber.Trim(), Facts = facts.Trim(), Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
            OccurredAt = occurredAt, ReportedByBodyCode = reportedBy, PoliceBodyCode = policeBody, ReceivedAt = now,
        };
    }

    public void Handle(string? measure, string? by, DateTime now)
    {
        if (Status == IllegalDemandStatuses.Handled) throw new EnforcementRuleException("IllegalDemands:Handled");
        if (string.IsNullOrWhiteSpace(measure)) throw new EnforcementRuleException("IllegalDemands:MeasureRequired");
        Status = IllegalDemandStatuses.Handled;
        Measure = measure.Trim();
        HandledAt = now;
        HandledBy = by;
        Revision++;
    }
}

/// <summary>A joint enforcement action (联合执法, Inner Mongolia 15): at least two different bodies, a date, a case, a result.</summary>
public sealed class JointAction : AuditedEntity
{
    public List<string> BodyCodes { get; set; } = [];
    public DateOnly On { get; set; }
    public required string CaseNumber { get; set; }
    public required string Result { get; set; }

    public static JointAction Record(IEnumerable<string> bodyCodes, DateOnly on, string caseNumber, string result, DateOnly today)
    {
        var bodies = bodyCodes.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).Distinct(StringComparer.Ordinal).ToList();
        // "Joint" means both bodies: one body alone is an ordinary inspection.
        if (bodies.Count < 2) throw new EnforcementRuleException("JointActions:TwoBodies");
        if (on > today) throw new EnforcementRuleException("JointActions:InFuture");
        if (string.IsNullOrWhiteSpace(caseNumber)) throw new EnforcementRuleException("JointActions:CaseRequired");
        if (string.IsNullOrWhiteSpace(result)) throw new EnforcementRuleException("JointActions:ResultRequired");
        return new JointAction { BodyCodes = bodies, On = on, CaseNumber = caseNumber.Trim(), Result = result.Trim() };
    }
}
