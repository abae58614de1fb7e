using Dalad.Oversight.Domain;
using Shouldly;

namespace Dalad.Oversight.Domain.Tests;

/// <summary>When the monthly report to 纪委监委 is due: the previous month, from the first working day of the month on.</summary>
public sealed class MonthlyReportRulesTests
{
    // May 1–5 2026 are the Labour Day holidays (Friday to Tuesday).
    private static readonly WeekdayCalendar Calendar = new(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 5));

    [Fact]
    public void A_holiday_or_a_weekend_on_the_first_moves_the_report_to_the_next_working_day()
    {
        MonthlyReportRules.FirstWorkingDay(2026, 5, Calendar).ShouldBe(new DateOnly(2026, 5, 6));
        MonthlyReportRules.FirstWorkingDay(2026, 3, Calendar).ShouldBe(new DateOnly(2026, 3, 2), "March 1st 2026 is a Sunday");
        MonthlyReportRules.FirstWorkingDay(2026, 4, Calendar).ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void The_previous_month_is_due_from_the_first_working_day_on_and_not_before()
    {
        MonthlyReportRules.DueMonth(new DateOnly(2026, 5, 1), Calendar).ShouldBeNull();
        MonthlyReportRules.DueMonth(new DateOnly(2026, 5, 5), Calendar).ShouldBeNull();
        MonthlyReportRules.DueMonth(new DateOnly(2026, 5, 6), Calendar).ShouldBe(new DateOnly(2026, 4, 1));
        MonthlyReportRules.DueMonth(new DateOnly(2026, 5, 20), Calendar).ShouldBe(new DateOnly(2026, 4, 1), "a missed run catches up");
        MonthlyReportRules.DueMonth(new DateOnly(2026, 1, 5), Calendar).ShouldBe(new DateOnly(2025, 12, 1), "January reports December of the year before");
    }

    [Theory]
    [InlineData("2026-04", true)]
    [InlineData("2026-4", false)]
    [InlineData("2026-13", false)]
    [InlineData("april", false)]
    [InlineData("2026-04-01", false)]
    public void A_month_is_written_yyyy_MM(string text, bool valid) =>
        (MonthlyReportRules.ParseMonth(text) is not null).ShouldBe(valid);

    [Fact]
    public void Regenerating_counts_a_revision_and_replaces_the_frozen_content()
    {
        var report = new MonthlyReport { Month = "2026-04" };
        report.Freeze("{\"a\":1}", new DateTime(2026, 5, 6, 1, 0, 0, DateTimeKind.Utc), null);
        report.Revision.ShouldBe(1);
        report.Freeze("{\"a\":2}", new DateTime(2026, 5, 7, 1, 0, 0, DateTimeKind.Utc), "supervisor");
        (report.Revision, report.Content, report.GeneratedBy).ShouldBe((2, "{\"a\":2}", "supervisor"));
    }
}
