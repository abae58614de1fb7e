namespace Dalad.Cases;

/// <param name="Opinion">The acceptance opinion (受理意见); required when refusing.</param>
public sealed record DecideCaseRequest(string? Opinion);

/// <summary>What one owner did on the case (the lead owner's handling, the assisting owner's part).</summary>
public sealed record RecordPartRequest(string? Text);

/// <param name="AmountRecovered">Yuan recovered for the workers (0 when nothing was owed or recovered).</param>
/// <param name="ArrearsEstablished">查实欠薪: the result establishes arrears; then the employer is required, and an order on the case or <paramref name="NoOrderReason"/>.</param>
/// <param name="EmployerName">The employer found owing (with arrears established).</param>
/// <param name="CreditCode">Its unified social credit code, when known.</param>
/// <param name="NoOrderReason">不予下达责令的理由, when no order was issued on the case.</param>
public sealed record ResolveCaseRequest(
    string? Result, decimal? AmountRecovered, bool? ArrearsEstablished = null, string? EmployerName = null, string? CreditCode = null, string? NoOrderReason = null);

public sealed record ExtensionRequest(string? Reason);

public sealed record ExtensionDecisionRequest(string? Remarks);

public sealed record VisitCaseRequest(bool? Satisfied, string? Remarks);

public sealed record CloseCaseRequest(string? Remarks);

public sealed record CasePartDto(string Role, string BodyCode, bool Leads, string? Text, DateTime? RecordedAt);

public sealed record CaseExtensionDto(string Status, string Reason, string? RequestedBy, DateTime RequestedAt, string? DecidedBy, DateTime? DecidedAt, string? Remarks);

public sealed record CaseVisitDto(Guid Id, bool Satisfied, string? Remarks, string ResolvedByBodyCode, DateTime VisitedAt, string? VisitedBy);

/// <summary>The workflow side of a case: who leads, each step's due time (Beijing time), decisions, parts, extension, visits.</summary>
public sealed record CaseWorkflowDto(
    string LeadRole,
    string LeadBodyCode,
    string AssistBodyCode,
    string? Step,
    DateTimeOffset? StepDueAt,
    int? WorkingDaysLeft,
    string DeadlineState,
    DateTimeOffset? ReceiveDueAt,
    DateTimeOffset? AcceptDueAt,
    DateTimeOffset? HandleDueAt,
    DateTimeOffset? VisitDueAt,
    DateTime? SignedAt,
    DateTime? DecidedAt,
    string? Opinion,
    DateTime? ResolvedAt,
    string? Result,
    decimal? AmountRecovered,
    DateTime? ClosedAt,
    IReadOnlyList<CasePartDto> Parts,
    CaseExtensionDto? Extension,
    IReadOnlyList<CaseVisitDto> Visits,
    bool PossiblyFalseClosure,
    int ReopenCount,
    IReadOnlyList<string> NextActions);

/// <summary>An SMS the complainant was sent. The phone is always masked.</summary>
public sealed record SmsLogDto(Guid Id, string Template, string MaskedPhone, string Text, DateTime SentAt, string? GatewayMessageId);

/// <summary>An overdue case on the joint office's board: how many working days late, and the reminders (督办) raised.</summary>
public sealed record OverdueCaseDto(CaseDto Case, string Step, DateTimeOffset DueAt, int WorkingDaysOverdue, IReadOnlyList<string> RemindedBodyCodes);

/// <param name="Open">The case is still at the reminded step with the same due time (not yet done, not superseded).</param>
public sealed record SupervisionReminderDto(Guid Id, Guid CaseId, string CaseNumber, string BodyCode, string Step, DateTimeOffset DueAt, DateTime RaisedAt, bool Open);

/// <summary>
/// The workspace's badges, counted by the database (never by downloading lists): open cases past the due time of their
/// step, open cases due within a working day, and supervision reminders (督办) whose step still runs. Exact, uncapped.
/// </summary>
public sealed record CaseCountsDto(int Overdue, int DueSoon, int OpenReminders);

/// <summary>
/// The joint office's board: cases past the due time of their step, most overdue first, those due within a working
/// day, and leads the intake desks did not dispatch in time (the desk's step, not a department's).
/// A page of each case list (<c>?list=overdue|due-soon&amp;cursor=</c> reads the next page of one list only); each count stops at
/// 1,000 (<c>…CountIsLowerBound</c>: "more than"); <c>…NextCursor</c> is null on the last page.
/// </summary>
public sealed record CaseBoardDto(
    IReadOnlyList<OverdueCaseDto> Overdue,
    IReadOnlyList<CaseDto> DueSoon,
    IReadOnlyList<OverdueLeadDto> OverdueLeads,
    int OverdueCount,
    bool OverdueCountIsLowerBound,
    string? OverdueNextCursor,
    int DueSoonCount,
    bool DueSoonCountIsLowerBound,
    string? DueSoonNextCursor);

/// <summary>
/// A page of supervision reminders, newest first: pass <paramref name="NextCursor"/> as <c>cursor</c> for the next one
/// (null on the last page). The count stops at 1,000 (<paramref name="TotalCountIsLowerBound"/>: "more than").
/// </summary>
public sealed record SupervisionReminderPage(IReadOnlyList<SupervisionReminderDto> Items, int TotalCount, bool TotalCountIsLowerBound, string? NextCursor);

/// <summary>A lead still pending past its dispatch due time: overdue for its intake desk.</summary>
public sealed record OverdueLeadDto(
    Guid LeadId, string Channel, string TicketNumber, string IntakeBodyCode, DateTime ReceivedAt, DateTimeOffset DueAt, int WorkingDaysOverdue, IReadOnlyList<string> RemindedBodyCodes);

/// <param name="Open">The lead is still waiting for dispatch (the reminder is still to do).</param>
public sealed record LeadReminderDto(Guid Id, Guid LeadId, string Channel, string TicketNumber, string BodyCode, DateTimeOffset DueAt, DateTime RaisedAt, bool Open);

/// <summary>A closure the visit found the complainant unsatisfied with: possibly false, counted against the body that resolved it.</summary>
public sealed record FalseClosureDto(Guid CaseId, string CaseNumber, string ResolvedByBodyCode, string? Result, string? Remarks, DateTime VisitedAt);

public sealed record FalseClosureCountDto(string BodyCode, int Count);

public sealed record FalseClosuresDto(IReadOnlyList<FalseClosureCountDto> ByBody, IReadOnlyList<FalseClosureDto> Items);

/// <summary>What the public status lookup answers: status and due dates only, no personal data.</summary>
public sealed record PublicCaseStatusDto(
    string CaseNumber,
    string Status,
    string StatusText,
    DateTimeOffset? ReceiveDueAt,
    DateTimeOffset? AcceptDueAt,
    DateTimeOffset? HandleDueAt,
    DateTime? ResolvedAt);
