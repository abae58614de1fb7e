using Dalad.Platform.Data;

namespace Dalad.Cases.Domain;

/// <summary>
/// One complaint under 双交办: opened when a lead is confirmed, owned by a territorial and an industry body (one
/// <see cref="CaseAssignment"/> each). Visible to the members of either, the joint office and administrators.
/// </summary>
public sealed partial class Case : AuditedEntity
{
    public const int MaxNumberLength = 32;

    /// <summary>DLT-2026-000123: sequential per year (Beijing time).</summary>
    public required string Number { get; init; }

    /// <summary>Random, printed in every SMS next to the number: the public lookup needs it (<see cref="CaseLookupCode"/>).
    /// Null only for cases opened before it existed, until the cases module gives them one at start-up.</summary>
    public string? LookupCode { get; private set; } = CaseLookupCode.New();

    public int Year { get; init; }
    public int Sequence { get; init; }
    public string Status { get; private set; } = CaseStatuses.Received;
    public DateTime OpenedAt { get; init; }

    /// <summary>The lead that was confirmed; its repeats join the case as further leads.</summary>
    public Guid PrimaryLeadId { get; init; }

    // What the inbox shows and search finds, from the primary lead.
    public required string Text { get; init; }
    public string? Address { get; init; }
    public string? Employer { get; init; }
    public string? Project { get; init; }
    public int? WorkerCount { get; init; }
    public decimal? AmountOwed { get; init; }

    /// <summary>The 9-digit territory where the work was done, as the dispatcher confirmed it.</summary>
    public string? TerritoryCode { get; private set; }

    public int TransferCount { get; private set; }

    /// <summary>Concurrency token: two changes of the same case never both build on the same state.</summary>
    public int Revision { get; private set; }

    // The workflow (CaseLifecycle, docs/case-workflow.md). Due times are UTC instants of 23:59:59 Beijing time, stored when a step starts.

    /// <summary>The role whose owner leads (签收, 受理意见, 办结, 结案); the other assists. <see cref="CaseRoles.Industry"/>.</summary>
    public string LeadRole { get; private set; } = CaseRoles.Industry;

    public string? Step { get; private set; }
    public DateTime? StepDueAt { get; private set; }
    public string DeadlineState { get; private set; } = DeadlineStates.OnTime;
    public DateTime? ReceiveDueAt { get; private set; }
    public DateTime? AcceptDueAt { get; private set; }
    public DateTime? HandleDueAt { get; private set; }
    public DateTime? VisitDueAt { get; private set; }

    public DateTime? SignedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? Opinion { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public string? Result { get; private set; }
    public decimal? AmountRecovered { get; private set; }

    /// <summary>The lead body when the case was last resolved: a false closure counts against it.</summary>
    public string? ResolvedByBodyCode { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ExtensionStatus { get; private set; }
    public string? ExtensionReason { get; private set; }
    public string? ExtensionRequestedBy { get; private set; }
    public DateTime? ExtensionRequestedAt { get; private set; }
    public string? ExtensionDecidedBy { get; private set; }
    public DateTime? ExtensionDecidedAt { get; private set; }
    public string? ExtensionRemarks { get; private set; }

    /// <summary>A follow-up visit found the complainant unsatisfied with a resolution.</summary>
    public bool PossiblyFalseClosure { get; private set; }

    public int ReopenCount { get; private set; }

    public List<CaseAssignment> Assignments { get; private set; } = [];
    public List<CaseTransfer> Transfers { get; private set; } = [];
    public List<CaseEvent> Events { get; private set; } = [];
}

/// <summary>One owner of a case: the current body for its role (territorial or industry). Changed only by its <see cref="Case"/>.</summary>
public sealed class CaseAssignment
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid CaseId { get; private set; }
    public required string Role { get; init; }
    public string BodyCode { get; private set; } = "";
    public DateTime AssignedAt { get; private set; }

    /// <summary>What this owner did (its part of the handling); both owners record theirs before the case is resolved.</summary>
    public string? PartText { get; private set; }

    public DateTime? PartRecordedAt { get; private set; }

    internal static CaseAssignment For(string role, string bodyCode, DateTime at) => new() { Role = role, BodyCode = bodyCode, AssignedAt = at };

    // Only its case calls these (Case.Lifecycle.cs).
    internal void RecordPart(string text, DateTime at) => (PartText, PartRecordedAt) = (text, at);

    internal void ClearPart() => (PartText, PartRecordedAt) = (null, null);

    internal void Reassign(string bodyCode, DateTime at) => (BodyCode, AssignedAt) = (bodyCode, at);
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
