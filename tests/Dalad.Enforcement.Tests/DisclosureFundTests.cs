using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Enforcement.Tests.EnforcementHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17 items 5 and 8: the quarter's listed employer and penalty decision are public only after HRSS approves, with
/// no phone or identity number even when the clerk typed them; the revolving fund's balance falls with an advance paid
/// and comes back with the recoveries; an advance above the balance is refused in Chinese.
/// </summary>
public sealed class DisclosureFundTests(EnforcementHost host) : IClassFixture<EnforcementHost>
{
    private const string Discloser = "hrss-discloser";
    private const string Finance = "finance-fund-officer";
    private const string FundClerk = "hrss-fund-clerk";
    private const string Phone = "13812345678";
    private const string IdNumber = "150621198001011234";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<EnforcementHost> Ready = [];

    private async Task UsersAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Ready.Add(host)) return;
            await host.As(Hrss);
            await host.CreateUserAsync(Discloser, ["hrss"], [DisclosurePermissions.Default, DisclosurePermissions.Compile, DisclosurePermissions.Approve]);
            await host.CreateUserAsync(Finance, ["finance"], [RevolvingFundPermissions.Default, RevolvingFundPermissions.Manage]);
            await host.CreateUserAsync(FundClerk, ["hrss"], [RevolvingFundPermissions.Default, RevolvingFundPermissions.Request]);
        }
        finally { Once.Release(); }
    }

    private static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = "91150621MA" + string.Concat(Enumerable.Range(0, 7).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
        var sum = body.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum();
        return body + alphabet[(31 - sum % 31) % 31];
    }

    private static async Task<HttpResponseMessage> PublicAsync(HttpClient anonymous, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        return await anonymous.SendAsync(request);
    }

    [Fact]
    public async Task The_quarters_listed_employer_is_public_only_after_approval_and_without_personal_data()
    {
        await UsersAsync();
        host.Clock.SetDay(new DateOnly(2026, 8, 10));
        var code = NewCode();
        const string employer = "达拉特旗宏远路桥工程有限公司";
        var proposed = await (await host.As(Hrss)).PostAsJsonAsync("/api/app/credit/listings", new
        {
            employerName = employer, creditCode = code,
            reasons = $"12个月内3起欠薪案件，拖欠41名农民工工资86万元（投诉人电话 {Phone}，身份证号 {IdNumber}）",
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var listing = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        await host.PostAsync(Drc, $"/api/app/credit/listings/{listing.Id()}/decide", new { approve = true, reasons = "应列尽列，联系人 138-1234-5678", restrictions = new[] { "bidding" } });

        using var anonymous = host.CreateClient();
        // Nothing is public before HRSS compiles and approves the quarter.
        (await (await PublicAsync(anonymous, "/api/public/disclosures?year=2026&quarter=3")).ProblemAsync(HttpStatusCode.NotFound)).ShouldContain("尚未公开");
        (await (await PublicAsync(anonymous, "/api/public/disclosures?year=2026&quarter=5")).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("季度");

        var draft = await host.PostAsync(Discloser, "/api/app/disclosures", new { year = 2026, quarter = 3 });
        draft.Str("status").ShouldBe("draft");
        draft.GetProperty("entries").EnumerateArray().ShouldContain(e => e.Str("creditCode") == code);
        (await (await PublicAsync(anonymous, "/api/public/disclosures?year=2026&quarter=3")).ProblemAsync(HttpStatusCode.NotFound)).ShouldContain("尚未公开");
        (await (await host.As(Hrss)).GetAsync("/api/app/disclosures")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await host.PostAsync(Discloser, $"/api/app/disclosures/{draft.Id()}/approve", new { });
        var response = await PublicAsync(anonymous, "/api/public/disclosures?year=2026&quarter=3");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var entry = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray().Single(e => e.Str("creditCode") == code);
        entry.Str("employerName").ShouldBe(employer);
        entry.Str("kind").ShouldBe("listing");
        entry.Str("facts").ShouldContain("拖欠41名农民工工资86万元");
        entry.Str("decidedOn").ShouldBe("2026-08-10");
        text.ShouldNotContain(Phone);
        text.ShouldNotContain("1234-5678");
        text.ShouldNotContain(IdNumber);
        text.ShouldNotContain(Discloser);
        entry.EnumerateObject().Select(p => p.Name).ShouldBe(["kind", "employerName", "creditCode", "facts", "decision", "decidedOn"], ignoreOrder: true);

        var export = await PublicAsync(anonymous, "/api/public/disclosures/export?year=2026&quarter=3");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await export.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());

        // Published is final: recompiling is refused and the public answer does not change.
        (await (await host.As(Discloser)).PostAsJsonAsync("/api/app/disclosures", new { year = 2026, quarter = 3 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_advance_lowers_the_balance_and_the_recoveries_restore_it()
    {
        await UsersAsync();
        host.Clock.SetDay(new DateOnly(2026, 9, 1));
        var start = await host.GetAsync(FundClerk, "/api/app/revolving-fund");
        var capital = await host.PostAsync(Finance, "/api/app/revolving-fund/capital", new { amount = 500000m, note = "旗财政注入应急周转金" });
        var balance = start.GetProperty("balance").GetDecimal() + 500000m;
        capital.GetProperty("balance").GetDecimal().ShouldBe(balance);
        (await (await host.As(FundClerk)).PostAsJsonAsync("/api/app/revolving-fund/capital", new { amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var clerk = await host.As(FundClerk);
        var tooMuch = await clerk.PostAsJsonAsync("/api/app/revolving-fund/advances", new
        {
            caseNumber = "DLT-2026-000777", employerName = "达拉特旗某劳务公司", workers = 30, amount = balance + 1m, reason = "春节前紧急垫付",
        });
        (await tooMuch.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("超过应急周转金可用余额");
        var before = (await host.GetAsync(FundClerk, "/api/app/revolving-fund/advances")).GetArrayLength();

        var advance = await host.PostAsync(FundClerk, "/api/app/revolving-fund/advances", new
        {
            caseNumber = "DLT-2026-000777", employerName = "达拉特旗某劳务公司", workers = 30, amount = 200000m, reason = "春节前紧急垫付30名农民工工资",
        });
        advance.Str("status").ShouldBe("requested");
        (await host.GetAsync(FundClerk, "/api/app/revolving-fund/advances")).GetArrayLength().ShouldBe(before + 1);
        await host.PostAsync(Finance, $"/api/app/revolving-fund/advances/{advance.Id()}/decide", new { approve = true, note = "同意垫付" });
        var reserved = await host.GetAsync(Finance, "/api/app/revolving-fund");
        reserved.GetProperty("balance").GetDecimal().ShouldBe(balance);
        reserved.GetProperty("available").GetDecimal().ShouldBe(balance - 200000m);

        var paid = await host.PostAsync(Finance, $"/api/app/revolving-fund/advances/{advance.Id()}/pay", new { paidOn = "2026-09-01" });
        paid.Str("status").ShouldBe("paid");
        var lowered = await host.GetAsync(FundClerk, "/api/app/revolving-fund");
        lowered.GetProperty("balance").GetDecimal().ShouldBe(balance - 200000m);
        lowered.GetProperty("outstanding").GetDecimal().ShouldBeGreaterThanOrEqualTo(200000m);

        host.Clock.SetDay(new DateOnly(2026, 9, 20));
        var partial = await host.PostAsync(Finance, $"/api/app/revolving-fund/advances/{advance.Id()}/recoveries", new { amount = 50000m, recoveredOn = "2026-09-20", note = "用人单位首笔归还" });
        partial.GetProperty("outstanding").GetDecimal().ShouldBe(150000m);
        (await host.GetAsync(FundClerk, "/api/app/revolving-fund")).GetProperty("balance").GetDecimal().ShouldBe(balance - 150000m);
        var over = await (await host.As(Finance)).PostAsJsonAsync($"/api/app/revolving-fund/advances/{advance.Id()}/recoveries", new { amount = 150000.01m, recoveredOn = "2026-09-20" });
        (await over.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("尚未追回");
        var rest = await host.PostAsync(Finance, $"/api/app/revolving-fund/advances/{advance.Id()}/recoveries", new { amount = 150000m, recoveredOn = "2026-09-20" });
        rest.Str("status").ShouldBe("recovered");
        (await host.GetAsync(FundClerk, "/api/app/revolving-fund")).GetProperty("balance").GetDecimal().ShouldBe(balance);
    }
}
