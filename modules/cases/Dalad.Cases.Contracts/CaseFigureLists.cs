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
}

/// <param name="Step">receive, accept or handle (the first step overdue); visit for a false closure.</param>
/// <param name="At">The due time of that step; for a false closure, the visit's time (UTC).</param>
public sealed record CaseFigureCase(Guid CaseId, string Number, string BodyCode, string Step, DateTime? At);
