using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Enforcement;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;

namespace Dalad.Cases.Tests;

/// <summary>
/// Issue 17 item 1 (Inner Mongolia measure 13): a case whose result establishes arrears cannot be resolved without an
/// order on the case or a recorded reason; resolving with arrears records the enforcement module's arrears finding.
/// </summary>
public sealed class CloseGuardTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private const string Inspector = "close-guard-inspector";
    private static bool _inspector;
    private static readonly SemaphoreSlim Once = new(1, 1);

    private static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = "91150621MA" + string.Concat(Enumerable.Range(0, 7).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
        var sum = body.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum();
        return body + alphabet[(31 - sum % 31) % 31];
    }

    private async Task<HttpClient> InspectorAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!_inspector)
            {
                await host.User(HousingClerk);
                await host.CreateUserAsync(Inspector, ["hrss"], [OrdersPermissions.Default, OrdersPermissions.Manage, CreditPermissions.Default]);
                _inspector = true;
            }
        }
        finally { Once.Release(); }
        return await host.User(Inspector);
    }

    /// <summary>A case of housing (lead) and 白泥井镇 with both parts recorded: ready to resolve.</summary>
    private async Task<(Guid Id, string Number)> HandlingWithPartsAsync()
    {
        host.Clock.Set("2026-04-01T10:00:00+08:00");
        var (id, number, _) = await host.OpenAsync();
        await host.DoAsync(HousingClerk, id, "sign");
        await host.DoAsync(HousingClerk, id, "accept", new { opinion = "受理" });
        await host.DoAsync(HousingClerk, id, "parts", new { text = "约谈总包单位" });
        await host.DoAsync(BainijingClerk, id, "parts", new { text = "现场核实欠薪" });
        return (id, number);
    }

    private async Task<List<JsonElement>> FindingsAsync(string caseNumber) =>
        (await (await InspectorAsync()).GetFromJsonAsync<JsonElement>("/api/app/credit/findings")).EnumerateArray()
            .Where(f => f.GetProperty("caseNumber").GetString() == caseNumber).ToList();

    [Fact]
    public async Task Arrears_without_an_order_or_a_reason_are_refused_in_Chinese_and_nothing_changes()
    {
        var (id, number) = await HandlingWithPartsAsync();
        using (var refused = await host.PostAsync(HousingClerk, id, "resolve",
                   new { result = "查实拖欠工资", amountRecovered = 0m, arrearsEstablished = true, employerName = "达拉特旗鑫源建筑有限公司" }))
            await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "不予下达责令的理由");
        using (var noEmployer = await host.PostAsync(HousingClerk, id, "resolve",
                   new { result = "查实拖欠工资", amountRecovered = 0m, arrearsEstablished = true, noOrderReason = "已当场结清" }))
            await noEmployer.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "欠薪用人单位");
        using (var badCode = await host.PostAsync(HousingClerk, id, "resolve",
                   new { result = "查实拖欠工资", amountRecovered = 0m, arrearsEstablished = true, employerName = "某公司", creditCode = "911506210000000000", noOrderReason = "已当场结清" }))
            await badCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "统一社会信用代码");

        var detail = await host.DetailAsync(id);
        detail.Case().Str("status").ShouldBe("handling");
        detail.GetProperty("timeline").EnumerateArray().ShouldNotContain(e => e.Str("type") == "arrears-established");
        await host.DispatchOutboxAsync();
        (await FindingsAsync(number)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Arrears_with_an_order_on_the_case_resolve_and_record_the_finding()
    {
        var (id, number) = await HandlingWithPartsAsync();
        var code = NewCode();
        var order = await (await InspectorAsync()).PostAsJsonAsync("/api/app/orders", new
        {
            kind = "pay", caseNumber = number, employerName = "达拉特旗鑫源建筑有限公司", creditCode = code, amount = 86000m,
            issuedOn = "2026-04-01", deadlineOn = "2026-04-10", text = "责令支付拖欠的农民工工资86000元",
        });
        order.StatusCode.ShouldBe(HttpStatusCode.OK, await order.Content.ReadAsStringAsync());

        var resolved = await host.DoAsync(HousingClerk, id, "resolve",
            new { result = "查实拖欠工资，已下达责令支付", amountRecovered = 0m, arrearsEstablished = true, employerName = "达拉特旗鑫源建筑有限公司", creditCode = code.ToLowerInvariant() });
        resolved.Case().Str("status").ShouldBe("resolved");
        var entry = resolved.GetProperty("timeline").EnumerateArray().Single(e => e.Str("type") == "arrears-established");
        entry.Str("description").ShouldContain("达拉特旗鑫源建筑有限公司");

        await host.DispatchOutboxAsync();
        var finding = (await FindingsAsync(number)).ShouldHaveSingleItem();
        finding.Str("employerName").ShouldBe("达拉特旗鑫源建筑有限公司");
        finding.Str("creditCode").ShouldBe(code);
        finding.Str("establishedOn").ShouldBe("2026-04-01");
    }

    [Fact]
    public async Task Arrears_with_a_recorded_reason_resolve_without_an_order_and_the_reason_is_on_the_timeline()
    {
        var (id, number) = await HandlingWithPartsAsync();
        var resolved = await host.DoAsync(HousingClerk, id, "resolve", new
        {
            result = "查实拖欠工资，用人单位当场足额支付", amountRecovered = 42000m, arrearsEstablished = true,
            employerName = "达拉特旗恒达劳务有限公司", noOrderReason = "用人单位已当场足额支付，无需责令",
        });
        resolved.Case().Str("status").ShouldBe("resolved");
        resolved.GetProperty("timeline").EnumerateArray().Single(e => e.Str("type") == "arrears-established")
            .Str("description").ShouldContain("用人单位已当场足额支付，无需责令");
        await host.DispatchOutboxAsync();
        (await FindingsAsync(number)).ShouldHaveSingleItem().GetProperty("creditCode").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_result_without_arrears_resolves_as_before_and_records_no_finding()
    {
        var (id, number) = await HandlingWithPartsAsync();
        var resolved = await host.DoAsync(HousingClerk, id, "resolve", new { result = "经核实不存在欠薪", amountRecovered = 0m });
        resolved.Case().Str("status").ShouldBe("resolved");
        await host.DispatchOutboxAsync();
        (await FindingsAsync(number)).ShouldBeEmpty();
    }
}
