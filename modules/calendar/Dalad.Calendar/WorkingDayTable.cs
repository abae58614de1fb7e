using System.Collections.Frozen;
using Dalad.Platform.Timing;

namespace Dalad.Calendar;

/// <summary>
/// The working-day arithmetic over one immutable snapshot of the special days (conventions on
/// <see cref="IWorkingCalendar"/>). Pure: no database, no clock, so it is tested directly on the real calendars.
/// </summary>
public sealed class WorkingDayTable
{
    private static readonly TimeOnly EndOfDayTime = new(23, 59, 59);

    // Date → whether it is a working day, for every special day.
    private readonly FrozenDictionary<DateOnly, bool> _special;

    // The special days that override the weekend rule (a holiday on a weekday: −1, a make-up weekend day: +1), sorted,
    // with running sums, so counting working days over any span costs two binary searches.
    private readonly DateOnly[] _overrideDates;
    private readonly int[] _overrideSumsBefore;

    public WorkingDayTable(IEnumerable<CalendarDayDto> days)
    {
        var special = days.ToDictionary(d => d.Date, d => d.Type == CalendarDayTypes.Workday);
        _special = special.ToFrozenDictionary();
        var overrides = special
            .Select(d => (Date: d.Key, Delta: OverrideDelta(d.Key, isWorkingDay: d.Value)))
            .Where(d => d.Delta != 0)
            .OrderBy(d => d.Date)
            .ToArray();
        _overrideDates = overrides.Select(d => d.Date).ToArray();
        _overrideSumsBefore = new int[overrides.Length + 1];
        for (var i = 0; i < overrides.Length; i++) _overrideSumsBefore[i + 1] = _overrideSumsBefore[i] + overrides[i].Delta;
    }

    public int Count => _special.Count;

    public bool IsWorkingDay(DateOnly date) => _special.TryGetValue(date, out var working) ? working : !IsWeekend(date);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = BeijingDate(from);
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) left--;
        }
        return EndOfDay(date);
    }

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (start, end) = (BeijingDate(from), BeijingDate(to));
        return start <= end ? WorkingDaysThrough(end) - WorkingDaysThrough(start) : -(WorkingDaysThrough(start) - WorkingDaysThrough(end));
    }

    /// <summary>The Beijing calendar date of a moment given in any offset.</summary>
    public static DateOnly BeijingDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, BeijingTime.Zone).DateTime);

    /// <summary>The moment a due date ends: 23:59:59 Beijing time of <paramref name="date"/>.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var local = date.ToDateTime(EndOfDayTime);
        return new DateTimeOffset(local, BeijingTime.Zone.GetUtcOffset(local));
    }

    // Working days from 0001-01-01 up to and including the date; only differences of it are meaningful.
    private int WorkingDaysThrough(DateOnly date)
    {
        var index = Array.BinarySearch(_overrideDates, date);
        var overridesThrough = index >= 0 ? index + 1 : ~index;
        return WeekdaysThrough(date) + _overrideSumsBefore[overridesThrough];
    }

    // Monday–Friday days from 0001-01-01 (a Monday, day number 0) up to and including the date.
    private static int WeekdaysThrough(DateOnly date)
    {
        var days = date.DayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }

    private static int OverrideDelta(DateOnly date, bool isWorkingDay) => (isWorkingDay, IsWeekend(date)) switch
    {
        (true, true) => 1,    // a make-up working day on a weekend
        (false, false) => -1, // a holiday on a weekday
        _ => 0,               // a holiday on a weekend or a "workday" on a weekday changes nothing
    };

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
