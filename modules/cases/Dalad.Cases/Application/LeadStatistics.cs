using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// The 12345 centre's and HRSS's statistics over every desk's leads (counts only, no personal data; the endpoint needs
/// <see cref="LeadsPermissions.Statistics"/>). Each breakdown is one GROUP BY in the database.
/// </summary>
internal sealed class LeadStatistics(CasesDbContext db, IClock clock, IBodyDirectory bodies)
{
    public const int MaxDays = 366;

    /// <summary>Dates as typed (yyyy-MM-dd), so a bad one is a clear Chinese problem rather than a bare 400.</summary>
    public Task<LeadStatisticsDto> GetAsync(string? from, string? to, CancellationToken ct) => GetAsync(ParseDay(from), ParseDay(to), ct);

    private static DateOnly? ParseDay(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day
        : throw new BusinessException("LeadStatistics:BadDate", value.Trim());

    public async Task<LeadStatisticsDto> GetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);
        var last = to ?? today;
        var first = from ?? last.AddDays(-29);
        if (first > last) throw new BusinessException("LeadStatistics:FromAfterTo");
        if (last.DayNumber - first.DayNumber + 1 > MaxDays) throw new BusinessException("LeadStatistics:TooLong", MaxDays);
        var fromUtc = BeijingDayStartUtc(first);
        var toUtc = BeijingDayStartUtc(last.AddDays(1));

        var leads = db.Leads.IgnoreQueryFilters().Where(l => l.ReceivedAt >= fromUtc && l.ReceivedAt < toUtc);
        // The owners as dispatched (the case's), else as proposed.
        var rows = from l in leads
                   join t in db.Assignments.Where(a => a.Role == CaseRoles.Territorial) on l.CaseId equals (Guid?)t.CaseId into ts
                   from t in ts.DefaultIfEmpty()
                   join i in db.Assignments.Where(a => a.Role == CaseRoles.Industry) on l.CaseId equals (Guid?)i.CaseId into iss
                   from i in iss.DefaultIfEmpty()
                   select new { l.Channel, Territory = t != null ? t.BodyCode : l.ProposedTerritorialBodyCode, Sector = i != null ? i.BodyCode : l.ProposedIndustryBodyCode };

        var byChannel = await leads.GroupBy(l => l.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTerritory = await rows.GroupBy(r => r.Territory).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySector = await rows.GroupBy(r => r.Sector).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Beijing days: shift by eight hours before taking the date.
        var byDay = await leads.GroupBy(l => l.ReceivedAt.AddHours(8).Date).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var totals = await leads.GroupBy(_ => 1).Select(g => new
        {
            Leads = g.Count(),
            Pending = g.Count(l => l.Status == LeadStatuses.Pending),
            Dispatched = g.Count(l => l.Status == LeadStatuses.Dispatched),
            Linked = g.Count(l => l.Status == LeadStatuses.Linked),
            Overdue = g.Count(l => l.Status == LeadStatuses.Pending && l.DispatchOverdue),
            Workers = g.Sum(l => l.WorkerCount ?? 0),
            Amount = g.Sum(l => l.AmountOwed ?? 0m),
        }).FirstOrDefaultAsync(ct);
        var corrected = await leads.Where(l => l.Status == LeadStatuses.Dispatched && db.Corrections.Any(c => c.LeadId == l.Id)).CountAsync(ct);

        var names = (await bodies.GetAllAsync(ct)).ToDictionary(b => b.Code, b => b.Name);
        string? Name(string? code) => code is null ? null : names.GetValueOrDefault(code);
        var dispatched = totals?.Dispatched ?? 0;
        var summary = new LeadSummaryDto(
            totals?.Leads ?? 0, totals?.Pending ?? 0, dispatched, totals?.Linked ?? 0, corrected,
            dispatched == 0 ? null : Math.Round((double)(dispatched - corrected) / dispatched, 4),
            totals?.Overdue ?? 0, totals?.Workers ?? 0, totals?.Amount ?? 0m);

        return new LeadStatisticsDto(first, last, summary,
            byChannel.Select(x => new LeadCountDto(x.Key, null, x.Count)).OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
            byTerritory.Select(x => new LeadCountDto(x.Key ?? "", Name(x.Key), x.Count)).OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
            bySector.Select(x => new LeadCountDto(x.Key ?? "", Name(x.Key), x.Count)).OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
            byDay.Select(x => new LeadCountDto(DateOnly.FromDateTime(x.Key).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, x.Count))
                .OrderBy(x => x.Key, StringComparer.Ordinal).ToList());
    }

    private static DateTime BeijingDayStartUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).UtcDateTime;
}
