namespace Dalad.Oversight.Domain;

/// <summary>The rates of the command view and the monthly report.</summary>
public static class FigureRules
{
    /// <summary>In-time steps over judged steps (in time + overdue); null when nothing was judged (not 100%).</summary>
    public static double? InTimeRate(int inTime, int overdue) => inTime + overdue == 0 ? null : Math.Round((double)inTime / (inTime + overdue), 4);

    /// <summary>Satisfied visits over visits; null without visits.</summary>
    public static double? Satisfaction(int satisfied, int visits) => visits == 0 ? null : Math.Round((double)satisfied / visits, 4);

    /// <summary>
    /// The period of the figures: the Beijing dates from and to (included) as UTC moments [start, end). Without dates,
    /// the current Beijing month up to today.
    /// </summary>
    public static (DateOnly From, DateOnly To, DateTime StartUtc, DateTime EndUtc) Period(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var f = from ?? new DateOnly(today.Year, today.Month, 1);
        var t = to ?? today;
        return (f, t, StartOf(f), StartOf(t.AddDays(1)));
    }

    public static DateTime StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).UtcDateTime;
}
