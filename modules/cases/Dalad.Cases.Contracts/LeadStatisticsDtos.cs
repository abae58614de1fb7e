namespace Dalad.Cases;

/// <summary>One row of a breakdown: a channel, a body (territorial or industry owner) or a day, and its lead count.</summary>
/// <param name="Name">The body's name when the key is a body code; otherwise null.</param>
public sealed record LeadCountDto(string Key, string? Name, int Count);

/// <summary>HRSS's banner-wide summary (汇总) of every lead received in the period.</summary>
/// <param name="Dispatched">Leads confirmed into a case (the first lead of each case).</param>
/// <param name="Linked">Repeats joined to an earlier lead (no second case).</param>
/// <param name="Corrected">Dispatched leads whose routing proposal the dispatcher corrected.</param>
/// <param name="RoutedWithoutCorrectionShare">(Dispatched − Corrected) / Dispatched, 0..1; null with nothing dispatched.</param>
/// <param name="DispatchOverdue">Leads still pending past their desk's 1-working-day dispatch time.</param>
public sealed record LeadSummaryDto(
    int Leads, int Pending, int Dispatched, int Linked, int Corrected, double? RoutedWithoutCorrectionShare, int DispatchOverdue, int Workers, decimal AmountOwed);

/// <summary>
/// Leads received from <see cref="From"/> to <see cref="To"/> (Beijing days, inclusive), every desk's: by channel, by
/// territory (the territorial owner: the case's, else the proposal's), by sector (the industry owner, likewise) and by day.
/// </summary>
public sealed record LeadStatisticsDto(
    DateOnly From, DateOnly To, LeadSummaryDto Summary,
    IReadOnlyList<LeadCountDto> ByChannel, IReadOnlyList<LeadCountDto> ByTerritory, IReadOnlyList<LeadCountDto> BySector, IReadOnlyList<LeadCountDto> ByDay);
