using Dalad.Platform.Data;

namespace Dalad.Cases.Domain;

/// <summary>
/// One complaint under 双交办: opened when a lead is confirmed, owned by a territorial and an industry body (one
/// <see cref="CaseAssignment"/> each). Visible to the members of either, the joint office and administrators.
/// </summary>
public sealed class Case : AuditedEntity
{
    public const int MaxNumberLength = 32;

    /// <summary>DLT-2026-000123: sequential per year (Beijing time).</summary>
    public required string Number { get; set; }

    public int Year { get; set; }
    public int Sequence { get; set; }
    public string Status { get; set; } = CaseStatuses.Received;
    public DateTime OpenedAt { get; set; }

    /// <summary>The lead that was confirmed; its repeats join the case as further leads.</summary>
    public Guid PrimaryLeadId { get; set; }

    // What the inbox shows and search finds, from the primary lead.
    public required string Text { get; set; }
    public string? Address { get; set; }
    public string? Employer { get; set; }
    public string? Project { get; set; }
    public int? WorkerCount { get; set; }
    public decimal? AmountOwed { get; set; }

    /// <summary>The 9-digit territory where the work was done, as the dispatcher confirmed it.</summary>
    public string? TerritoryCode { get; set; }

    public int TransferCount { get; set; }

    /// <summary>Concurrency token: two transfers of the same case never both build on the same owners.</summary>
    public int Revision { get; set; }

    // The workflow (docs/case-workflow.md). Due times are UTC instants of 23:59:59 Beijing time, stored when a step starts.

    /// <summary>The role whose owner leads (签收, 受理意见, 办结, 结案); the other assists. <see cref="CaseRoles.Industry"/>.</summary>
    public string LeadRole { get; set; } = CaseRoles.Industry;

    public string? Step { get; set; }
    public DateTime? StepDueAt { get; set; }
    public string DeadlineState { get; set; } = DeadlineStates.OnTime;
    public DateTime? ReceiveDueAt { get; set; }
    public DateTime? AcceptDueAt { get; set; }
    public DateTime? HandleDueAt { get; set; }
    public DateTime? VisitDueAt { get; set; }

    public DateTime? SignedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? Opinion { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? Result { get; set; }
    public decimal? AmountRecovered { get; set; }

    /// <summary>The lead body when the case was last resolved: a false closure counts against it.</summary>
    public string? ResolvedByBodyCode { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ExtensionStatus { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionRequestedBy { get; set; }
    public DateTime? ExtensionRequestedAt { get; set; }
    public string? ExtensionDecidedBy { get; set; }
    public DateTime? ExtensionDecidedAt { get; set; }
    public string? ExtensionRemarks { get; set; }

    /// <summary>A follow-up visit found the complainant unsatisfied with a resolution.</summary>
    public bool PossiblyFalseClosure { get; set; }

    public int ReopenCount { get; set; }

    public List<CaseAssignment> Assignments { get; set; } = [];
    public List<CaseTransfer> Transfers { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
}

/// <summary>One owner of a case: the current body for its role (territorial or industry).</summary>
public sealed class CaseAssignment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public required string Role { get; set; }
    public required string BodyCode { get; set; }
    public DateTime AssignedAt { get; set; }

    /// <summary>What this owner did (its part of the handling); both owners record theirs before the case is resolved.</summary>
    public string? PartText { get; set; }

    public DateTime? PartRecordedAt { get; set; }
}

/// <summary>A transfer (转办) of one role from one body to another, with its reason. Who and when: the audit fields.</summary>
public sealed class CaseTransfer : AuditedEntity
{
    public const int MaxReasonLength = 1000;

    public Guid CaseId { get; set; }
    public required string Role { get; set; }
    public required string FromBodyCode { get; set; }
    public required string ToBodyCode { get; set; }
    public required string Reason { get; set; }
}

/// <summary>An entry of the case's timeline; its text is rendered in the reader's language from the type and arguments.</summary>
public sealed class CaseEvent : AuditedEntity, IAuditExempt
{
    public Guid CaseId { get; set; }
    public required string Type { get; set; }

    /// <summary>JSON array of the strings the type's text is formatted with.</summary>
    public string Arguments { get; set; } = "[]";
}

/// <summary>The last case number given out in a year.</summary>
public sealed class CaseNumberCounter : IAuditExempt
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

/// <summary>
/// A dispatcher chose another owner than routing proposed (what, by whom, why, against which matrix version):
/// the data that improves the keywords.
/// </summary>
public sealed class RoutingCorrection : AuditedEntity
{
    public Guid LeadId { get; set; }
    public Guid CaseId { get; set; }
    public required string Role { get; set; }
    public string? ProposedCode { get; set; }
    public string? ProposedBodyCode { get; set; }
    public required string ChosenCode { get; set; }
    public required string ChosenBodyCode { get; set; }
    public required string Reason { get; set; }
    public long MatrixVersion { get; set; }
}
