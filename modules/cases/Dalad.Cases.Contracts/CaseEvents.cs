namespace Dalad.Cases;

/// <summary>A lead was registered (not published again when the same ticket is posted twice).</summary>
/// <param name="RepeatOfLeadId">The open lead it repeats, when it was linked instead of waiting for its own case.</param>
/// <param name="CaseId">The case it joined, when the lead it repeats already has one.</param>
/// <param name="WorkerCount">The workers the lead speaks for, when stated. A lead that states it is also written to the
/// outbox (durable): enforcement opens a mass incident (群体性事件) above its threshold.</param>
/// <param name="Employer">The employer as typed, for the incident's record.</param>
public sealed record LeadRegistered(
    Guid LeadId, string Channel, string TicketNumber, string IntakeBodyCode, DateTime ReceivedAt, Guid? RepeatOfLeadId, Guid? CaseId,
    int? WorkerCount = null, string? Employer = null);

/// <summary>A lead was confirmed and its case opened with its two owners (双交办).</summary>
/// <param name="LeadId">The lead the case was opened from.</param>
/// <param name="WorkerCount">As on <see cref="LeadRegistered"/>: when stated, the fact is also written to the outbox, so a
/// mass incident opened on the lead learns its case and owners.</param>
public sealed record CaseOpened(
    Guid CaseId, string CaseNumber, string TerritorialBody, string IndustryBody, Guid? LeadId = null, int? WorkerCount = null, string? Employer = null);

/// <summary>One owner of a case was replaced (转办).</summary>
public sealed record CaseTransferred(Guid CaseId, string CaseNumber, string Role, string FromBody, string ToBody, string Reason, int TransferCount);

/// <summary>
/// An SMS notice to the complainant of a case, put in the outbox with the change that caused it and sent once by the
/// cases module's SMS handler. Carries no phone number: the handler reads it when sending.
/// </summary>
/// <param name="Arguments">The strings the template is formatted with after the case number.</param>
public sealed record CaseSmsNoticeRequested(Guid CaseId, string Template, IReadOnlyList<string> Arguments);
