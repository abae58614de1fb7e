using Dalad.Platform.Data;

namespace Dalad.Cases.Domain;

/// <summary>A follow-up visit (回访) on a resolved case. Who and when: the audit fields.</summary>
public sealed class CaseVisit : AuditedEntity
{
    public const int MaxRemarksLength = 2000;

    public Guid CaseId { get; set; }
    public bool Satisfied { get; set; }
    public string? Remarks { get; set; }

    /// <summary>The body that resolved the case: an unsatisfied visit (a possibly false closure) counts against it.</summary>
    public required string ResolvedByBodyCode { get; set; }

    public string? Result { get; set; }
}

/// <summary>A supervision reminder (督办) raised by the deadline job to a body whose step of a case is overdue.</summary>
public sealed class SupervisionReminder : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public required string BodyCode { get; set; }
    public required string Step { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime RaisedAt { get; set; }
}

/// <summary>A supervision reminder (督办) to an intake desk whose lead was not dispatched in time: one per lead and due time.</summary>
public sealed class LeadReminder : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid LeadId { get; set; }
    public required string BodyCode { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime RaisedAt { get; set; }
}

/// <summary>An SMS sent to a complainant: masked phone only; one row per outbox message (the idempotency key).</summary>
public sealed class SmsLog : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid OutboxMessageId { get; set; }
    public required string Template { get; set; }
    public required string MaskedPhone { get; set; }
    public required string Text { get; set; }
    public DateTime SentAt { get; set; }
    public string? GatewayMessageId { get; set; }
}

/// <summary>Lengths of the workflow's texts. The working days of each step are in <see cref="CaseLifecycle"/>.</summary>
public static class CaseWorkflowLimits
{
    public const int MaxTextLength = 4000;
}
