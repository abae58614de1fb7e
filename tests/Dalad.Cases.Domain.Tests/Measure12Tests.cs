using Dalad.Cases.Domain;
using Shouldly;
using static Dalad.Cases.Domain.Tests.TestCase;

namespace Dalad.Cases.Domain.Tests;

/// <summary>
/// Measure 12 (内政发〔2023〕24号), one rule a test, on <see cref="Case"/> itself: no host, no database, no JSON. Dates are
/// Beijing time; a week has five working days and 2026-04-06 (清明) is a holiday.
/// </summary>
public sealed class Measure12Tests
{
    [Fact]
    public void A_case_must_be_signed_for_within_1_working_day_of_the_lead_registration_not_of_its_dispatch()
    {
        // Registered Friday morning, dispatched Friday at 11: due at the end of Monday.
        var t = new TestCase(registeredAt: "2026-03-06T10:00:00+08:00", openedAt: "2026-03-06T11:00:00+08:00");
        t.Case.Status.ShouldBe(CaseStatuses.Received);
        t.Case.Step.ShouldBe(CaseSteps.Receive);
        t.Case.ReceiveDueAt.Beijing().ShouldBe(Times.At("2026-03-09T23:59:59+08:00"));
        t.Case.StepDueAt.ShouldBe(t.Case.ReceiveDueAt);
        t.Case.LeadBodyCode.ShouldBe(Housing); // the industry owner leads
        t.Opening.Timeline.Select(e => e.Type).ShouldBe([CaseEventTypes.Opened]);
        t.Opening.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void A_lead_left_undispatched_for_a_working_day_is_overdue_for_the_intake_desk_and_reminds_it_once()
    {
        var calendar = new WeekdayCalendar();
        var lead = new Lead
        {
            Channel = LeadChannels.Hotline12345, TicketNumber = "T-9", IntakeBodyCode = "data-12345", Text = "拖欠工资", Phone = "13800138000",
            RoutingJson = "{}", ReceivedAt = Times.At("2026-03-06T10:00:00+08:00").UtcDateTime, // Friday
        };
        lead.StartDispatchClock(calendar);
        lead.DispatchDueAt.Beijing().ShouldBe(Times.At("2026-03-09T23:59:59+08:00")); // end of Monday

        lead.CheckDispatchDeadline(Times.At("2026-03-09T23:00:00+08:00").UtcDateTime, calendar).ShouldBeNull();
        lead.DispatchOverdue.ShouldBeFalse();
        lead.CheckDispatchDeadline(Times.At("2026-03-10T08:00:00+08:00").UtcDateTime, calendar).ShouldBe("data-12345");
        lead.DispatchOverdue.ShouldBeTrue();
        lead.CheckDispatchDeadline(Times.At("2026-03-11T08:00:00+08:00").UtcDateTime, calendar).ShouldBeNull(); // reminded once

        // A dispatched lead has no running clock.
        var dispatched = new Lead
        {
            Channel = LeadChannels.Hotline12345, TicketNumber = "T-10", IntakeBodyCode = "data-12345", Text = "拖欠工资", Phone = "13800138000",
            RoutingJson = "{}", ReceivedAt = Times.At("2026-03-06T10:00:00+08:00").UtcDateTime, Status = LeadStatuses.Dispatched,
        };
        dispatched.CheckDispatchDeadline(Times.At("2026-03-11T08:00:00+08:00").UtcDateTime, calendar).ShouldBeNull();
        dispatched.DispatchOverdue.ShouldBeFalse();
    }

    [Fact]
    public void A_lead_dispatched_late_gives_the_lead_owner_its_working_day_to_sign_from_the_dispatch_the_lateness_is_the_desks()
    {
        // Registered Friday, dispatched only on Wednesday: the department signs by the end of Thursday, not "overdue at once".
        var t = new TestCase(registeredAt: "2026-03-06T10:00:00+08:00", openedAt: "2026-03-11T09:00:00+08:00");
        t.Case.ReceiveDueAt.Beijing().ShouldBe(Times.At("2026-03-12T23:59:59+08:00"));
        t.Case.CheckDeadline(t.At("2026-03-11T10:00:00+08:00")).RemindedBodies.ShouldBeEmpty();
    }

    [Fact]
    public void Signing_starts_the_acceptance_opinion_due_in_5_working_days_and_tells_the_complainant_it_was_received()
    {
        var t = new TestCase();
        var change = t.Case.Sign(t.At("2026-03-09T09:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.Reviewing);
        t.Case.Step.ShouldBe(CaseSteps.Accept);
        t.Case.AcceptDueAt.Beijing().ShouldBe(Times.At("2026-03-16T23:59:59+08:00"));
        change.Notices.Single().Template.ShouldBe(SmsTemplates.Received);
        change.Notices.Single().Arguments.ShouldBe(["住建局", "2026-03-16"]);
    }

    [Fact]
    public void Acceptance_starts_handling_due_in_15_working_days_skipping_holidays_and_tells_the_complainant()
    {
        var t = new TestCase().To(CaseStatuses.Reviewing);
        var change = t.Case.Accept("  属于欠薪  ", t.At("2026-03-25T15:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.Handling);
        t.Case.Step.ShouldBe(CaseSteps.Handle);
        t.Case.Opinion.ShouldBe("属于欠薪");
        t.Case.HandleDueAt.Beijing().ShouldBe(Times.At("2026-04-16T23:59:59+08:00")); // 15 working days, 清明 not counted
        change.Notices.Single().Template.ShouldBe(SmsTemplates.Accepted);
        change.Notices.Single().Arguments.ShouldBe(["住建局", "2026-04-16"]);
    }

    [Fact]
    public void A_refused_case_is_closed_without_a_visit_no_visit_is_due_and_a_visit_is_refused()
    {
        // Decided for issue 18 (docs/case-workflow.md): measure 12 visits 办结 cases; a refusal is the acceptance opinion.
        var t = new TestCase().To(CaseStatuses.NotAccepted);
        t.Case.VisitDueAt.ShouldBeNull();
        t.Case.NextActions().ShouldBe([CaseActions.Close]);
        Should.Throw<CaseRuleException>(() => t.Case.RecordVisit(true, null, t.Context()));
        t.Case.Close(null, t.At("2026-03-11T10:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.Closed);
    }

    [Fact]
    public void A_refusal_needs_a_written_opinion_stops_the_clock_and_tells_the_complainant_why()
    {
        var t = new TestCase().To(CaseStatuses.Reviewing);
        Should.Throw<ArgumentException>(() => t.Case.Reject("  ", t.Context()));
        t.Case.Status.ShouldBe(CaseStatuses.Reviewing);

        var change = t.Case.Reject("属于劳动争议，请申请仲裁，", t.At("2026-03-10T10:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.NotAccepted);
        t.Case.Step.ShouldBeNull();
        t.Case.StepDueAt.ShouldBeNull();
        change.Notices.Single().Template.ShouldBe(SmsTemplates.NotAccepted);
        change.Notices.Single().Arguments.ShouldBe(["属于劳动争议，请申请仲裁。"]); // one whole sentence
    }

    [Fact]
    public void Each_owner_records_its_own_part_and_a_body_that_owns_neither_part_is_refused()
    {
        var t = new TestCase().To(CaseStatuses.Handling);
        var refused = Should.Throw<CaseRuleException>(() => t.Case.RecordPart(["transport"], "看过了", t.Context()));
        refused.Forbidden.ShouldBeTrue();

        var change = t.Case.RecordPart([Bainijing], "现场核实", t.Context());
        t.Case.Assignments.Single(a => a.BodyCode == Bainijing).PartText.ShouldBe("现场核实");
        t.Case.Assignments.Single(a => a.BodyCode == Housing).PartRecordedAt.ShouldBeNull();
        change.Timeline.Single().Type.ShouldBe(CaseEventTypes.PartRecorded);
        change.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void A_case_is_resolved_only_once_both_owners_recorded_their_part_then_the_visit_is_due_in_5_working_days()
    {
        var t = new TestCase().To(CaseStatuses.Handling);
        t.Case.RecordPart([Housing], "已约谈", t.Context());
        var early = Should.Throw<CaseRuleException>(() => t.Case.Resolve("已结清", 1m, t.Context()));
        early.MessageKey.ShouldBe("Cases:PartsMissing");
        early.Arguments.ShouldContain("白泥井镇");
        t.Case.Status.ShouldBe(CaseStatuses.Handling);

        t.Case.RecordPart([Bainijing], "已核实", t.Context());
        var change = t.Case.Resolve("工人已确认收到。", 120000m, t.At("2026-03-20T16:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.Resolved);
        t.Case.ResolvedByBodyCode.ShouldBe(Housing);
        t.Case.Step.ShouldBe(CaseSteps.Visit);
        t.Case.VisitDueAt.Beijing().ShouldBe(Times.At("2026-03-27T23:59:59+08:00"));
        change.Notices.Single().Template.ShouldBe(SmsTemplates.Result);
        change.Notices.Single().Arguments.ShouldBe(["工人已确认收到。", "120,000.00"]);
    }

    [Fact]
    public void One_extension_of_15_working_days_from_the_handling_due_time_only_on_approval()
    {
        var t = new TestCase().To(CaseStatuses.Handling); // accepted 2026-03-06: handling due 2026-03-27
        t.Case.HandleDueAt.Beijing().ShouldBe(Times.At("2026-03-27T23:59:59+08:00"));

        t.Case.RequestExtension("工程款尚未结算", t.Context());
        t.Case.ExtensionStatus.ShouldBe(ExtensionStatuses.Requested);
        t.Case.HandleDueAt.Beijing().ShouldBe(Times.At("2026-03-27T23:59:59+08:00")); // a request alone moves nothing
        Should.Throw<CaseRuleException>(() => t.Case.RequestExtension("再申请", t.Context())).MessageKey.ShouldBe("Cases:ExtensionPending");

        t.Case.DecideExtension(approve: false, "理由不充分", t.Context());
        t.Case.RequestExtension("补充材料", t.Context()); // a refused request may be made again
        t.Case.DecideExtension(approve: true, null, t.Context());
        t.Case.ExtensionStatus.ShouldBe(ExtensionStatuses.Approved);
        t.Case.HandleDueAt.Beijing().ShouldBe(Times.At("2026-04-20T23:59:59+08:00")); // +15 from 03-27, 清明 not counted
        t.Case.StepDueAt.ShouldBe(t.Case.HandleDueAt);

        Should.Throw<CaseRuleException>(() => t.Case.RequestExtension("第二次", t.Context())).MessageKey.ShouldBe("Cases:ExtensionUsed");
        Should.Throw<CaseRuleException>(() => t.Case.DecideExtension(true, null, t.Context())).MessageKey.ShouldBe("Cases:NoExtensionRequest");
    }

    [Fact]
    public void A_satisfied_visit_lets_the_lead_owner_close_and_sends_nothing()
    {
        var t = new TestCase().To(CaseStatuses.Resolved);
        var change = t.Case.RecordVisit(satisfied: true, "工资已到账", t.Context());
        t.Case.Status.ShouldBe(CaseStatuses.Visited);
        t.Case.Step.ShouldBeNull();
        change.Visit!.Satisfied.ShouldBeTrue();
        change.Notices.ShouldBeEmpty();
        t.Case.NextActions().ShouldBe([CaseActions.Close]);
    }

    [Fact]
    public void An_unsatisfied_visit_reopens_handling_for_15_working_days_clears_both_parts_and_flags_a_possibly_false_closure()
    {
        var t = new TestCase().To(CaseStatuses.Resolved);
        var change = t.Case.RecordVisit(satisfied: false, "工资未到账", t.At("2026-03-23T10:00:00+08:00"));
        t.Case.Status.ShouldBe(CaseStatuses.Handling);
        t.Case.HandleDueAt.Beijing().ShouldBe(Times.At("2026-04-14T23:59:59+08:00"));
        t.Case.PossiblyFalseClosure.ShouldBeTrue();
        t.Case.ReopenCount.ShouldBe(1);
        t.Case.Result.ShouldBeNull();
        t.Case.ResolvedAt.ShouldBeNull();
        t.Case.Assignments.ShouldAllBe(a => a.PartRecordedAt == null);
        change.Visit!.ResolvedByBodyCode.ShouldBe(Housing); // counts against the body that resolved it
        change.Visit.Result.ShouldBe("已结清");
        change.Timeline.Select(e => e.Type).ShouldBe([CaseEventTypes.Visited, CaseEventTypes.Reopened]);
    }

    [Fact]
    public void A_reopened_case_sends_the_complainant_one_notice_with_its_new_due_date()
    {
        var t = new TestCase().To(CaseStatuses.Resolved);
        var change = t.Case.RecordVisit(satisfied: false, "工资未到账", t.At("2026-03-23T10:00:00+08:00"));
        change.Notices.Single().Template.ShouldBe(SmsTemplates.Reopened);
        change.Notices.Single().Arguments.ShouldBe(["2026-04-14"]);
    }

    [Fact]
    public void An_overdue_visit_is_owed_by_the_body_that_visits_not_by_the_body_that_resolved()
    {
        var t = new TestCase().To(CaseStatuses.Resolved); // resolved 2026-03-06: visit due 2026-03-13
        t.Case.VisitDueAt.Beijing().ShouldBe(Times.At("2026-03-13T23:59:59+08:00"));
        t.Case.CheckDeadline(t.At("2026-03-14T09:00:00+08:00")).RemindedBodies.ShouldBe(["joint-office"]); // the coordinator the context names

        var elsewhere = new TestCase().To(CaseStatuses.Resolved);
        elsewhere.Now = Times.At("2026-03-14T09:00:00+08:00");
        elsewhere.Case.CheckDeadline(elsewhere.Context() with { VisitingBodyCode = "hrss" }).RemindedBodies.ShouldBe(["hrss"]);
    }

    [Fact]
    public void A_case_closes_after_a_satisfied_visit_or_after_a_refusal()
    {
        var visited = new TestCase().To(CaseStatuses.Visited);
        visited.Case.Close("案结事了", visited.Context());
        visited.Case.Status.ShouldBe(CaseStatuses.Closed);
        visited.Case.ClosedAt.ShouldNotBeNull();

        var refused = new TestCase().To(CaseStatuses.NotAccepted);
        refused.Case.Close(null, refused.Context());
        refused.Case.Status.ShouldBe(CaseStatuses.Closed);
        refused.Case.NextActions().ShouldBeEmpty();
    }

    /// <summary>The legal moves, written out here independently of the lifecycle table: a change to either shows.</summary>
    [Fact]
    public void Every_action_is_legal_only_in_its_own_states_and_anything_else_is_refused_without_a_change()
    {
        var legal = new Dictionary<string, string[]>
        {
            [CaseActions.Sign] = [CaseStatuses.Received],
            [CaseActions.Accept] = [CaseStatuses.Reviewing],
            [CaseActions.Reject] = [CaseStatuses.Reviewing],
            [CaseActions.RecordPart] = [CaseStatuses.Handling],
            [CaseActions.Resolve] = [CaseStatuses.Handling],
            [CaseActions.VisitSatisfied] = [CaseStatuses.Resolved],
            [CaseActions.VisitUnsatisfied] = [CaseStatuses.Resolved],
            [CaseActions.Close] = [CaseStatuses.Visited, CaseStatuses.NotAccepted],
        };
        Func<Case, CaseContext, CaseChange> Act(string action) => action switch
        {
            CaseActions.Sign => (c, x) => c.Sign(x),
            CaseActions.Accept => (c, x) => c.Accept(null, x),
            CaseActions.Reject => (c, x) => c.Reject("不予受理", x),
            CaseActions.RecordPart => (c, x) => c.RecordPart([Housing], "办理", x),
            CaseActions.Resolve => (c, x) => c.Resolve("结清", 1m, x),
            CaseActions.VisitSatisfied => (c, x) => c.RecordVisit(true, null, x),
            CaseActions.VisitUnsatisfied => (c, x) => c.RecordVisit(false, null, x),
            _ => (c, x) => c.Close(null, x),
        };
        foreach (var status in CaseStatuses.All)
        {
            foreach (var (action, states) in legal)
            {
                var t = new TestCase().To(status);
                t.Case.IsLegal(action).ShouldBe(states.Contains(status), $"{action} in {status}");
                if (states.Contains(status)) continue;
                var revision = t.Case.Revision;
                var refused = Should.Throw<CaseRuleException>(() => t.Do(Act(action)), $"{action} in {status}");
                refused.MessageKey.ShouldBe("Cases:IllegalTransition");
                (t.Case.Status, t.Case.Revision).ShouldBe((status, revision));
            }
        }
    }

    [Fact]
    public void The_case_page_offers_the_next_legal_actions_of_each_state()
    {
        new TestCase().Case.NextActions().ShouldBe([CaseActions.Sign]);
        new TestCase().To(CaseStatuses.Reviewing).Case.NextActions().ShouldBe([CaseActions.Accept, CaseActions.Reject]);
        var handling = new TestCase().To(CaseStatuses.Handling);
        // 办结 waits for both owners' parts: offering it earlier only leads to a refusal.
        handling.Case.NextActions().ShouldBe([CaseActions.RecordPart, CaseActions.RequestExtension]);
        handling.Case.RequestExtension("原因", handling.Context());
        handling.Case.NextActions().ShouldBe([CaseActions.RecordPart, CaseActions.DecideExtension]);
        handling.Do((c, x) => c.RecordPart([TestCase.Housing], "已核实", x));
        handling.Case.NextActions().ShouldNotContain(CaseActions.Resolve);
        handling.Do((c, x) => c.RecordPart([TestCase.Bainijing], "已核实", x));
        handling.Case.NextActions().ShouldBe([CaseActions.RecordPart, CaseActions.DecideExtension, CaseActions.Resolve]);
        new TestCase().To(CaseStatuses.Resolved).Case.NextActions().ShouldBe([CaseActions.Visit]);
        new TestCase().To(CaseStatuses.Closed).Case.NextActions().ShouldBeEmpty();
    }

    [Fact]
    public void A_step_is_due_soon_within_one_working_day_and_overdue_after_its_due_time_reminding_the_lead_owner()
    {
        var t = new TestCase(); // sign by Monday 2026-03-09 23:59:59
        t.Case.CheckDeadline(t.At("2026-03-06T12:00:00+08:00")).Timeline.Single().Type.ShouldBe(CaseEventTypes.DueSoon);
        t.Case.DeadlineState.ShouldBe(DeadlineStates.DueSoon);
        t.Case.CheckDeadline(t.At("2026-03-09T23:00:00+08:00")).Timeline.ShouldBeEmpty(); // found once

        var overdue = t.Case.CheckDeadline(t.At("2026-03-10T00:00:01+08:00"));
        t.Case.DeadlineState.ShouldBe(DeadlineStates.Overdue);
        overdue.RemindedBodies.ShouldBe([Housing]);
        t.Case.CheckDeadline(t.At("2026-03-11T09:00:00+08:00")).RemindedBodies.ShouldBeEmpty(); // one reminder per overdue step

        t.Case.Sign(t.Context());
        t.Case.DeadlineState.ShouldBe(DeadlineStates.OnTime); // a new step starts on time
    }

    [Fact]
    public void An_overdue_handling_step_is_owed_also_by_the_owner_whose_part_is_missing()
    {
        var t = new TestCase().To(CaseStatuses.Handling); // due 2026-03-27
        t.Case.RecordPart([Housing], "已约谈", t.Context());
        t.Case.CheckDeadline(t.At("2026-03-28T09:00:00+08:00")).RemindedBodies.ShouldBe([Bainijing, Housing], ignoreOrder: true);

        var other = new TestCase().To(CaseStatuses.Handling);
        other.Case.RecordPart([Bainijing], "已核实", other.Context());
        other.Case.CheckDeadline(other.At("2026-03-28T09:00:00+08:00")).RemindedBodies.ShouldBe([Housing]);
    }

    [Fact]
    public void A_transfer_replaces_one_owner_while_the_case_is_open_never_to_the_same_body_nor_after_closure()
    {
        var t = new TestCase().To(CaseStatuses.Handling);
        t.Case.Transfer(CaseRoles.Industry, "water", "水利工程", null, t.Context());
        t.Case.LeadBodyCode.ShouldBe("water");
        t.Case.TransferCount.ShouldBe(1);
        t.Case.Status.ShouldBe(CaseStatuses.Handling);
        Should.Throw<CaseRuleException>(() => t.Case.Transfer(CaseRoles.Industry, "water", "再转", null, t.Context())).MessageKey.ShouldBe("Cases:SameBody");

        var closed = new TestCase().To(CaseStatuses.Closed);
        Should.Throw<CaseRuleException>(() => closed.Case.Transfer(CaseRoles.Industry, "water", "晚了", null, closed.Context())).MessageKey.ShouldBe("Cases:Closed");
    }
}
