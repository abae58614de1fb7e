using Shouldly;

namespace Dalad.Calendar.Tests;

/// <summary>
/// The deadline arithmetic on the real 2025 and 2026 calendars (the module's copy of holidays-cn.csv). The relevant rows:
/// <code>
/// 2025-09-28 Sun workday  国庆节调休上班        2026-02-14 Sat workday  春节调休上班
/// 2025-10-01…10-08 holiday 国庆节、中秋节       2026-02-15 Sun … 2026-02-23 Mon holiday 春节
/// 2025-10-11 Sat workday  国庆节调休上班        2026-02-28 Sat workday  春节调休上班
/// 2026-01-01…01-03 holiday 元旦, 2026-01-04 Sun workday 元旦调休上班
/// </code>
/// </summary>
public sealed class WorkingDayArithmeticTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly WorkingDayTable _calendar = new(CalendarSeeder.ReadSeed());

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Beijing);

    private static DateTimeOffset EndOf(int year, int month, int day) => new(year, month, day, 23, 59, 59, Beijing);

    [Fact]
    public void The_seed_is_the_national_list_of_2025_and_2026()
    {
        var seed = CalendarSeeder.ReadSeed();
        seed.Count.ShouldBe(72);
        seed.Select(d => d.Date.Year).Distinct().Order().ShouldBe([2025, 2026]);
        seed.ShouldContain(new CalendarDayDto(new DateOnly(2026, 2, 14), CalendarDayTypes.Workday, "春节调休上班"));
        seed.ShouldContain(new CalendarDayDto(new DateOnly(2025, 10, 1), CalendarDayTypes.Holiday, "国庆节、中秋节"));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(23, 59, 59)]
    public void A_lead_registered_on_Friday_2026_02_13_is_due_at_the_end_of_the_make_up_Saturday(int hour, int minute, int second)
    {
        var due = _calendar.AddWorkingDays(At(2026, 2, 13, hour, minute, second), 1);

        due.ShouldBe(EndOf(2026, 2, 14));
        due.Offset.ShouldBe(Beijing); // ShouldBe above compares instants; the offset is part of the convention too
    }

    [Fact]
    public void Without_the_make_up_day_the_same_lead_would_be_due_on_Monday()
    {
        // The control: a weekend-only calendar. The make-up Saturday is what the real calendar adds.
        new WorkingDayTable([]).AddWorkingDays(At(2026, 2, 13), 1).ShouldBe(EndOf(2026, 2, 16));
    }

    // Counted by hand from Friday 2026-02-13 (the day itself does not count):
    //   1 Sat 02-14 (make-up) | 02-15 Sun … 02-23 Mon: Spring Festival | 2 Tue 02-24 | 3 Wed 02-25 | 4 Thu 02-26 | 5 Fri 02-27
    //   6 Sat 02-28 (make-up) | 03-01 Sun | 7 Mon 03-02 | 8 03-03 | 9 03-04 | 10 03-05 | 11 Fri 03-06 | 03-07/08 weekend
    //   12 Mon 03-09 | 13 03-10 | 14 03-11 | 15 Thu 03-12
    // And from Wednesday 2026-02-11: 1 Thu 02-12 | 2 Fri 02-13 | 3 Sat 02-14 | 4 Tue 02-24 | 5 Wed 02-25 | 6 02-26
    //   7 02-27 | 8 Sat 02-28 | 9 Mon 03-02 | 10 03-03 | 11 03-04 | 12 03-05 | 13 03-06 | 14 Mon 03-09 | 15 Tue 03-10
    [Theory]
    [InlineData(13, 1, 2, 14)]
    [InlineData(13, 2, 2, 24)]
    [InlineData(13, 5, 2, 27)]
    [InlineData(13, 6, 2, 28)]
    [InlineData(13, 7, 3, 2)]
    [InlineData(13, 15, 3, 12)]
    [InlineData(11, 3, 2, 14)]
    [InlineData(11, 4, 2, 24)]
    [InlineData(11, 5, 2, 25)]
    [InlineData(11, 15, 3, 10)]
    public void Periods_across_the_2026_Spring_Festival(int februaryDay, int days, int dueMonth, int dueDay)
    {
        _calendar.AddWorkingDays(At(2026, 2, februaryDay), days).ShouldBe(EndOf(2026, dueMonth, dueDay));
    }

    [Fact]
    public void The_day_is_the_Beijing_date_whatever_offset_the_moment_comes_with()
    {
        // 07:30 on Saturday 02-14 in Beijing is still Friday 02-13 in UTC. Counting from the UTC date would give 02-14;
        // from the Beijing date (02-14) the next working day is Tuesday 02-24.
        var earlySaturdayInBeijing = new DateTimeOffset(2026, 2, 13, 23, 30, 0, TimeSpan.Zero);
        _calendar.AddWorkingDays(earlySaturdayInBeijing, 1).ShouldBe(EndOf(2026, 2, 24));

        // 20:00 on Friday in New York is already 09:00 on Saturday in Beijing.
        _calendar.AddWorkingDays(new DateTimeOffset(2026, 2, 13, 20, 0, 0, TimeSpan.FromHours(-5)), 1).ShouldBe(EndOf(2026, 2, 24));

        // Late on Friday evening in Beijing (15:59:59 UTC, the same date) is still Friday.
        _calendar.AddWorkingDays(new DateTimeOffset(2026, 2, 13, 15, 59, 59, TimeSpan.Zero), 1).ShouldBe(EndOf(2026, 2, 14));
    }

    // 2025-09-26 Fri | 09-27 Sat | 1 Sun 09-28 (make-up) | 2 Mon 09-29 | 3 Tue 09-30 | 10-01 … 10-08 National Day and
    // Mid-Autumn | 4 Thu 10-09 | 5 Fri 10-10 | 6 Sat 10-11 (make-up) | 10-12 Sun | 7 Mon 10-13
    [Theory]
    [InlineData(9, 26, 1, 9, 28)]
    [InlineData(9, 26, 3, 9, 30)]
    [InlineData(9, 26, 4, 10, 9)]
    [InlineData(9, 26, 6, 10, 11)]
    [InlineData(9, 26, 7, 10, 13)]
    [InlineData(9, 30, 1, 10, 9)]
    [InlineData(10, 3, 1, 10, 9)]
    public void Periods_across_National_Day_2025(int month, int day, int days, int dueMonth, int dueDay)
    {
        _calendar.AddWorkingDays(At(2025, month, day), days).ShouldBe(EndOf(2025, dueMonth, dueDay));
    }

    [Fact]
    public void Working_days_are_weekdays_minus_holidays_plus_make_up_days()
    {
        _calendar.IsWorkingDay(new DateOnly(2026, 2, 14)).ShouldBeTrue();  // make-up Saturday
        _calendar.IsWorkingDay(new DateOnly(2026, 2, 15)).ShouldBeFalse(); // holiday on a Sunday
        _calendar.IsWorkingDay(new DateOnly(2026, 2, 16)).ShouldBeFalse(); // holiday on a Monday
        _calendar.IsWorkingDay(new DateOnly(2026, 2, 21)).ShouldBeFalse(); // Saturday in the holiday
        _calendar.IsWorkingDay(new DateOnly(2026, 2, 24)).ShouldBeTrue();
        _calendar.IsWorkingDay(new DateOnly(2025, 9, 28)).ShouldBeTrue();  // make-up Sunday
        _calendar.IsWorkingDay(new DateOnly(2025, 10, 12)).ShouldBeFalse(); // ordinary Sunday
        _calendar.IsWorkingDay(new DateOnly(2027, 1, 4)).ShouldBeTrue();   // beyond the list: weekend rule only
        _calendar.IsWorkingDay(new DateOnly(2027, 1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void Zero_days_is_the_end_of_the_same_day_and_negative_days_are_refused()
    {
        _calendar.AddWorkingDays(At(2026, 2, 16, 9), 0).ShouldBe(EndOf(2026, 2, 16));
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(At(2026, 2, 13), -1));
    }

    [Fact]
    public void Working_days_between_counts_the_days_after_the_first_up_to_and_including_the_last()
    {
        _calendar.WorkingDaysBetween(At(2026, 2, 13, 10), At(2026, 2, 24, 9)).ShouldBe(2);  // Sat 02-14, Tue 02-24
        _calendar.WorkingDaysBetween(At(2026, 2, 24, 9), At(2026, 2, 13, 10)).ShouldBe(-2);
        _calendar.WorkingDaysBetween(At(2026, 2, 13, 1), At(2026, 2, 13, 23)).ShouldBe(0);
        _calendar.WorkingDaysBetween(At(2026, 2, 14), At(2026, 2, 23)).ShouldBe(0);        // all holiday
        _calendar.WorkingDaysBetween(At(2026, 2, 13), At(2026, 3, 12)).ShouldBe(15);
        _calendar.WorkingDaysBetween(At(2026, 3, 12), At(2026, 2, 13)).ShouldBe(-15);
        _calendar.WorkingDaysBetween(At(2025, 9, 26), At(2025, 10, 13)).ShouldBe(7);
        _calendar.WorkingDaysBetween(At(2025, 12, 31), At(2026, 1, 5)).ShouldBe(2);        // Sun 01-04 (make-up), Mon 01-05
    }

    [Fact]
    public void Working_days_between_inverts_add_working_days_and_agrees_with_counting_day_by_day()
    {
        for (var date = new DateOnly(2024, 12, 20); date <= new DateOnly(2027, 1, 10); date = date.AddDays(1))
        {
            var from = new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 0)), Beijing);
            foreach (var days in new[] { 0, 1, 5, 15, 30 })
            {
                var due = _calendar.AddWorkingDays(from, days);
                _calendar.WorkingDaysBetween(from, due).ShouldBe(days, $"{date} + {days}");
                _calendar.WorkingDaysBetween(due, from).ShouldBe(-days, $"{date} + {days}, reversed");
                if (days > 0) _calendar.IsWorkingDay(DateOnly.FromDateTime(due.DateTime)).ShouldBeTrue($"{date} + {days} ends on {due}");
            }

            var counted = 0;
            for (var day = date.AddDays(1); day <= date.AddDays(40); day = day.AddDays(1))
                if (_calendar.IsWorkingDay(day)) counted++;
            _calendar.WorkingDaysBetween(from, from.AddDays(40)).ShouldBe(counted, $"{date} + 40 calendar days");
        }
    }
}
