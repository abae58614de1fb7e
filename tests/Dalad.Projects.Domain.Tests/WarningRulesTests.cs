using Dalad.Platform.PersonalData;
using Dalad.Projects.Domain;
using Shouldly;

namespace Dalad.Projects.Domain.Tests;

/// <summary>
/// The early-warning rules (Inner Mongolia measures 三, 六, 七, 九 / Dalad plan 三（一）, （四）, （五）, （七）) on
/// <see cref="WarningEngine"/> itself. Days are calendar days from the contract, the day of signing not counted.
/// </summary>
public sealed class WarningRulesTests
{
    private static readonly DateOnly Contract = new(2026, 3, 2);

    private static List<WarningRule> Rules() =>
    [
        new() { Key = WarningRuleKeys.AccountLate, Threshold = 30, Severity = WarningSeverities.High },
        new() { Key = WarningRuleKeys.DepositLate, Threshold = 20, Severity = WarningSeverities.High },
        new() { Key = WarningRuleKeys.FundsNotInPlace, Severity = WarningSeverities.High },
        new() { Key = WarningRuleKeys.ContractorAdvance, Severity = WarningSeverities.Medium },
        new() { Key = WarningRuleKeys.InspectionMissing, Severity = WarningSeverities.Medium },
    ];

    private static Project NewProject(DateOnly? contract = null) => new()
    {
        Name = "和顺家园三期", TypeCode = "E4710", TerritoryCode = "150621104", IndustryBodyCode = "housing", TerritorialBodyCode = "town",
        Builder = "建设单位", GeneralContractor = "总包单位", ContractDate = contract ?? Contract,
        // Paid and opened in time unless a test says otherwise, so each test sees only its own rule.
        WageAccount = new WageAccount { OpenedOn = Contract.AddDays(1), Bank = "农行" },
        WageDeposit = new WageDeposit { PaidOn = Contract.AddDays(1), Amount = 100000m, Form = "cash" },
    };

    private static IReadOnlyList<WarningFinding> Evaluate(Project p, DateOnly today, List<WarningRule>? rules = null) => WarningEngine.Evaluate(p, rules ?? Rules(), today);

    [Fact]
    public void Works_under_way_without_a_clock_in_for_more_than_30_days_warn_once_per_silent_spell()
    {
        var rules = new List<WarningRule> { new() { Key = WarningRuleKeys.NoAttendance, Threshold = 30, Severity = WarningSeverities.Medium } };
        var p = NewProject();
        p.StartDate = new DateOnly(2026, 4, 1);

        // Never a clock-in: counted from the start of works; day 30 is still quiet.
        WarningEngine.Evaluate(p, rules, new DateOnly(2026, 5, 1), lastAttendance: null).ShouldBeEmpty();
        var never = WarningEngine.Evaluate(p, rules, new DateOnly(2026, 5, 2), lastAttendance: null).ShouldHaveSingleItem();
        never.FactKey.ShouldBe("since:2026-04-01");
        never.Evidence.Single(e => e.Name == "Evidence:DaysWithoutAttendance").Value.ShouldBe("31");
        never.Evidence.Single(e => e.Name == "Evidence:LastAttendance").Value.ShouldBe("—");

        // Clock-ins until 10 May: quiet until 9 June, then a new fact (a new silent spell), not the old one again.
        WarningEngine.Evaluate(p, rules, new DateOnly(2026, 6, 9), lastAttendance: new DateOnly(2026, 5, 10)).ShouldBeEmpty();
        WarningEngine.Evaluate(p, rules, new DateOnly(2026, 6, 10), lastAttendance: new DateOnly(2026, 5, 10)).ShouldHaveSingleItem().FactKey.ShouldBe("since:2026-05-10");

        // Not started yet, or completed: no warning.
        p.StartDate = new DateOnly(2026, 7, 1);
        WarningEngine.Evaluate(p, rules, new DateOnly(2026, 6, 30), lastAttendance: null).ShouldBeEmpty();
        p.StartDate = new DateOnly(2026, 1, 1);
        p.CompletionDate = new DateOnly(2026, 3, 1);
        WarningEngine.Evaluate(p, rules, new DateOnly(2026, 6, 30), lastAttendance: null).ShouldBeEmpty();
    }

