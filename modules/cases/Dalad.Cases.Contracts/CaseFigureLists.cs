namespace Dalad.Cases;

/// <summary>
/// The cases behind the oversight figures, with their numbers so a reader can open them (the monthly report to
/// 纪委监委). Implemented by the cases module; limited to what the caller sees, at most <see cref="MaxRows"/> rows.
/// </summary>
public interface ICaseFigureLists
{
    const int MaxRows = 2000;

    /// <summary>Cases opened in [from, to) with a step of the lead owner overdue (done late, or not done and past due at <paramref name="now"/>), by the lead owner.</summary>
    Task<IReadOnlyList<CaseFigureCase>> OverdueAsync(DateTime from, DateTime to, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Unsatisfied follow-up visits (possibly false closures) made in [from, to), by the body that resolved the case.</summary>
    Task<IReadOnlyList<CaseFigureCase>> FalseClosuresAsync(DateTime from, DateTime to, CancellationToken cancellationToken = default);

    /// <summary>One case's facts and step times, read-only (no personal data of the complainant), or null.</summary>
    Task<CaseFactsDto?> FactsAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <summary>The read-only facts of a case for a reader outside its bodies (the discipline commission, via a report). Times are UTC.</summary>
/// <param name="Owners">role:bodyCode of each owner (industry, territorial).</param>
public sealed record CaseFactsDto(
    Guid Id, string Number, string Status, DateTime OpenedAt, string Text, string? Employer, string? Project, int? WorkerCount,
    decimal? AmountOwed, string? TerritoryCode, string LeadRole, IReadOnlyList<string> Owners,
    DateTime? ReceiveDueAt, DateTime? SignedAt, DateTime? AcceptDueAt, DateTime? DecidedAt, DateTime? HandleDueAt, DateTime? ResolvedAt,
    string? Result, DateTime? ClosedAt, int ReopenCount, bool PossiblyFalseClosure);

/// <param name="Step">receive, accept or handle (the first step overdue); visit for a false closure.</param>
/// <param name="At">The due time of that step; for a false closure, the visit's time (UTC).</param>
public sealed record CaseFigureCase(Guid CaseId, string Number, string BodyCode, string Step, DateTime? At);
