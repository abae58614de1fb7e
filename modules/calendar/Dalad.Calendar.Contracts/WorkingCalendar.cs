namespace Dalad.Calendar;

/// <summary>
/// The platform's one working-day clock: every deadline (receive ≤1, accept ≤5, handle ≤15 working days…) is computed
/// here. Singleton, answers from memory, safe to call for every row of every listing.
/// </summary>
/// <remarks>
/// Conventions (docs/calendar.md has the worked examples):
/// <list type="bullet">
/// <item>Days are Beijing calendar dates (Asia/Shanghai, UTC+8). A moment is first converted to Beijing time, whatever
/// offset the caller gave; its Beijing date is "the day of the moment". 2026-02-13T20:00-05:00 is on 2026-02-14.</item>
/// <item>A working day is a Monday–Friday that is not a public holiday, or a Saturday/Sunday declared a make-up
/// working day (调休上班), as listed in the calendar the joint office maintains.</item>
/// <item>The day of the moment never counts, whatever the time of day and whether or not it is a working day:
/// counting starts on the next day (as the Civil Code, art. 201, counts periods).</item>
/// <item>A due date ends at <b>23:59:59 Beijing time</b> of its last day, returned as a <see cref="DateTimeOffset"/>
/// with offset +08:00 and no fraction of a second, e.g. <c>2026-02-14T23:59:59+08:00</c>. A step is late when it
/// happens after that moment (<c>now &gt; due</c>). The Civil Code (art. 203) ends a period at 24:00; we show the last
/// second of the same date instead so the date people read is the date they must act by, not the day after.</item>
/// <item>Dates the calendar has no entry for follow the weekend rule only: the joint office must add each new year's
/// holidays when the State Council publishes them.</item>
/// </list>
/// </remarks>
public interface IWorkingCalendar
{
    /// <summary>Whether <paramref name="date"/> (a Beijing date) is a working day.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The end (23:59:59 Beijing time) of the <paramref name="days"/>-th working day after the day of
    /// <paramref name="from"/>. With 0 days, the end of the day of <paramref name="from"/> itself.
    /// Example: Friday 2026-02-13 (any time) + 1 → 2026-02-14T23:59:59+08:00 (a make-up Saturday).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);

    /// <summary>
    /// The number of working days after the day of <paramref name="from"/> up to and including the day of
    /// <paramref name="to"/>; 0 on the same day, negative when <paramref name="to"/> is on an earlier day
    /// (<c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>). It inverts
    /// <see cref="AddWorkingDays"/>: <c>WorkingDaysBetween(x, AddWorkingDays(x, n)) == n</c>; and
    /// <c>WorkingDaysBetween(due, now)</c> is how many working days a step is overdue.
    /// </summary>
    int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to);
}

/// <summary>The kinds of special day in the calendar.</summary>
public static class CalendarDayTypes
{
    /// <summary>A public holiday: not a working day even on a weekday.</summary>
    public const string Holiday = "holiday";

    /// <summary>A make-up working day (调休上班): a Saturday or Sunday that is a working day.</summary>
    public const string Workday = "workday";

    public static readonly IReadOnlyList<string> All = [Holiday, Workday];
}

public static class CalendarPermissions
{
    public const string GroupName = "Dalad.Calendar";

    /// <summary>Read the list of special days. Computing deadlines needs only a signed-in user.</summary>
    public const string Default = GroupName;

    /// <summary>Add, change or remove a special day (the joint office).</summary>
    public const string Manage = GroupName + ".Manage";
}

/// <summary>A special day: a public holiday or a make-up working day. <paramref name="Date"/> is a Beijing date.</summary>
public sealed record CalendarDayDto(DateOnly Date, string Type, string Name);

/// <summary>The calendar entries of a year (<c>GET /api/app/calendar/days</c>).</summary>
public sealed record CalendarDayPageDto(int TotalCount, IReadOnlyList<CalendarDayDto> Items);

/// <param name="Date">yyyy-MM-dd, a Beijing date.</param>
/// <param name="Type"><see cref="CalendarDayTypes.Holiday"/> or <see cref="CalendarDayTypes.Workday"/>.</param>
public sealed record CreateCalendarDayInput(string? Date, string? Type, string? Name);

public sealed record UpdateCalendarDayInput(string? Type, string? Name);

/// <summary>
/// Published after the joint office adds, changes or removes a special day, so caches of the calendar (and anything
/// derived from it) refresh. In-process today; with Redis the event bus will fan it out to the other instances.
/// </summary>
public sealed record WorkingCalendarChanged(DateOnly Date);

/// <summary>Answer of <c>GET /api/app/calendar/add-working-days</c>: 23:59:59 Beijing time of the last day.</summary>
public sealed record DueDto(DateTimeOffset Due);

/// <summary>Answer of <c>GET /api/app/calendar/working-days-between</c>.</summary>
public sealed record WorkingDaysDto(int WorkingDays);
