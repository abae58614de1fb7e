using Dalad.Calendar.Data;
using Dalad.Platform.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Calendar;

/// <summary>
/// <see cref="IWorkingCalendar"/> over an in-memory snapshot of the special days, loaded at start and reloaded when
/// the joint office edits a day (directly on the editing instance, and on <see cref="WorkingCalendarChanged"/>).
/// </summary>
public sealed class WorkingCalendar(IServiceScopeFactory scopes) : IWorkingCalendar, IDisposable
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile WorkingDayTable? _table;

    public bool IsWorkingDay(DateOnly date) => Table.IsWorkingDay(date);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => Table.AddWorkingDays(from, days);

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) => Table.WorkingDaysBetween(from, to);

    /// <summary>Reads the special days again. Reloads run one at a time, so the last one to finish saw the last edit.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
            var days = await db.Days.AsNoTracking().Select(d => new CalendarDayDto(d.Date, d.Type, d.Name)).ToListAsync(cancellationToken);
            _table = new WorkingDayTable(days);
        }
        finally
        {
            _reloading.Release();
        }
    }

    // Loaded by the module's initialization before requests; this only covers a caller that runs even earlier.
    private WorkingDayTable Table => _table ?? LoadNow();

    private WorkingDayTable LoadNow()
    {
        ReloadAsync().GetAwaiter().GetResult();
        return _table!;
    }

    public void Dispose() => _reloading.Dispose();
}

/// <summary>Refreshes this instance's snapshot when any instance changes the calendar (once the bus fans out).</summary>
internal sealed class RefreshCalendarOnChange(WorkingCalendar calendar) : IIntegrationEventHandler<WorkingCalendarChanged>
{
    public Task HandleAsync(WorkingCalendarChanged integrationEvent, CancellationToken cancellationToken) => calendar.ReloadAsync(cancellationToken);
}
