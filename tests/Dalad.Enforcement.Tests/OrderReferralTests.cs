using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Enforcement.Tests.EnforcementHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17, orders and referrals: a referral is refused before an order to pay and accepted after the order lapses;
/// the police sign in, see it in their inbox and record "filed"; a penalty case moves 立案 → … → 执行 with its number.
/// </summary>
public sealed class OrderReferralTests(EnforcementHost host) : IClassFixture<EnforcementHost>
{
    private static string NewCaseNumber() => "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<int> ReferralCountAsync() => (await host.GetAsync(Inspector, "/api/app/referrals")).GetArrayLength();

    [Fact]
    public async Task A_referral_is_refused_before_the_order_to_pay_lapses_and_the_police_file_it_from_their_inbox()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var client = await host.As(Inspector);
        var caseNumber = NewCaseNumber();
        var before = await ReferralCountAsync();

        // No order at all: refused in Chinese, nothing stored.
        var none = await client.PostAsJsonAsync("/api/app/referrals", new { orderId = (Guid?)null, facts = "拒不支付劳动报酬" });
        (await none.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("责令支付");
        var unknown = await client.PostAsJsonAsync("/api/app/referrals", new { orderId = Guid.NewGuid(), facts = "拒不支付劳动报酬" });
        (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("责令支付");

        var order = await host.PostAsync(Inspector, "/api/app/orders", new
        {
            kind = "pay", caseNumber, employerName = "达拉特旗恒通建设有限公司", amount = 186000m, issuedOn = "2026-06-01", deadlineOn = "2026-06-16",
            text = "责令于2026年6月16日前支付拖欠的32名农民工工资186000元",
        });
        order.Str("outcome").ShouldBe("pending");
        host.Clock.SetDay(new DateOnly(2026, 6, 2));
        await host.PostAsync(Inspector, $"/api/app/orders/{order.Id()}/serve", new { servedOn = "2026-06-02" });

        // Served but the deadline not passed: refused, nothing stored.
        host.Clock.SetDay(new DateOnly(2026, 6, 16));
        var early = await client.PostAsJsonAsync("/api/app/referrals", new { orderId = order.Id(), facts = "拒不支付劳动报酬" });
        (await early.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("履行期限（2026-06-16）未届满");
        var notYet = await client.PostAsJsonAsync($"/api/app/orders/{order.Id()}/outcome", new { complied = false });
        (await notYet.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("未届满");
        (await ReferralCountAsync()).ShouldBe(before);

        // The deadline lapsed without payment: recorded, then referred.
        host.Clock.SetDay(new DateOnly(2026, 6, 17));
        var lapsed = await host.PostAsync(Inspector, $"/api/app/orders/{order.Id()}/outcome", new { complied = false, note = "逾期未支付" });
        lapsed.Str("outcome").ShouldBe("not-complied");
        lapsed.GetProperty("lapsed").GetBoolean().ShouldBeTrue();
        var response = await client.PostAsJsonAsync("/api/app/referrals", new { orderId = order.Id(), facts = "经责令支付逾期仍不支付，涉嫌拒不支付劳动报酬罪" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var referral = await response.Content.ReadFromJsonAsync<JsonElement>();
        referral.Str("status").ShouldBe("received");
        referral.Str("policeBodyCode").ShouldBe("police");
        referral.Str("referringBodyCode").ShouldBe("hrss");
        (await (await client.PostAsJsonAsync("/api/app/referrals", new { orderId = order.Id(), facts = "再次移送" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已移送");

        // The police sign in, see it in their inbox and record "filed"; the inspector cannot act for them.
        var inbox = await host.GetAsync(Police, "/api/app/referrals/inbox");
        var item = inbox.EnumerateArray().Where(r => r.Id() == referral.Id()).ShouldHaveSingleItem();
        item.GetProperty("amount").GetDecimal().ShouldBe(186000m);
        (await (await host.As(Inspector)).PostAsJsonAsync($"/api/app/referrals/{referral.Id()}/status", new { status = "filed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await (await host.As(Police)).PostAsJsonAsync($"/api/app/referrals/{referral.Id()}/status", new { status = "judged" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("下一状态应为");
        var filed = await host.PostAsync(Police, $"/api/app/referrals/{referral.Id()}/status", new { status = "filed", note = "已立案侦查" });
        filed.Str("status").ShouldBe("filed");
        filed.GetProperty("steps").EnumerateArray().Select(s => s.Str("status")).ShouldBe(["received", "filed"]);
        (await host.GetAsync(Inspector, $"/api/app/referrals/{referral.Id()}")).Str("status").ShouldBe("filed");

        // Another body with the same permission sees nothing and acts on nothing.
        (await host.GetAsync(Court, "/api/app/referrals/inbox")).EnumerateArray().ShouldNotContain(r => r.Id() == referral.Id());
        (await (await host.As(Court)).GetAsync($"/api/app/referrals/{referral.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await host.As(Court)).PostAsJsonAsync($"/api/app/referrals/{referral.Id()}/status", new { status = "prosecuted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_order_complied_with_is_never_referred_and_bad_orders_are_refused_in_Chinese()
    {
        host.Clock.SetDay(new DateOnly(2026, 7, 1));
        var client = await host.As(Inspector);
        var caseNumber = NewCaseNumber();
        var noAmount = await client.PostAsJsonAsync("/api/app/orders", new { kind = "pay", caseNumber, employerName = "某公司", issuedOn = "2026-07-01", deadlineOn = "2026-07-10", text = "支付" });
        (await noAmount.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("责令支付金额");
        var backwards = await client.PostAsJsonAsync("/api/app/orders", new { kind = "rectify", caseNumber, employerName = "某公司", issuedOn = "2026-07-01", deadlineOn = "2026-06-30", text = "改正" });
        (await backwards.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("履行期限须晚于下达日期");
        (await host.GetAsync(Inspector, $"/api/app/orders?caseNumber={caseNumber}")).GetArrayLength().ShouldBe(0);

        var order = await host.PostAsync(Inspector, "/api/app/orders", new { kind = "pay", caseNumber, employerName = "某公司", amount = 5000m, issuedOn = "2026-07-01", deadlineOn = "2026-07-10", text = "支付" });
        await host.PostAsync(Inspector, $"/api/app/orders/{order.Id()}/serve", new { servedOn = "2026-07-01" });
        host.Clock.SetDay(new DateOnly(2026, 7, 5));
        await host.PostAsync(Inspector, $"/api/app/orders/{order.Id()}/outcome", new { complied = true, note = "已足额支付" });
        host.Clock.SetDay(new DateOnly(2026, 8, 1));
        var refused = await client.PostAsJsonAsync("/api/app/referrals", new { orderId = order.Id(), facts = "x" });
        (await refused.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已按责令支付文书履行");
    }

    [Fact]
    public async Task A_penalty_case_gets_a_number_and_moves_from_filing_to_execution_in_order()
    {
        host.Clock.SetDay(new DateOnly(2026, 7, 1));
        var penalty = await host.PostAsync(Inspector, "/api/app/penalty-cases", new { caseNumber = NewCaseNumber(), employerName = "某公司", facts = "拖欠农民工工资" });
        penalty.Str("number").ShouldStartWith("CF-2026-");
        penalty.Str("step").ShouldBe("filed");
        var skip = await (await host.As(Inspector)).PostAsJsonAsync($"/api/app/penalty-cases/{penalty.Id()}/steps", new { step = "decided", note = "罚款" });
        (await skip.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("下一环节应为“investigated”");
        foreach (var step in new[] { "investigated", "notified", "decided", "executed" })
            penalty = await host.PostAsync(Inspector, $"/api/app/penalty-cases/{penalty.Id()}/steps", new { step, note = step == "decided" ? "罚款二万元" : null });
        penalty.Str("step").ShouldBe("executed");
        penalty.GetProperty("steps").GetArrayLength().ShouldBe(5);
        (await (await host.As(Police)).PostAsJsonAsync("/api/app/penalty-cases", new { caseNumber = "X", employerName = "x", facts = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
