using Dalad.Calendar;
using Dalad.Cases.Domain;
using Dalad.Platform.Timing;

namespace Dalad.Cases.Application;

/// <summary>Deadlines of case steps, only ever computed through the working-day calendar, and the countdowns inboxes show.</summary>
internal sealed class CaseClocks(IWorkingCalendar calendar, IClock clock)
{
    /// <summary>23:59:59 Beijing time of the <paramref name="workingDays"/>-th working day after the day of <paramref name="fromUtc"/>, as UTC.</summary>
    public DateTime Due(DateTime fromUtc, int workingDays) => calendar.AddWorkingDays(BeijingTime.FromUtc(fromUtc), workingDays).UtcDateTime;

    /// <summary>Starts a step: stores its due time and clears what the deadline job found about the previous one.</summary>
    public DateTime StartStep(Case c, string step, DateTime fromUtc, int workingDays)
    {
        var due = Due(fromUtc, workingDays);
        SetStep(c, step, due);
        return due;
    }

    public void SetStep(Case c, string? step, DateTime? due)
    {
        c.Step = step;
        c.StepDueAt = due;
        c.DeadlineState = DeadlineStates.OnTime;
    }

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
