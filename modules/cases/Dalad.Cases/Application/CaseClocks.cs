using Dalad.Calendar;
using Dalad.Cases.Domain;
using Dalad.Platform.Timing;

namespace Dalad.Cases.Application;

/// <summary>The countdowns inboxes show, through the working-day calendar (due times are set by <see cref="Case"/>).</summary>
internal sealed class CaseClocks(IWorkingCalendar calendar, IClock clock)
{
    /// <summary>Working days from today to the due day: 0 on the due day, negative when overdue.</summary>
    public int? WorkingDaysLeft(DateTime? dueUtc) =>
        dueUtc is { } due ? calendar.WorkingDaysBetween(BeijingTime.FromUtc(clock.UtcNow), BeijingTime.FromUtc(due)) : null;

    /// <summary>Working days a step is late (0 when its due day has passed but no working day since).</summary>
    public int WorkingDaysOverdue(DateTime dueUtc) => Math.Max(0, calendar.WorkingDaysBetween(BeijingTime.FromUtc(dueUtc), BeijingTime.FromUtc(clock.UtcNow)));

    public bool IsWithinOneWorkingDay(DateTime dueUtc) => WorkingDaysLeft(dueUtc) <= 1;

    public static DateTimeOffset? Beijing(DateTime? utc) => utc is { } u ? BeijingTime.FromUtc(u) : null;

    public CaseClockDto For(Case c)
    {
        var open = CaseStatuses.IsOpen(c.Status);
        return new CaseClockDto(c.Step, Beijing(c.StepDueAt), open ? WorkingDaysLeft(c.StepDueAt) : null, c.DeadlineState, c.LeadRole);
    }
}