    [Fact]
    public void The_deadline_state_of_the_list_badge_agrees_with_the_lateness_warning()
    {
        WarningEngine.DeadlineState(null, null, 30, Contract).ShouldBe(DeadlineStates.NoContract);
        WarningEngine.DeadlineState(Contract, null, 30, Contract.AddDays(30)).ShouldBe(DeadlineStates.Pending);
        WarningEngine.DeadlineState(Contract, null, 30, Contract.AddDays(31)).ShouldBe(DeadlineStates.Late);
        WarningEngine.DeadlineState(Contract, Contract.AddDays(30), 30, Contract.AddDays(90)).ShouldBe(DeadlineStates.OnTime);
        WarningEngine.DeadlineState(Contract, Contract.AddDays(31), 30, Contract.AddDays(31)).ShouldBe(DeadlineStates.Late);

        // Where the badge says late, the warning is raised, and only there.
        foreach (var day in new[] { 30, 31 })
        {
            var p = NewProject();
            p.WageAccount = new WageAccount();
            var late = WarningEngine.DeadlineState(Contract, null, 30, Contract.AddDays(day)) == DeadlineStates.Late;
            Evaluate(p, Contract.AddDays(day)).Any(f => f.RuleKey == WarningRuleKeys.AccountLate).ShouldBe(late);
        }
    }

    [Fact]
    public void The_account_is_due_on_day_30_after_the_contract_and_missing_on_day_31_raises_a_warning_with_its_evidence()
    {
        var p = NewProject();
        p.WageAccount = new WageAccount();
        WarningEngine.DueDate(Contract, 30).ShouldBe(new DateOnly(2026, 4, 1));
        Evaluate(p, Contract.AddDays(30)).ShouldBeEmpty(); // day 30: still in time

        var finding = Evaluate(p, Contract.AddDays(31)).ShouldHaveSingleItem();
        finding.RuleKey.ShouldBe(WarningRuleKeys.AccountLate);
        finding.Severity.ShouldBe(WarningSeverities.High);
        finding.FactKey.ShouldBe("contract:2026-03-02");
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:ContractDate", "2026-03-02"));
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:DueDate", "2026-04-01"));
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:AccountOpenedOn", "—"));
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:DaysLate", "1"));
    }

    [Fact]
    public void An_account_opened_on_day_30_is_in_time_and_one_opened_on_day_31_is_late()
    {
        var p = NewProject();
        p.WageAccount = new WageAccount { OpenedOn = Contract.AddDays(30), Bank = "农行" };
        Evaluate(p, Contract.AddDays(90)).ShouldBeEmpty();
        p.WageAccount.OpenedOn = Contract.AddDays(31);
        Evaluate(p, Contract.AddDays(90)).ShouldHaveSingleItem().Evidence.ShouldContain(new WarningEvidence("Evidence:AccountOpenedOn", "2026-04-02"));
    }

    [Fact]
    public void A_deposit_paid_on_day_20_raises_nothing_and_one_missing_on_day_21_is_late()
    {
        var p = NewProject();
        p.WageDeposit = new WageDeposit { PaidOn = Contract.AddDays(20), Amount = 1m, Form = "cash" };
        Evaluate(p, Contract.AddDays(60)).ShouldBeEmpty();
        p.WageDeposit = new WageDeposit();
        Evaluate(p, Contract.AddDays(20)).ShouldBeEmpty();
        Evaluate(p, Contract.AddDays(21)).ShouldHaveSingleItem().RuleKey.ShouldBe(WarningRuleKeys.DepositLate);
    }

    [Fact]
    public void A_project_without_a_contract_date_has_no_account_or_deposit_deadline()
    {
        var p = NewProject();
        p.ContractDate = null;
        p.WageAccount = new WageAccount();
        p.WageDeposit = new WageDeposit();
        Evaluate(p, Contract.AddDays(400)).ShouldBeEmpty();
    }

    [Fact]
    public void The_threshold_and_enabled_flag_are_data()
    {
        var p = NewProject();
        p.WageAccount = new WageAccount();
        var rules = Rules();
        rules[0].Threshold = 10;
        Evaluate(p, Contract.AddDays(11), rules).ShouldHaveSingleItem().Evidence.ShouldContain(new WarningEvidence("Evidence:DueDate", "2026-03-12"));
        rules[0].Enabled = false;
        Evaluate(p, Contract.AddDays(11), rules).ShouldBeEmpty();
    }

