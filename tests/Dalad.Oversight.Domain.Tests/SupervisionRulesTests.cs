using Dalad.Calendar;
using Dalad.Oversight.Domain;
using Dalad.Platform.Web;
using Shouldly;

namespace Dalad.Oversight.Domain.Tests;

/// <summary>Monday–Friday, except the listed holidays: enough of the calendar's convention for the lateness rule.</summary>
internal sealed class WeekdayCalendar(params DateOnly[] holidays) : IWorkingCalendar
{
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var day = Day(from);
        while (days > 0) { day = day.AddDays(1); if (IsWorkingDay(day)) days--; }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8));
    }

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (a, b) = (Day(from), Day(to));
        if (b < a) return -WorkingDaysBetween(to, from);
        var n = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1)) if (IsWorkingDay(d)) n++;
        return n;
    }

    private static DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(t.ToOffset(TimeSpan.FromHours(8)).DateTime);
}

public sealed class SupervisionRulesTests
{
    private static readonly WeekdayCalendar Calendar = new(new DateOnly(2026, 3, 9)); // a Monday holiday
    private static readonly DateOnly Friday = new(2026, 3, 6);

    private static DateTime Beijing(int month, int day, int hour) => new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;

    private static Supervision DueFriday() => new()
    {
        BodyCode = "housing", Subject = SupervisionSubjects.Figures, Text = "按时办结率偏低，请说明原因并提出整改措施。",
        RaisedAt = Beijing(3, 2, 10), DueAt = Supervision.DueAtEndOf(Friday),
    };

    [Fact]
    public void The_deadline_is_the_last_second_of_its_Beijing_day()
    {
        Supervision.DueAtEndOf(Friday).ShouldBe(new DateTime(2026, 3, 6, 15, 59, 59, DateTimeKind.Utc));
    }

    [Fact]
    public void An_answer_on_the_last_evening_is_in_time()
    {
        var s = DueFriday();
        s.Reply("已召开专题会议整改。", "housing-clerk", Beijing(3, 6, 23), Calendar);
        s.AnsweredLate.ShouldBeFalse();
        s.LateWorkingDays.ShouldBe(0);
        s.Status.ShouldBe(SupervisionStatuses.Answered);
    }

    [Fact]
    public void An_answer_after_the_deadline_is_late_by_the_working_days_in_between_skipping_holidays()
    {
        var s = DueFriday();
        s.IsLate(Beijing(3, 7, 9)).ShouldBeTrue("unanswered on Saturday, it is already late");
        s.Reply("已整改。", "housing-clerk", Beijing(3, 11, 9), Calendar); // Sat, Sun, Mon (holiday), Tue, Wed
        s.AnsweredLate.ShouldBeTrue();
        s.LateWorkingDays.ShouldBe(2);
        s.LateWorkingDaysAt(Beijing(4, 30, 9), Calendar).ShouldBe(2, "the lateness is fixed by the answer");
    }

    [Fact]
    public void An_answer_on_the_weekend_after_a_Friday_deadline_is_late_by_zero_working_days()
    {
        var s = DueFriday();
        s.Reply("周末补报。", null, Beijing(3, 7, 9), Calendar);
        s.AnsweredLate.ShouldBeTrue();
        s.LateWorkingDays.ShouldBe(0);
    }

    [Fact]
    public void A_supervision_is_answered_once()
    {
        var s = DueFriday();
        s.Reply("第一次答复。", null, Beijing(3, 5, 9), Calendar);
        Should.Throw<BusinessException>(() => s.Reply("第二次答复。", null, Beijing(3, 5, 10), Calendar)).MessageKey.ShouldBe("Oversight:AlreadyAnswered");
        s.Answer.ShouldBe("第一次答复。");
    }

    [Fact]
    public void Unanswered_lateness_grows_with_the_working_days()
    {
        var s = DueFriday();
        s.IsLate(Beijing(3, 6, 20)).ShouldBeFalse();
        s.LateWorkingDaysAt(Beijing(3, 12, 9), Calendar).ShouldBe(3); // Tue, Wed, Thu
    }
}

public sealed class FigureRulesTests
{
    [Fact]
    public void The_in_time_rate_is_none_rather_than_full_when_no_step_was_judged()
    {
        FigureRules.InTimeRate(0, 0).ShouldBeNull();
        FigureRules.InTimeRate(3, 1).ShouldBe(0.75);
        FigureRules.InTimeRate(1, 2).ShouldBe(0.3333);
        FigureRules.Satisfaction(0, 0).ShouldBeNull();
        FigureRules.Satisfaction(4, 5).ShouldBe(0.8);
    }

    [Fact]
    public void Without_dates_the_period_is_the_Beijing_month_to_today()
    {
        var p = FigureRules.Period(null, null, new DateOnly(2026, 3, 12));
        p.From.ShouldBe(new DateOnly(2026, 3, 1));
        p.To.ShouldBe(new DateOnly(2026, 3, 12));
        p.StartUtc.ShouldBe(new DateTime(2026, 2, 28, 16, 0, 0));
        p.EndUtc.ShouldBe(new DateTime(2026, 3, 12, 16, 0, 0));
    }
}
