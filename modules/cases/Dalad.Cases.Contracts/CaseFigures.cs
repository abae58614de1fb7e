namespace Dalad.Cases;

/// <summary>
/// The joint office's figures over cases, aggregated in the database (GROUP BY; no case is loaded), limited to what
/// the caller may see. Implemented by the cases module; the oversight module's command view and monthly report read it.
/// </summary>
public interface ICaseFigures
{
    Task<CaseFiguresDto> GetAsync(CaseFiguresQuery query, CancellationToken cancellationToken = default);
}

/// <param name="From">First moment (UTC) of the period: cases opened, visits and transfers made from it.</param>
/// <param name="To">End (UTC, exclusive) of the period.</param>
/// <param name="Now">The moment an unfinished step is judged against (overdue when its due time has passed).</param>
/// <param name="BodyCode">Only cases this body owns (either role), if given.</param>
/// <param name="TerritoryCode">Only cases in this 9-digit territory, if given.</param>
/// <param name="FromRollup">Read the period's whole past months from the monthly roll-up (the same figures as of its
/// last check, <see cref="CaseFiguresDto.AsOf"/>) and only the rest live: the command view. Otherwise all live.</param>
public sealed record CaseFiguresQuery(DateTime From, DateTime To, DateTime Now, string? BodyCode, string? TerritoryCode, bool FromRollup = false);

/// <summary>
/// Figures of one body (the cases it owns in either role) or one territory, over the cases opened in the period.
/// The steps (签收 1, 受理意见 5, 办结 15 working days) are the lead owner's: a body's step figures count only the cases it leads.
/// A step is in time when done by its due time, overdue when done later or not done and past due.
/// </summary>
public sealed record CaseFigureRow(
    string Key, int Received, int Open, int OverdueNow,
    int ReceiveInTime, int ReceiveOverdue, int AcceptInTime, int AcceptOverdue, int HandleInTime, int HandleOverdue,
    int Reopenings);

/// <summary>Follow-up visits (回访) made in the period, by the body that resolved the case; an unsatisfied one is a possibly false closure.</summary>
public sealed record CaseVisitFigureRow(string BodyCode, int Visits, int Satisfied);

/// <summary>A count by key (a body, a territory).</summary>
public sealed record CaseCountRow(string Key, int Count);

/// <summary>Cases opened in one month (Beijing time, yyyy-MM) and how many of them had a step overdue.</summary>
public sealed record CaseMonthRow(string Month, int Received, int Overdue, int Closed);

/// <param name="LeadsReceived">Leads registered in the period (every channel), as far as the caller sees them.</param>
/// <param name="Transfers">Transfers (转办) made in the period, by the body that handed the case on.</param>
/// <param name="OpenByTerritory">Open cases now, whenever opened, per territory (the map grid).</param>
/// <param name="AsOf">When figures were read from the roll-up: the moment (UTC) they are right as of; null when all live.</param>
public sealed record CaseFiguresDto(
    int LeadsReceived,
    IReadOnlyList<CaseFigureRow> ByBody,
    IReadOnlyList<CaseFigureRow> ByTerritory,
    IReadOnlyList<CaseVisitFigureRow> Visits,
    IReadOnlyList<CaseCountRow> Transfers,
    IReadOnlyList<CaseMonthRow> Months,
    IReadOnlyList<CaseCountRow> OpenByTerritory,
    DateTime? AsOf = null);