    [Fact]
    public void A_government_invested_project_without_funds_in_place_raises_a_warning_and_a_private_one_does_not()
    {
        var p = NewProject();
        p.FundsInPlace = false;
        Evaluate(p, Contract).ShouldBeEmpty();
        p.GovernmentInvested = true;
        var finding = Evaluate(p, Contract).ShouldHaveSingleItem();
        finding.RuleKey.ShouldBe(WarningRuleKeys.FundsNotInPlace);
        p.FundsInPlace = true;
        Evaluate(p, Contract).ShouldBeEmpty();
    }

    [Fact]
    public void Each_contractor_advance_is_its_own_fact()
    {
        var p = NewProject();
        p.Advances.Add(new ContractorAdvance { Date = Contract.AddDays(5), Amount = 200000m, Contractor = "总包单位" });
        p.Advances.Add(new ContractorAdvance { Date = Contract.AddDays(9), Amount = 5000m, Contractor = "总包单位" });
        var findings = Evaluate(p, Contract.AddDays(10));
        findings.Count.ShouldBe(2);
        findings.Select(f => f.FactKey).Distinct().Count().ShouldBe(2);
        findings[0].Evidence.ShouldContain(new WarningEvidence("Evidence:AdvanceAmount", "200000.00"));
    }

    [Fact]
    public void Every_month_of_works_without_an_inspection_raises_one_warning_once_the_month_is_over()
    {
        var p = NewProject();
        p.StartDate = new DateOnly(2026, 3, 10);
        p.Inspections.Add(new Inspection { Date = new DateOnly(2026, 3, 20), Inspector = "王" });
        Evaluate(p, new DateOnly(2026, 4, 30)).ShouldBeEmpty(); // April is not over yet
        var may = Evaluate(p, new DateOnly(2026, 5, 1)).ShouldHaveSingleItem();
        may.RuleKey.ShouldBe(WarningRuleKeys.InspectionMissing);
        may.FactKey.ShouldBe("month:2026-04");
        may.Evidence.ShouldContain(new WarningEvidence("Evidence:LastInspection", "2026-03-20"));
        Evaluate(p, new DateOnly(2026, 6, 2)).Select(f => f.FactKey).ShouldBe(["month:2026-04", "month:2026-05"]);
    }

    [Fact]
    public void Inspections_stop_with_completion_and_the_grace_days_delay_the_judgement()
    {
        var p = NewProject();
        p.StartDate = new DateOnly(2026, 3, 10);
        p.CompletionDate = new DateOnly(2026, 3, 31);
        Evaluate(p, new DateOnly(2026, 9, 1)).Select(f => f.FactKey).ShouldBe(["month:2026-03"]);
        var rules = Rules();
        rules[4].Threshold = 5;
        Evaluate(p, new DateOnly(2026, 4, 5), rules).ShouldBeEmpty();
        Evaluate(p, new DateOnly(2026, 4, 6), rules).ShouldHaveSingleItem();
    }

    [Fact]
    public void The_assessment_counts_the_same_missed_months_as_the_warning_raises()
    {
        var p = NewProject();
        p.StartDate = new DateOnly(2026, 1, 20);
        p.Inspections.Add(new Inspection { Date = new DateOnly(2026, 3, 2), Inspector = "王" });
        var today = new DateOnly(2026, 5, 3);
        var months = WarningEngine.MissedInspectionMonths(p.StartDate.Value, null, [new DateOnly(2026, 3, 2)], 0, today).ToList();
        months.ShouldBe([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1)], "May is not over; March was inspected");
        Evaluate(p, today).Select(f => f.FactKey).ShouldBe(months.Select(m => "month:" + m.ToString("yyyy-MM")));
    }

    [Fact]
    public void A_project_registered_after_its_works_started_was_found_off_the_platform()
    {
        var start = new DateOnly(2026, 4, 1);
        WarningEngine.RegisteredAfterStart(new DateOnly(2026, 4, 2), start).ShouldBeTrue();
        WarningEngine.RegisteredAfterStart(start, start).ShouldBeFalse("registered on the day works start is in time");
        WarningEngine.RegisteredAfterStart(new DateOnly(2026, 3, 1), start).ShouldBeFalse();
        WarningEngine.RegisteredAfterStart(new DateOnly(2026, 4, 2), null).ShouldBeFalse("no start date: nothing to judge");
    }
}

