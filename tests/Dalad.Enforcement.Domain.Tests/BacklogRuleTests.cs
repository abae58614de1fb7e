using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>Backlog cases (陈欠积案): what makes a case backlog, the channels' steps in order, the outcome, a second channel.</summary>
public sealed class BacklogRuleTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly BacklogCriteria Criteria = new(MinOpenDays: 365, MinReopenings: 2, MinPetitions: 3);
    private static readonly BacklogCriteria.CaseAge Young = new(Now.AddDays(-30), Closed: false, ReopenCount: 0, PetitionCount: 1);

    private static BacklogCase Flagged(BacklogCriteria.CaseAge? age = null, string? circumstance = null) =>
        BacklogCase.Flag(Guid.NewGuid(), "DLT2025000123", age ?? Young with { OpenedAt = Now.AddDays(-400) }, Criteria, circumstance, "项目烂尾三年，工人反复信访", "hrss", "hrss-clerk", Now);

    private static BacklogChannel Channel(string code) => BacklogChannel.Find(code)!;

    [Fact]
    public void A_case_open_a_year_reopened_twice_or_petitioned_three_times_is_backlog_and_a_young_quiet_case_is_not()
    {
        Criteria.Grounds(Young with { OpenedAt = Now.AddDays(-365) }, null, Now).ShouldBe([BacklogGrounds.LongOpen]);
        Criteria.Grounds(Young with { OpenedAt = Now.AddDays(-364) }, null, Now).ShouldBeEmpty();
        // Closed long ago: its age alone makes no backlog; its reopenings and petitions still count.
        Criteria.Grounds(Young with { OpenedAt = Now.AddDays(-900), Closed = true }, null, Now).ShouldBeEmpty();
        Criteria.Grounds(Young with { ReopenCount = 2 }, null, Now).ShouldBe([BacklogGrounds.Reopened]);
        Criteria.Grounds(Young with { ReopenCount = 1, PetitionCount = 3 }, null, Now).ShouldBe([BacklogGrounds.RepeatedPetitions]);
        Criteria.Grounds(Young, BacklogGrounds.ProjectCollapsed, Now).ShouldBe([BacklogGrounds.ProjectCollapsed]);
        Should.Throw<EnforcementRuleException>(() => Criteria.Grounds(Young, "bad-luck", Now)).MessageKey.ShouldBe("Backlog:UnknownCircumstance");

        // The thresholds are configuration: a county that calls half a year old "backlog" says so.
        new BacklogCriteria(MinOpenDays: 180).Grounds(Young with { OpenedAt = Now.AddDays(-200) }, null, Now).ShouldBe([BacklogGrounds.LongOpen]);
    }

    [Fact]
    public void Flagging_needs_a_ground_and_a_reason()
    {
        var e = Should.Throw<EnforcementRuleException>(() => BacklogCase.Flag(Guid.NewGuid(), "DLT1", Young, Criteria, null, "老案", "hrss", null, Now));
        e.MessageKey.ShouldBe("Backlog:NoGround");
        Should.Throw<EnforcementRuleException>(() => BacklogCase.Flag(Guid.NewGuid(), "DLT1", Young, Criteria, BacklogGrounds.FundsGone, " ", "hrss", null, Now))
            .MessageKey.ShouldBe("Backlog:ReasonRequired");
        var flagged = Flagged(circumstance: BacklogGrounds.FundsGone);
        Should.Throw<EnforcementRuleException>(() => flagged.Route(Channel(BacklogChannels.Mediation), "justice", " ", null, Now)).MessageKey.ShouldBe("Backlog:ReasonRequired");
        flagged.Routes.ShouldBeEmpty();
        flagged.Grounds.ShouldBe([BacklogGrounds.LongOpen, BacklogGrounds.FundsGone]);
        flagged.Status.ShouldBe(BacklogStatuses.Flagged);
        flagged.ReceivingBodyCode.ShouldBeNull();
    }

    [Fact]
    public void Mediation_runs_accepted_mediating_then_agreement_in_order_and_ends_settled_with_the_amount()
    {
        var b = Flagged();
        b.Route(Channel(BacklogChannels.Mediation), "justice", "双方同意调解", "hrss-clerk", Now);
        b.Status.ShouldBe(BacklogStatuses.Routed);
        b.ReceivingBodyCode.ShouldBe("justice");
        b.CurrentRoute!.NextSteps().ShouldBe([BacklogSteps.Accepted]);

        // Out of order: refused, nothing recorded.
        var e = Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Mediating, null, null, null, null, "justice-clerk", Now));
        e.MessageKey.ShouldBe("Backlog:StepOutOfOrder");
        b.CurrentRoute.Steps.ShouldBeEmpty();
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Heard, null, null, null, null, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:UnknownStep");
        // An outcome before the end, or a fee deferral outside litigation: refused.
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Accepted, null, true, 10m, null, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:OutcomeOnlyAtEnd");
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Accepted, null, null, null, true, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:FeeDeferralOnlyOnFiling");
        b.CurrentRoute.Steps.ShouldBeEmpty();

        b.RecordStep(BacklogSteps.Accepted, "已受理", null, null, null, "justice-clerk", Now).ShouldBeFalse();
        b.RecordStep(BacklogSteps.Mediating, "组织三方调解", null, null, null, "justice-clerk", Now.AddDays(3)).ShouldBeFalse();
        // The last step needs the amount; an agreement cannot be "not settled".
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Agreed, null, null, null, null, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:AmountRequired");
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Agreed, null, false, 0m, null, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:OutcomeContradicts");
        b.RecordStep(BacklogSteps.Agreed, "总包分两期支付", null, 420000m, null, "justice-clerk", Now.AddDays(10)).ShouldBeTrue();

        b.Status.ShouldBe(BacklogStatuses.Settled);
        b.CurrentRoute.Outcome.ShouldBe(BacklogOutcomes.Settled);
        b.AmountRecovered.ShouldBe(420000m);
        b.CurrentRoute.NextSteps().ShouldBeEmpty();
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Agreed, null, null, 0m, null, "justice-clerk", Now)).MessageKey.ShouldBe("Backlog:NoOpenRoute");
        Should.Throw<EnforcementRuleException>(() => b.Route(Channel(BacklogChannels.Arbitration), "hrss", "再仲裁", null, Now)).MessageKey.ShouldBe("Backlog:AlreadySettled");
    }

    [Fact]
    public void Failed_mediation_leaves_the_case_flagged_for_arbitration_and_only_one_channel_runs_at_a_time()
    {
        var b = Flagged();
        b.Route(Channel(BacklogChannels.Mediation), "justice", "先行调解", null, Now);
        Should.Throw<EnforcementRuleException>(() => b.Route(Channel(BacklogChannels.Arbitration), "hrss", "并行仲裁", null, Now)).MessageKey.ShouldBe("Backlog:RouteOpen");
        b.RecordStep(BacklogSteps.Accepted, null, null, null, null, null, Now);
        b.RecordStep(BacklogSteps.Mediating, null, null, null, null, null, Now);
        // 调解不成 can only be "not settled"; some money may still have come back.
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.MediationFailed, null, true, 0m, null, null, Now)).MessageKey.ShouldBe("Backlog:OutcomeContradicts");
        b.RecordStep(BacklogSteps.MediationFailed, "开发商拒不到场", null, 5000m, null, null, Now).ShouldBeTrue();
        b.Status.ShouldBe(BacklogStatuses.Flagged);
        b.CurrentRoute!.Outcome.ShouldBe(BacklogOutcomes.Unsettled);

        b.Route(Channel(BacklogChannels.Arbitration), "hrss", "调解不成，申请仲裁", null, Now);
        b.Routes.Count.ShouldBe(2);
        b.ReceivingBodyCode.ShouldBe("hrss");
        b.RecordStep(BacklogSteps.Filed, null, null, null, null, null, Now);
        b.RecordStep(BacklogSteps.Heard, null, null, null, null, null, Now);
        // An award is neutral: the body says whether the wages were paid.
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Awarded, null, null, 0m, null, null, Now)).MessageKey.ShouldBe("Backlog:OutcomeRequired");
        b.RecordStep(BacklogSteps.Awarded, "裁决支付工资", true, 300000m, null, null, Now).ShouldBeTrue();
        b.Status.ShouldBe(BacklogStatuses.Settled);
        b.AmountRecovered.ShouldBe(305000m);
    }

    [Fact]
    public void Litigation_files_with_fee_deferral_then_trial_judgment_and_enforcement()
    {
        var b = Flagged();
        b.Route(Channel(BacklogChannels.Litigation), "court", "走诉讼绿色通道", null, Now);
        b.CurrentRoute!.NextSteps().ShouldBe([BacklogSteps.Filed]);
        b.RecordStep(BacklogSteps.Filed, "准予缓交诉讼费", null, null, true, null, Now);
        b.CurrentRoute.FeeDeferred.ShouldBe(true);
        Should.Throw<EnforcementRuleException>(() => b.RecordStep(BacklogSteps.Judged, null, null, null, null, null, Now)).MessageKey.ShouldBe("Backlog:StepOutOfOrder");
        b.RecordStep(BacklogSteps.Tried, null, null, null, null, null, Now);
        b.RecordStep(BacklogSteps.Judged, null, null, null, null, null, Now);
        b.RecordStep(BacklogSteps.Executed, "无可执行财产，终结本次执行", false, 0m, null, null, Now).ShouldBeTrue();
        b.Status.ShouldBe(BacklogStatuses.Flagged);

        // Judicial confirmation: 申请 then 确认 (settled) or 驳回 (never settled).
        BacklogChannel.Find(BacklogChannels.JudicialConfirmation)!.Stages.ShouldBe([[BacklogSteps.Applied], [BacklogSteps.Confirmed, BacklogSteps.Rejected]]);
        BacklogChannel.DefaultBodies.Keys.ShouldBe(BacklogChannels.All, ignoreOrder: true);
    }
}
