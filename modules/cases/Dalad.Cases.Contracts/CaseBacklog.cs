namespace Dalad.Cases;

/// <summary>
/// What another module (enforcement's backlog, 陈欠积案) needs to judge whether a case is old: its age, reopenings and
/// petitions. Implemented by the cases module; it answers for any case number, whatever bodies the caller belongs to
/// (only these counts, no complainant data), so HRSS may flag a case another department leads.
/// </summary>
public interface ICaseBacklogFacts
{
    Task<CaseBacklogFactsDto?> FindAsync(string caseNumber, CancellationToken cancellationToken = default);
}

/// <param name="PetitionCount">The leads of the case: the first complaint and every repeat linked to it.</param>
public sealed record CaseBacklogFactsDto(Guid CaseId, string Number, string Status, DateTime OpenedAt, DateTime? ClosedAt, int ReopenCount, int PetitionCount);

/// <summary>
/// A backlog fact about a case (flagged, routed to a channel, the channel's outcome), written to the outbox by the module
/// that runs the backlog; the cases module adds it to the case's timeline once.
/// </summary>
/// <param name="Kind">backlog-flagged, backlog-routed or backlog-outcome: the timeline entry's type.</param>
/// <param name="Arguments">The texts the entry is formatted with, ready to read (the channel and body by name).</param>
/// <param name="NoteId">Unique per fact: a second delivery adds nothing.</param>
public sealed record CaseBacklogNoted(Guid CaseId, string CaseNumber, string Kind, IReadOnlyList<string> Arguments, Guid NoteId);

public static class CaseBacklogKinds
{
    public const string Flagged = "backlog-flagged";
    public const string Routed = "backlog-routed";
    public const string Outcome = "backlog-outcome";

    public static readonly IReadOnlyList<string> All = [Flagged, Routed, Outcome];
}