/// <summary>The warning's lifecycle: open → handled → closed, each with a note; a closed warning becomes nothing.</summary>
public sealed class WarningLifecycleTests
{
    private static Warning NewWarning() => new()
    {
        ProjectName = "和顺家园三期", RuleKey = WarningRuleKeys.AccountLate, FactKey = "contract:2026-03-02", Severity = WarningSeverities.High,
        IndustryBodyCode = "housing", TerritorialBodyCode = "town",
    };

    private static readonly DateTime Now = new(2026, 4, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Open_to_handled_to_closed_keeps_each_note()
    {
        var w = NewWarning();
        w.Handle("已约谈总包单位", "housing-clerk", Now);
        w.Status.ShouldBe(WarningStatuses.Handled);
        Should.Throw<WarningRuleException>(() => w.Handle("again", "x", Now)).MessageKey.ShouldBe("Warnings:AlreadyHandled");
        w.Close("账户已开设", "housing-clerk", Now.AddDays(3));
        w.Status.ShouldBe(WarningStatuses.Closed);
        w.HandledNote.ShouldBe("已约谈总包单位");
        w.ClosedNote.ShouldBe("账户已开设");
        Should.Throw<WarningRuleException>(() => w.Close("again", "x", Now)).MessageKey.ShouldBe("Warnings:AlreadyClosed");
        Should.Throw<WarningRuleException>(w.EnsureCanBecomeCase).MessageKey.ShouldBe("Warnings:AlreadyClosed");
    }

    [Fact]
    public void A_warning_becomes_a_case_once_and_counts_as_handled()
    {
        var w = NewWarning();
        w.EnsureCanBecomeCase();
        w.BecameCase(Guid.NewGuid(), "DLT-2026-000001", "已转为案件 DLT-2026-000001", "housing-clerk", Now);
        w.Status.ShouldBe(WarningStatuses.Handled);
        Should.Throw<WarningRuleException>(w.EnsureCanBecomeCase).MessageKey.ShouldBe("Warnings:AlreadyCase");
    }
}

/// <summary>Pay against attendance and the GB 11643 check, host-free.</summary>
public sealed class PayRuleTests
{
    private static readonly List<WarningRule> Rules = [new() { Key = WarningRuleKeys.PayBelowAttendance, Threshold = 0, Severity = WarningSeverities.High }];

    private static Project NewProject() => new()
    {
        Name = "p", TypeCode = "E4710", TerritoryCode = "t", IndustryBodyCode = "housing", TerritorialBodyCode = "town", Builder = "b", GeneralContractor = "g",
    };

    [Fact]
    public void Worked_22_paid_15_is_a_warning_once_the_month_is_over_and_paid_22_is_none()
    {
        var worker = Guid.NewGuid();
        WorkerMonth[] pay = [new(worker, "张**（1506**********0016）", "2026-04", 22, 15)];
        WarningEngine.Evaluate(NewProject(), Rules, new DateOnly(2026, 4, 30), pay).ShouldBeEmpty();
        var finding = WarningEngine.Evaluate(NewProject(), Rules, new DateOnly(2026, 5, 1), pay).ShouldHaveSingleItem();
        finding.FactKey.ShouldBe("pay:" + worker.ToString("N") + ":2026-04");
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:Worker", "张**（1506**********0016）"));
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:DaysWorked", "22"));
        finding.Evidence.ShouldContain(new WarningEvidence("Evidence:DaysPaid", "15"));
        WarningEngine.Evaluate(NewProject(), Rules, new DateOnly(2026, 5, 1), [pay[0] with { DaysPaid = 22 }]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("110105194912310021", false)] // wrong check character
    [InlineData("11010519491331002X", false)] // month 13
    [InlineData("1101051949123100", false)]
    public void Identity_numbers_are_checked_against_GB_11643(string id, bool valid)
    {
        ChineseIdCard.IsValid(id, new DateOnly(2026, 12, 1)).ShouldBe(valid);
    }

    [Fact]
    public void A_worker_is_named_masked()
    {
        new Worker { Name = "张建国", IdNumber = "11010519491231002X" }.MaskedLabel.ShouldBe("张**（1101**********002X）");
    }
}
