using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>What may be published, which decisions make a quarter, and the fund's balance.</summary>
public sealed class DisclosureFundRuleTests
{
    private static readonly DateOnly Today = new(2026, 8, 10);
    private static readonly DateTime Now = new(2026, 8, 10, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("投诉人电话13812345678反映")]
    [InlineData("联系人 138-1234-5678")]
    [InlineData("座机0477-5123456")]
    [InlineData("身份证号150621198001011234（校验位错也隐去）")]
    [InlineData("身份证号15062119800101123X")]
    [InlineData("旧证号150621800101123")]
    public void Phones_and_identity_numbers_are_hidden(string text)
    {
        var redacted = PublicText.Redact(text);
        redacted.ShouldContain(PublicText.Hidden);
        PublicText.ContainsPersonalData(redacted).ShouldBeFalse();
    }

    [Fact]
    public void Amounts_dates_and_case_numbers_stay() =>
        PublicText.Redact("2026-08-10 拖欠工资1860000元，案件 DLT-2026-000123").ShouldBe("2026-08-10 拖欠工资1860000元，案件 DLT-2026-000123");

    [Fact]
    public void A_quarter_holds_the_listings_and_penalties_decided_in_it()
    {
        Listing Listed(DateOnly on) => new() { EmployerName = "甲公司", CreditCode = "X", ProposalReasons = "三起欠薪，电话13812345678", Status = ListingStatuses.Listed, ListedOn = on, DecisionReasons = "应列尽列" };
        var penalty = PenaltyCase.File("CF-2026-0001", "DLT-1", null, "乙公司", "拖欠工资", "u", new DateOnly(2026, 6, 20));
        penalty.Advance(PenaltySteps.Investigated, null, "u", new DateOnly(2026, 6, 25));
        penalty.Advance(PenaltySteps.Notified, null, "u", new DateOnly(2026, 6, 30));
        penalty.Advance(PenaltySteps.Decided, "罚款2万元", "u", new DateOnly(2026, 7, 2));

        var entries = Disclosure.Collect(2026, 3, [Listed(new DateOnly(2026, 7, 1)), Listed(new DateOnly(2026, 6, 30))], [penalty], _ => null);

        entries.Count.ShouldBe(2);
        entries.ShouldContain(e => e.Kind == DisclosureKinds.Listing && e.DecidedOn == new DateOnly(2026, 7, 1) && !e.Facts.Contains("13812345678"));
        entries.ShouldContain(e => e.Kind == DisclosureKinds.Penalty && e.Decision == "罚款2万元");
    }

    [Fact]
    public void A_published_quarter_never_changes()
    {
        var d = Disclosure.Compile(2026, 3, [], Now, "hrss", Today);
        d.Approve(Now, "lead");
        Should.Throw<EnforcementRuleException>(() => d.Recompile([], Now, "hrss")).MessageKey.ShouldBe("Disclosures:AlreadyPublished");
        Should.Throw<EnforcementRuleException>(() => Disclosure.Compile(2026, 4, [], Now, "hrss", Today)).MessageKey.ShouldBe("Disclosures:FutureQuarter");
    }

    [Fact]
    public void An_advance_above_the_available_balance_is_refused_and_recoveries_restore_the_balance()
    {
        var fund = new RevolvingFund();
        fund.AddCapital(100000m, "注资", Now, "finance");
        Should.Throw<EnforcementRuleException>(() => FundAdvance.Request(fund, "DLT-1", "甲公司", 10, 100000.01m, "紧急", Now, "hrss")).MessageKey.ShouldBe("Fund:AboveBalance");
        var a = FundAdvance.Request(fund, "DLT-1", "甲公司", 10, 60000m, "紧急", Now, "hrss");
        var b = FundAdvance.Request(fund, "DLT-2", "乙公司", 5, 60000m, "紧急", Now, "hrss");
        a.Decide(fund, true, null, Now, "finance");
        // The first approval reserved 60000: the second no longer fits.
        Should.Throw<EnforcementRuleException>(() => b.Decide(fund, true, null, Now, "finance")).MessageKey.ShouldBe("Fund:AboveBalance");
        a.Pay(fund, Today, Today, Now, "finance");
        fund.Balance.ShouldBe(40000m);
        a.Recover(fund, 10000m, Today, null, Today, Now, "finance");
        Should.Throw<EnforcementRuleException>(() => a.Recover(fund, 50000.01m, Today, null, Today, Now, "finance")).MessageKey.ShouldBe("Fund:AboveOutstanding");
        a.Recover(fund, 50000m, Today, null, Today, Now, "finance");
        a.Status.ShouldBe(AdvanceStatuses.Recovered);
        fund.Balance.ShouldBe(100000m);
    }
}
