using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Enforcement.Tests.EnforcementHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17, the dishonest-employer list: a third arrears case in 12 months makes a candidate; HRSS proposes, 发改
/// decides with reasons and restrictions; the trading centre's check answers "listed" with them, and every check is
/// recorded; bad input is refused in Chinese with nothing stored.
/// </summary>
public sealed class CreditListTests(EnforcementHost host) : IClassFixture<EnforcementHost>
{
    /// <summary>A valid code per test (GB 32100-2015 check character computed), so the tests share no employer.</summary>
    private static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = "91150621MA" + string.Concat(Enumerable.Range(0, 7).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
        var sum = body.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum();
        return body + alphabet[(31 - sum % 31) % 31];
    }

    private static string NewCaseNumber() => "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private Task<JsonElement> Finding(string employer, string? code, string on) =>
        host.PostAsync(Hrss, "/api/app/credit/findings", new { caseNumber = NewCaseNumber(), employerName = employer, creditCode = code, establishedOn = on });

    private async Task<JsonElement?> CandidateAsync(string code)
    {
        var candidates = await host.GetAsync(Hrss, "/api/app/credit/candidates");
        return candidates.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(c => c!.Value.GetProperty("creditCode").GetString() == code);
    }

    [Fact]
    public async Task A_third_arrears_case_in_12_months_makes_a_candidate_and_after_the_decision_the_check_answers_listed()
    {
        var code = NewCode();
        var employer = "达拉特旗宏盛建筑劳务有限公司" + code[^4..];
        await Finding(employer, code, "2025-08-01");
        await Finding(employer, null, "2026-01-15"); // the complainant did not know the code: matched by name
        (await CandidateAsync(code)).ShouldBeNull("two cases are not enough");

        await Finding(" " + employer + " ", null, "2026-05-20");
        var candidate = (await CandidateAsync(code)).ShouldNotBeNull();
        candidate.GetProperty("grounds").EnumerateArray().Select(g => g.GetString()).ShouldBe(["three-in-12-months"]);
        candidate.GetProperty("findings").GetArrayLength().ShouldBe(3);
        candidate.GetProperty("openListingId").ValueKind.ShouldBe(JsonValueKind.Null);

        // Before any decision the firm is not listed.
        var before = await host.GetAsync(TradingCentre, $"/api/app/credit/check?creditCode={code}");
        before.GetProperty("listed").GetBoolean().ShouldBeFalse();

        var response = await (await host.As(Hrss)).PostAsJsonAsync("/api/app/credit/listings", new { employerName = employer, creditCode = code, reasons = "12个月内3起欠薪案件" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var proposal = (await response.Content.ReadFromJsonAsync<JsonElement>());
        proposal.Str("status").ShouldBe("proposed");
        (await CandidateAsync(code)).ShouldNotBeNull().GetProperty("openListingId").GetGuid().ShouldBe(proposal.Id());
        (await host.GetAsync(TradingCentre, $"/api/app/credit/check?creditCode={code}")).GetProperty("listed").GetBoolean().ShouldBeFalse("a proposal restricts nothing");

        // HRSS proposes but cannot decide; 发改 decides with reasons.
        (await (await host.As(Hrss)).PostAsJsonAsync($"/api/app/credit/listings/{proposal.Id()}/decide", new { approve = true, reasons = "x", restrictions = new[] { "bidding" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        host.Clock.SetDay(new DateOnly(2026, 6, 3));
        var listed = await host.PostAsync(Drc, $"/api/app/credit/listings/{proposal.Id()}/decide",
            new { approve = true, reasons = "应列尽列：一年内三次拖欠农民工工资", restrictions = new[] { "bidding", "permits", "fiscal-funds" } });
        listed.Str("status").ShouldBe("listed");
        listed.Str("decidedBy").ShouldBe(Drc);
        listed.Str("listedOn").ShouldBe("2026-06-03");
        listed.Str("repairPeriodEndsOn").ShouldBe("2027-06-03");

        // The check by credit code (typed in lower case): listed, with which restrictions, since when.
        var check = await host.GetAsync(TradingCentre, $"/api/app/credit/check?creditCode={code.ToLowerInvariant()}");
        check.GetProperty("listed").GetBoolean().ShouldBeTrue();
        check.Str("employerName").ShouldBe(employer);
        check.GetProperty("restrictions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["bidding", "permits", "fiscal-funds"]);
        check.Str("since").ShouldBe("2026-06-03");
        check.Str("until").ShouldBe("2029-06-03");

        // Removal only after the repair period.
        var early = await (await host.As(Drc)).PostAsJsonAsync($"/api/app/credit/listings/{listed.Id()}/remove", new { reasons = "已清偿" });
        (await early.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("信用修复期未满");
        host.Clock.SetDay(new DateOnly(2027, 6, 3));
        (await host.PostAsync(Drc, $"/api/app/credit/listings/{listed.Id()}/remove", new { reasons = "已全额清偿并完成信用修复" })).Str("status").ShouldBe("removed");
        (await host.GetAsync(TradingCentre, $"/api/app/credit/check?creditCode={code}")).GetProperty("listed").GetBoolean().ShouldBeFalse();
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
    }

    [Fact]
    public async Task Every_check_is_audited_and_the_check_is_for_its_permission_only()
    {
        var code = NewCode();
        await host.GetAsync(TradingCentre, $"/api/app/credit/check?creditCode={code}");
        var log = await host.GetAsync(Drc, "/api/app/credit/checks?creditCode=" + code);
        var entry = log.EnumerateArray().ShouldHaveSingleItem();
        entry.Str("checkedBy").ShouldBe(TradingCentre);
        entry.GetProperty("listed").GetBoolean().ShouldBeFalse();

        (await (await host.As(Housing)).GetAsync($"/api/app/credit/check?creditCode={code}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await host.As(TradingCentre)).GetAsync("/api/app/credit/listings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.CreateClient().GetAsync($"/api/app/credit/check?creditCode={code}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused_in_Chinese_and_nothing_is_stored()
    {
        var code = NewCode();
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        var caseNumber = NewCaseNumber();
        var client = await host.As(Hrss);

        var finding = await client.PostAsJsonAsync("/api/app/credit/findings", new { caseNumber, employerName = "某公司", creditCode = wrong, establishedOn = "2026-05-01" });
        (await finding.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("统一社会信用代码");
        (await host.GetAsync(Hrss, "/api/app/credit/findings")).EnumerateArray().ShouldNotContain(f => f.Str("caseNumber") == caseNumber);

        var proposal = await client.PostAsJsonAsync("/api/app/credit/listings", new { employerName = "某公司", creditCode = wrong, reasons = "x" });
        (await proposal.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("校验码");
        (await host.GetAsync(Hrss, "/api/app/credit/listings")).EnumerateArray().ShouldNotContain(l => l.Str("creditCode") == wrong);

        var check = await (await host.As(TradingCentre)).GetAsync($"/api/app/credit/check?creditCode={wrong}");
        (await check.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("统一社会信用代码");
        (await host.GetAsync(Drc, "/api/app/credit/checks?creditCode=" + wrong)).GetArrayLength().ShouldBe(0);

        // A listing without a restriction, or with an unknown one, is refused and the proposal stays open.
        var listing = await host.PostAsync(Hrss, "/api/app/credit/listings", new { employerName = "某公司", creditCode = code, reasons = "三起欠薪" });
        var none = await (await host.As(Drc)).PostAsJsonAsync($"/api/app/credit/listings/{listing.Id()}/decide", new { approve = true, reasons = "应列尽列", restrictions = Array.Empty<string>() });
        (await none.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("惩戒措施");
        (await host.GetAsync(Drc, $"/api/app/credit/listings/{listing.Id()}")).Str("status").ShouldBe("proposed");

        // The same case twice, or the same code proposed twice, is a conflict.
        await Finding("某公司", code, "2026-05-01");
        var again = await client.PostAsJsonAsync("/api/app/credit/findings", new { caseNumber, employerName = "某公司", establishedOn = "2026-05-01" });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.PostAsJsonAsync("/api/app/credit/findings", new { caseNumber, employerName = "某公司", establishedOn = "2026-05-01" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("不能重复登记");
        (await (await client.PostAsJsonAsync("/api/app/credit/listings", new { employerName = "某公司", creditCode = code, reasons = "再提" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已在提请中");
    }
}
