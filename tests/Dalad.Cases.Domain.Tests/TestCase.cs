using Dalad.Calendar;
using Dalad.Cases.Domain;

namespace Dalad.Cases.Domain.Tests;

/// <summary>
/// Monday to Friday, minus the holidays given: a real working-day calendar on plain data (the calendar module's own
/// table is tested in Dalad.Calendar.Tests). Due times are 23:59:59 Beijing time of the N-th working day after a day.
/// </summary>
internal sealed class WeekdayCalendar(params DateOnly[] holidays) : IWorkingCalendar
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = DateOnly.FromDateTime(from.ToOffset(Beijing).DateTime);
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) days--;
        }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), Beijing);
    }

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var a = DateOnly.FromDateTime(from.ToOffset(Beijing).DateTime);
        var b = DateOnly.FromDateTime(to.ToOffset(Beijing).DateTime);
        if (b < a) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1)) if (IsWorkingDay(d)) count++;
        return count;
    }
}

/// <summary>A case of 白泥井镇 (territorial) and the housing bureau (industry, leads), on a test clock in Beijing time.</summary>
internal sealed class TestCase
{
    public const string Housing = "housing";
    public const string Bainijing = "bainijing";

    private static readonly Dictionary<string, string> Names = new() { [Housing] = "住建局", [Bainijing] = "白泥井镇" };

    public WeekdayCalendar Calendar { get; } = new(new DateOnly(2026, 4, 6)); // 清明 (a Monday)

    public DateTimeOffset Now { get; set; }

    public Case Case { get; }

    public CaseChange Opening { get; }

    public TestCase(string registeredAt = "2026-03-06T10:00:00+08:00", string openedAt = "2026-03-06T11:00:00+08:00")
    {
        Now = DateTimeOffset.Parse(openedAt);
        var lead = new Lead
        {
            Channel = LeadChannels.Hotline12345, TicketNumber = "T-1", IntakeBodyCode = "data-12345", Text = "拖欠工资", Phone = "13800138000",
            RoutingJson = "{}", ReceivedAt = DateTimeOffset.Parse(registeredAt).UtcDateTime,
        };
        (Case, Opening) = Case.Open("DLT-2026-000001", 2026, 1, lead, "150621104", Bainijing, Housing, Context());
    }

    public CaseContext Context() => new(Now.UtcDateTime, Calendar, code => Names.GetValueOrDefault(code, code), "tester", VisitingBodyCode: "joint-office");

    /// <summary>Moves the clock to a Beijing time and returns the context of that moment.</summary>
    public CaseContext At(string beijing)
    {
        Now = DateTimeOffset.Parse(beijing);
        return Context();
    }

    public CaseChange Do(Func<Case, CaseContext, CaseChange> action) => action(Case, Context());

    /// <summary>Walks the case to a state the usual way.</summary>
    public TestCase To(string status)
    {
        if (status == CaseStatuses.Received) return this;
        Do((c, x) => c.Sign(x));
        if (status == CaseStatuses.Reviewing) return this;
        if (status == CaseStatuses.NotAccepted)
        {
            Do((c, x) => c.Reject("不属于欠薪问题", x));
            return this;
        }
        Do((c, x) => c.Accept(null, x));
        if (status == CaseStatuses.Handling) return this;
        Do((c, x) => c.RecordPart([Housing, Bainijing], "已核实", x));
        Do((c, x) => c.Resolve("已结清", 1000m, x));
        if (status == CaseStatuses.Resolved) return this;
        Do((c, x) => c.RecordVisit(true, null, x));
        if (status == CaseStatuses.Visited) return this;
        Do((c, x) => c.Close(null, x));
        return this;
    }
}

internal static class Times
{
    /// <summary>A stored UTC due time as Beijing time, the way people read it.</summary>
    public static DateTimeOffset? Beijing(this DateTime? utc) => utc is { } u ? new DateTimeOffset(u, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8)) : null;

    public static DateTimeOffset At(string beijing) => DateTimeOffset.Parse(beijing);
}
