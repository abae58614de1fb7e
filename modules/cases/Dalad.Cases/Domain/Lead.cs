using Dalad.Calendar;
using Dalad.Platform.Data;
using Dalad.Platform.Timing;

namespace Dalad.Cases.Domain;

/// <summary>
/// A complaint as one channel received it (a 12345 work order, a petition, an online post, a walk-in, an inspection
/// finding), with the routing proposal it got at registration. Unique per channel and the channel's ticket number.
/// </summary>
public sealed class Lead : AuditedEntity
{
    public const int MaxTicketNumberLength = 64;
    public const int MaxTextLength = 4000;
    public const int MaxAddressLength = 500;
    public const int MaxNameLength = 64;
    public const int MaxEmployerLength = 200;

    public required string Channel { get; set; }
    public required string TicketNumber { get; set; }

    /// <summary>The body whose desk runs the channel (the matrix role intake-desk:&lt;channel&gt; when it was registered): it sees and dispatches the lead.</summary>
    public required string IntakeBodyCode { get; set; }

    public string Status { get; set; } = LeadStatuses.Pending;
    public DateTime ReceivedAt { get; set; }
    public required string Text { get; set; }
    public string? Address { get; set; }
    public string? ComplainantName { get; set; }

    /// <summary>Normalized: 11-digit mobile or "area-local" landline.</summary>
    [SensitiveData]
    public required string Phone { get; set; }

    /// <summary>18 characters, check character upper-case.</summary>
    [SensitiveData]
    public string? IdCardNumber { get; set; }

    public string? Employer { get; set; }

    /// <summary>The employer's name without spaces and punctuation, lower-case: what repeats are matched on.</summary>
    public string? EmployerKey { get; set; }

    public string? Project { get; set; }
    public int? WorkerCount { get; set; }
    public decimal? AmountOwed { get; set; }

    /// <summary>The routing proposal at registration, as JSON (<see cref="Dalad.Routing.RoutingProposal"/>).</summary>
    public required string RoutingJson { get; set; }
    public string? ProposedTerritoryCode { get; set; }
    public string? ProposedTerritorialBodyCode { get; set; }
    public string? ProposedIndustryBodyCode { get; set; }
    public bool NeedsDispatcher { get; set; }
    public long MatrixVersion { get; set; }

    /// <summary>The open lead this one repeats (always the first of the chain).</summary>
    public Guid? RepeatOfLeadId { get; set; }

    public Guid? CaseId { get; set; }
    public Case? Case { get; set; }

    /// <summary>Kept on the lead, so the intake desk sees which case it became without seeing the case.</summary>
    public string? CaseNumber { get; set; }

    public Guid? ImportId { get; set; }

    /// <summary>
    /// The intake desk's clock (<see cref="CaseLifecycle.Dispatch"/>): stored when the lead is registered, so a later
    /// calendar edit does not move it. Null on leads registered before the clock existed until the deadline job sets it.
    /// </summary>
    public DateTime? DispatchDueAt { get; set; }

    /// <summary>The deadline job found it pending past <see cref="DispatchDueAt"/>: the desk's, never a department's.</summary>
    public bool DispatchOverdue { get; set; }

    /// <summary>Concurrency token: two dispatchers confirming the same lead cannot both open a case.</summary>
    public int Revision { get; set; }

    public void StartDispatchClock(IWorkingCalendar calendar) =>
        DispatchDueAt = calendar.AddWorkingDays(BeijingTime.FromUtc(ReceivedAt), CaseLifecycle.Dispatch.WorkingDays).UtcDateTime;

    /// <summary>
    /// What the deadline job finds on a lead: still pending past its dispatch due time, it becomes overdue and the
    /// body to remind (督办) is its intake desk, returned once. A dispatched or linked lead has no running clock.
    /// </summary>
    public string? CheckDispatchDeadline(DateTime nowUtc, IWorkingCalendar calendar)
    {
        if (Status != LeadStatuses.Pending || DispatchOverdue) return null;
        if (DispatchDueAt is null) StartDispatchClock(calendar);
        if (nowUtc <= DispatchDueAt) return null;
        DispatchOverdue = true;
        return IntakeBodyCode;
    }
}
