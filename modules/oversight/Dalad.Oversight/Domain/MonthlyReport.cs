using System.Globalization;
using Dalad.Calendar;
using Dalad.Platform.Data;

namespace Dalad.Oversight.Domain;

/// <summary>
/// The monthly report to 纪委监委 (按月调度) for one Beijing month. Its content is frozen as generated (JSON of
/// <see cref="MonthlyReportDto"/>): a later change in a case does not rewrite a report that was sent. Only an explicit
/// regeneration by the joint office replaces it, and counts a revision.
/// </summary>
public sealed class MonthlyReport : AuditedEntity
{
    /// <summary>yyyy-MM (Beijing month); one report per month.</summary>
    public required string Month { get; init; }
    public DateTime GeneratedAt { get; private set; }

    /// <summary>Who regenerated it; null when the scheduled job generated it.</summary>
    public string? GeneratedBy { get; private set; }

    /// <summary>1 when first generated, +1 at each regeneration.</summary>
    public int Revision { get; private set; }

    public string Content { get; private set; } = "";

    public void Freeze(string content, DateTime utcNow, string? by)
    {
        Content = content;
        GeneratedAt = utcNow;
        GeneratedBy = by;
        Revision++;
    }
}

/// <summary>When the monthly report is due and what month a text names.</summary>
public static class MonthlyReportRules
{
    /// <summary>The first working day of the month (calendar module): a holiday or weekend on the 1st moves it.</summary>
    public static DateOnly FirstWorkingDay(int year, int month, IWorkingCalendar calendar)
    {
        var day = new DateOnly(year, month, 1);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>
    /// The month whose report is due on <paramref name="today"/> (Beijing date): the previous month, from the first
    /// working day of this month on (a run missed on that day catches up later); null before it.
    /// </summary>
    public static DateOnly? DueMonth(DateOnly today, IWorkingCalendar calendar)
    {
        if (today < FirstWorkingDay(today.Year, today.Month, calendar)) return null;
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return previous;
    }

    /// <summary>Parses yyyy-MM; null when the text is not a month.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Key(DateOnly firstDay) => firstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month can be reported once it is over (Beijing).</summary>
    public static bool IsOver(DateOnly firstDay, DateOnly today) => firstDay.AddMonths(1) <= today;
}
