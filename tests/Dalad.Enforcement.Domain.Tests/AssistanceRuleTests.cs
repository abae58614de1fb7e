using Dalad.Calendar;
using Dalad.Platform.PersonalData;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>Monday–Friday, except the listed holidays: enough of the calendar's convention for the deadline rule.</summary>
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

/// <summary>Assistance requests: the receiving body and deadline of each kind, late answers, the party's number.</summary>
public sealed class AssistanceRuleTests
{
    private static readonly WeekdayCalendar Calendar = new(new DateOnly(2026, 3, 9)); // a Monday holiday
    private static readonly AssistanceKind Property = AssistanceKind.Defaults.Single(k => k.Code == AssistanceKinds.Property);
    private static readonly string IdCard = "15062119800101123" + ChineseIdCard.CheckCharacter("15062119800101123");

    private static DateTime Beijing(int month, int day, int hour, int minute = 0) => new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)).UtcDateTime;

    /// <summary>Sent on Friday 6 March at 10:00, 5 working days, Monday 9 March a holiday: due Monday 16 March 23:59:59.</summary>
    private static AssistanceRequest SentFriday(string? partyNumber = null) =>
        AssistanceRequest.Send(Property, " DLT-2026-000123 ", "达拉特旗恒通建设有限公司", partyNumber, "请查询该单位名下不动产", "hrss", "clerk", Beijing(3, 6, 10), Calendar);

    [Fact]
    public void Each_kind_goes_to_its_body_by_default()
    {
        AssistanceKind.Defaults.Select(k => k.Code).ShouldBe(AssistanceKinds.All);
        AssistanceKind.Defaults.ToDictionary(k => k.Code, k => k.BodyCode).ShouldBe(new Dictionary<string, string>
        {
            ["property"] = "natres", ["vehicles"] = "police", ["locate"] = "police", ["bank-accounts"] = "finreg", ["court-enforcement"] = "court",
        });
        AssistanceKind.Defaults.ShouldAllBe(k => k.WorkingDays > 0);
    }

    [Fact]
    public void The_deadline_is_the_end_of_the_last_working_day_skipping_weekends_and_holidays()
    {
        var request = SentFriday();
        request.ReceivingBodyCode.ShouldBe("natres");
        request.CaseNumber.ShouldBe("DLT-2026-000123");
        request.DueAt.ShouldBe(Beijing(3, 16, 23, 59).AddSeconds(59));
        request.DueState(Beijing(3, 16, 23, 0)).ShouldBe(AssistanceDueStates.Open);
        request.DueState(Beijing(3, 17, 0, 0)).ShouldBe(AssistanceDueStates.Overdue);
        request.LateWorkingDaysAt(Beijing(3, 18, 9), Calendar).ShouldBe(2);
    }

    [Fact]
    public void An_answer_on_the_last_day_is_in_time()
    {
        var request = SentFriday();
        request.Answer(" 名下无不动产登记 ", ["不动产登记查询结果 2026-031"], "natres-clerk", Beijing(3, 16, 23, 30), Calendar);
        request.Status.ShouldBe(AssistanceStatuses.Answered);
        request.Finding.ShouldBe("名下无不动产登记");
        request.DueState(Beijing(3, 20, 9)).ShouldBe(AssistanceDueStates.Answered);
        request.LateWorkingDaysAt(Beijing(3, 20, 9), Calendar).ShouldBe(0);
    }

    [Fact]
    public void An_answer_after_the_deadline_is_recorded_late_with_its_working_days_and_once_only()
    {
        var request = SentFriday();
        request.Answer("名下房产一处", [" ", "https://example.gov.cn/bdc/2026-031"], "natres-clerk", Beijing(3, 18, 9), Calendar);
        request.DueState(Beijing(3, 30, 9)).ShouldBe(AssistanceDueStates.AnsweredLate);
        request.LateWorkingDaysAt(Beijing(3, 30, 9), Calendar).ShouldBe(2);
        request.Attachments.ShouldBe(["https://example.gov.cn/bdc/2026-031"]);
        Should.Throw<EnforcementRuleException>(() => request.Answer("再次答复", null, "x", Beijing(3, 19, 9), Calendar)).MessageKey.ShouldBe("Assistance:AlreadyAnswered");
        request.Finding.ShouldBe("名下房产一处");
    }

    [Fact]
    public void The_party_number_is_a_credit_code_or_an_identity_number()
    {
        var firm = SentFriday("9111 0000 1000 0803 43");
        (firm.PartyNumber, firm.PartyNumberKind).ShouldBe(("911100001000080343", PartyNumberKinds.CreditCode));
        var person = SentFriday(IdCard.ToLowerInvariant());
        (person.PartyNumber, person.PartyNumberKind).ShouldBe((IdCard, PartyNumberKinds.IdCard));
        var none = SentFriday("  ");
        (none.PartyNumber, none.PartyNumberKind).ShouldBe((null, null));
        Should.Throw<EnforcementRuleException>(() => SentFriday("150621198001011230")).MessageKey.ShouldBe("Assistance:InvalidPartyNumber");
        Should.Throw<EnforcementRuleException>(() => SentFriday("911506210000000000")).MessageKey.ShouldBe("Assistance:InvalidPartyNumber");
    }

    [Theory]
    [InlineData("6222 0212 0001 2345 678", "6222021200012345678")]
    [InlineData("0477-8123-4567-89", "047781234567 89")]
    [InlineData("12345678", "12345678")]
    public void Account_numbers_lose_their_spaces_and_dashes(string input, string expected) =>
        AccountNumbers.Normalise(input).ShouldBe(expected.Replace(" ", ""));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("6222O21200012345678")]
    [InlineData("6222/0212/0001")]
    public void Account_numbers_outside_8_to_32_digits_are_invalid(string? input) => AccountNumbers.Normalise(input).ShouldBeNull();
}
