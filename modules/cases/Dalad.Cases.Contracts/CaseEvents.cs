namespace Dalad.Cases;

/// <summary>A lead was registered (not published again when the same ticket is posted twice).</summary>
/// <param name="RepeatOfLeadId">The open lead it repeats, when it was linked instead of waiting for its own case.</param>
/// <param name="CaseId">The case it joined, when the lead it repeats already has one.</param>
public sealed record LeadRegistered(Guid LeadId, string Channel, string TicketNumber, string IntakeBodyCode, DateTime ReceivedAt, Guid? RepeatOfLeadId, Guid? CaseId);

/// <summary>A lead was confirmed and its case opened with its two owners (双交办).</summary>
public sealed record CaseOpened(Guid CaseId, string CaseNumber, string TerritorialBody, string IndustryBody);

/// <summary>One owner of a case was replaced (转办).</summary>
public sealed record CaseTransferred(Guid CaseId, string CaseNumber, string Role, string FromBody, string ToBody, string Reason, int TransferCount);
