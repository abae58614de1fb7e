using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>The credit code checksum (GB 32100-2015), the candidate rule and the listing lifecycle, on plain objects.</summary>
public sealed class CreditRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("91350100M000100Y43")] // the example of the standard's explanations
    [InlineData("911100001000080343")]
    [InlineData(" 91350100m000100y43 ")] // typed in lower case with spaces
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")] // full-width
    public void A_code_with_the_right_check_character_is_valid(string code) => CreditCodes.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M000100Y433")] // 19 characters
    [InlineData("91350100I000100Y43")] // I is not in the alphabet
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_check_character_length_or_letter_is_invalid(string? code) => CreditCodes.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Three_arrears_cases_within_twelve_months_make_a_candidate_and_two_do_not()
    {
        var two = new[] { Finding("A1", "达拉特旗甲建筑有限公司", "91350100M000100Y43", 2025, 7, 1), Finding("A2", "达拉特旗甲建筑有限公司", null, 2026, 3, 1) };
        CandidateRule.Compute(two).ShouldBeEmpty();

        // The third case names the firm with a space and no code: it still matches by name.
        var three = two.Append(Finding("A3", "达拉特旗 甲建筑有限公司", null, 2026, 6, 30)).ToList();
        var candidate = CandidateRule.Compute(three).ShouldHaveSingleItem();
        candidate.CreditCode.ShouldBe("91350100M000100Y43");
        candidate.Grounds.ShouldBe([CandidateGrounds.ThreeInTwelveMonths]);
        candidate.Findings.Select(f => f.CaseNumber).ShouldBe(["A1", "A2", "A3"]);
    }

    [Fact]
    public void Three_cases_spread_over_more_than_twelve_months_are_not_enough_unless_in_three_consecutive_years()
    {
        var spread = new[]
        {
            Finding("B1", "乙劳务公司", null, 2024, 1, 10), Finding("B2", "乙劳务公司", null, 2024, 12, 1), Finding("B3", "乙劳务公司", null, 2025, 1, 11),
        };
        CandidateRule.Compute(spread).ShouldBeEmpty(); // 2024-01-10 → 2025-01-11 is more than 12 months, and only two years

        var years = new[] { Finding("C1", "丙公司", null, 2023, 12, 1), Finding("C2", "丙公司", null, 2024, 12, 1), Finding("C3", "丙公司", null, 2025, 12, 1) };
        CandidateRule.Compute(years).ShouldHaveSingleItem().Grounds.ShouldBe([CandidateGrounds.ThreeConsecutiveYears]);

        var gap = new[] { Finding("D1", "丁公司", null, 2022, 5, 1), Finding("D2", "丁公司", null, 2023, 5, 1), Finding("D3", "丁公司", null, 2025, 5, 1) };
        CandidateRule.Compute(gap).ShouldBeEmpty();
    }

    [Fact]
    public void Different_codes_are_different_employers_even_with_the_same_name()
    {
        var findings = new[]
        {
            Finding("E1", "戊公司", "91350100M000100Y43", 2026, 1, 1), Finding("E2", "戊公司", "911100001000080343", 2026, 2, 1),
            Finding("E3", "戊公司", "91350100M000100Y43", 2026, 3, 1),
        };
        CandidateRule.Compute(findings).ShouldBeEmpty();
    }

    [Fact]
    public void A_listing_needs_a_valid_code_restrictions_and_waits_for_its_repair_period_before_removal()
    {
        Should.Throw<EnforcementRuleException>(() => Listing.Propose("甲公司", "91350100M000100Y44", "三次欠薪", "hrss", Now)).MessageKey.ShouldBe("Credit:InvalidCode");
        var listing = Listing.Propose("甲公司", "91350100m000100y43", "三次欠薪", "hrss", Now);
        listing.CreditCode.ShouldBe("91350100M000100Y43");
        listing.Status.ShouldBe(ListingStatuses.Proposed);
        listing.IsInForce(new DateOnly(2026, 6, 1)).ShouldBeFalse("a proposal restricts nothing");

        Should.Throw<EnforcementRuleException>(() => listing.Decide(true, "应列尽列", [], "ndrc", Now, new DateOnly(2026, 6, 1))).MessageKey.ShouldBe("Credit:RestrictionsRequired");
        Should.Throw<EnforcementRuleException>(() => listing.Decide(true, "应列尽列", ["parking"], "ndrc", Now, new DateOnly(2026, 6, 1))).MessageKey.ShouldBe("Credit:UnknownRestriction");
        listing.Status.ShouldBe(ListingStatuses.Proposed);

        listing.Decide(true, "应列尽列", [CreditRestrictions.Bidding, CreditRestrictions.FiscalFunds], "ndrc", Now, new DateOnly(2026, 6, 1));
        listing.Status.ShouldBe(ListingStatuses.Listed);
        listing.IsInForce(new DateOnly(2026, 6, 1)).ShouldBeTrue();
        listing.IsInForce(new DateOnly(2029, 6, 1)).ShouldBeFalse("three years later the listing has run out");
        Should.Throw<EnforcementRuleException>(() => listing.Decide(false, "再议", [], "ndrc", Now, new DateOnly(2026, 6, 2))).MessageKey.ShouldBe("Credit:AlreadyDecided");

        Should.Throw<EnforcementRuleException>(() => listing.Remove("已清偿", "ndrc", new DateOnly(2027, 5, 31))).MessageKey.ShouldBe("Credit:RepairPeriodRunning");
        listing.Remove("已清偿", "ndrc", new DateOnly(2027, 6, 1));
        listing.Status.ShouldBe(ListingStatuses.Removed);
        listing.IsInForce(new DateOnly(2027, 6, 1)).ShouldBeFalse();
    }

    [Fact]
    public void A_rejected_proposal_lists_nothing()
    {
        var listing = Listing.Propose("甲公司", "91350100M000100Y43", "三次欠薪", "hrss", Now);
        listing.Decide(false, "已全额清偿，暂不列入", [], "ndrc", Now, new DateOnly(2026, 6, 1));
        listing.Status.ShouldBe(ListingStatuses.Rejected);
        listing.IsInForce(new DateOnly(2026, 6, 1)).ShouldBeFalse();
        Should.Throw<EnforcementRuleException>(() => listing.Remove("x", "ndrc", new DateOnly(2028, 1, 1))).MessageKey.ShouldBe("Credit:NotListed");
    }

    private static ArrearsFinding Finding(string caseNumber, string employer, string? code, int y, int m, int d) =>
        ArrearsFinding.Create(caseNumber, employer, code, new DateOnly(y, m, d));
}
