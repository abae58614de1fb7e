using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>Orders, penalty steps and the referral rule ("only after an order to pay was ignored"), on plain objects.</summary>
public sealed class OrderRulesTests
{
    private static readonly DateOnly Issued = new(2026, 6, 1);
    private static readonly DateTime Now = new(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc);

    private static Order Pay() => Order.Issue(OrderKinds.Pay, "DLT-1", "甲公司", null, 120000m, "限期支付拖欠工资", Issued, Issued.AddDays(15));

    [Fact]
    public void An_order_to_pay_needs_an_amount_and_a_deadline_after_its_issue()
    {
        Should.Throw<EnforcementRuleException>(() => Order.Issue(OrderKinds.Pay, "DLT-1", "甲公司", null, null, "x", Issued, Issued.AddDays(15))).MessageKey.ShouldBe("Orders:AmountRequired");
        Should.Throw<EnforcementRuleException>(() => Order.Issue(OrderKinds.Rectify, "DLT-1", "甲公司", null, null, "x", Issued, Issued)).MessageKey.ShouldBe("Orders:DeadlineBeforeIssue");
        Order.Issue(OrderKinds.Rectify, "DLT-1", "甲公司", null, null, "x", Issued, Issued.AddDays(1)).Outcome.ShouldBe(OrderOutcomes.Pending);
    }

    [Fact]
    public void Not_complied_can_be_found_only_after_service_and_the_deadline()
    {
        var order = Pay();
        Should.Throw<EnforcementRuleException>(() => order.RecordOutcome(false, null, Issued.AddDays(20))).MessageKey.ShouldBe("Orders:NotServed");
        order.Serve(Issued.AddDays(1), Issued.AddDays(1));
        Should.Throw<EnforcementRuleException>(() => order.RecordOutcome(false, null, Issued.AddDays(15))).MessageKey.ShouldBe("Orders:DeadlineNotPassed");
        order.Lapsed(Issued.AddDays(15)).ShouldBeFalse("the deadline day is still in time");
        order.Lapsed(Issued.AddDays(16)).ShouldBeTrue();
        order.RecordOutcome(false, "逾期未支付", Issued.AddDays(16));
        order.Outcome.ShouldBe(OrderOutcomes.NotComplied);
    }

    [Fact]
    public void A_referral_is_refused_before_an_order_to_pay_lapsed_and_accepted_after()
    {
        var rectify = Order.Issue(OrderKinds.Rectify, "DLT-1", "甲公司", null, null, "改正", Issued, Issued.AddDays(5));
        rectify.Serve(Issued, Issued);
        Should.Throw<EnforcementRuleException>(() => Referral.Refer(rectify, "拒不支付", "hrss", "police", "u", Now, Issued.AddDays(30))).MessageKey.ShouldBe("Referrals:NeedsOrderToPay");

        var order = Pay();
        Should.Throw<EnforcementRuleException>(() => Referral.Refer(order, "拒不支付", "hrss", "police", "u", Now, Issued.AddDays(30))).MessageKey.ShouldBe("Referrals:OrderNotServed");
        order.Serve(Issued.AddDays(1), Issued.AddDays(1));
        Should.Throw<EnforcementRuleException>(() => Referral.Refer(order, "拒不支付", "hrss", "police", "u", Now, Issued.AddDays(15))).MessageKey.ShouldBe("Referrals:DeadlineNotPassed");

        var referral = Referral.Refer(order, "拒不支付", "hrss", "police", "u", Now, Issued.AddDays(16));
        referral.Status.ShouldBe(ReferralStatuses.Received);
        referral.Amount.ShouldBe(120000m);

        var complied = Pay();
        complied.Serve(Issued, Issued);
        complied.RecordOutcome(true, "已支付", Issued.AddDays(3));
        Should.Throw<EnforcementRuleException>(() => Referral.Refer(complied, "x", "hrss", "police", "u", Now, Issued.AddDays(30))).MessageKey.ShouldBe("Referrals:OrderComplied");
    }

    [Fact]
    public void Referrals_and_penalty_cases_move_one_step_at_a_time()
    {
        var order = Pay();
        order.Serve(Issued, Issued);
        var referral = Referral.Refer(order, "拒不支付", "hrss", "police", "u", Now, Issued.AddDays(16));
        Should.Throw<EnforcementRuleException>(() => referral.Advance(ReferralStatuses.Judged, null, "p", Now)).MessageKey.ShouldBe("Referrals:NotNextStatus");
        referral.Advance(ReferralStatuses.Filed, "立案侦查", "p", Now);
        referral.Steps.Select(s => s.Status).ShouldBe([ReferralStatuses.Received, ReferralStatuses.Filed]);

        var penalty = PenaltyCase.File("CF-2026-0001", "DLT-1", order.Id, "甲公司", "拖欠工资", "u", Issued);
        Should.Throw<EnforcementRuleException>(() => penalty.Advance(PenaltySteps.Decided, "罚款", "u", Issued)).MessageKey.ShouldBe("Penalties:NotNextStep");
        penalty.Advance(PenaltySteps.Investigated, null, "u", Issued);
        penalty.Advance(PenaltySteps.Notified, null, "u", Issued);
        Should.Throw<EnforcementRuleException>(() => penalty.Advance(PenaltySteps.Decided, " ", "u", Issued)).MessageKey.ShouldBe("Penalties:DecisionRequired");
        penalty.Advance(PenaltySteps.Decided, "罚款二万元", "u", Issued);
        penalty.Advance(PenaltySteps.Executed, null, "u", Issued);
        Should.Throw<EnforcementRuleException>(() => penalty.Advance(PenaltySteps.Executed, null, "u", Issued)).MessageKey.ShouldBe("Penalties:Finished");
    }
}
