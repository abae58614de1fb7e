using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;

namespace Dalad.Cases.Tests;

/// <summary>GET /api/app/lead-statistics (issue 18 item 6), on its own host so the counts are this test's leads only.</summary>
public sealed class LeadStatisticsTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private const string Hrss = "hrss-statistics";

    [Fact]
    public async Task Statistics_count_every_desk_s_leads_by_channel_territory_sector_and_Beijing_day_with_the_share_routed_without_correction()
    {
        host.Clock.Set("2026-05-11T10:00:00+08:00");
        var phone = NewPhone();
        var employer = "鑫路达建筑劳务有限公司" + Guid.NewGuid().ToString("N")[..4];
        var a = await host.RegisterAsync(Lead("12345", ConstructionText, ConstructionAddress, "2026-05-08T09:00:00+08:00", phone, employer, 14, 230000m));
        await host.ConfirmAsync(a.Id()); // as proposed: 白泥井镇 and housing
        // 00:30 Beijing on Saturday is still Friday in UTC: it counts on the 9th.
        var b = await host.RegisterAsync(Lead("12345", ReclamationText, ReclamationAddress, "2026-05-09T00:30:00+08:00", NewPhone(), "恩格贝复垦工程队", 1, 32000m));
        await host.ConfirmAsync(b.Id(), new { industryBodyCode = "water", reason = "复垦项目属于水土保持治理工程，由水利局主管" });
        var c = await host.RegisterAsync(Lead("petition", ConstructionText, ConstructionAddress, "2026-05-09T10:00:00+08:00", NewPhone(), "另一家建筑公司", 14, 230000m), PetitionClerk);
        c.Str("status").ShouldBe("pending");
        var d = await host.RegisterAsync(Lead("12345", ConstructionText, ConstructionAddress, "2026-05-10T10:00:00+08:00", phone, employer, 14, 230000m));
        d.Str("status").ShouldBe("linked");
        // Outside the period: not counted.
        await host.RegisterAsync(Lead("12345", ConstructionText, ConstructionAddress, "2026-05-11T09:00:00+08:00", NewPhone(), "别的公司", 2, 1000m));

        await host.CreateUserAsync(Hrss, ["hrss"], [Dalad.Cases.LeadsPermissions.Statistics]);
        var stats = await (await host.As(Hrss)).GetFromJsonAsync<JsonElement>("/api/app/lead-statistics?from=2026-05-08&to=2026-05-10");

        stats.Str("from").ShouldBe("2026-05-08");
        var summary = stats.GetProperty("summary");
        summary.GetProperty("leads").GetInt32().ShouldBe(4);
        summary.GetProperty("dispatched").GetInt32().ShouldBe(2);
        summary.GetProperty("linked").GetInt32().ShouldBe(1);
        summary.GetProperty("pending").GetInt32().ShouldBe(1);
        summary.GetProperty("corrected").GetInt32().ShouldBe(1);
        summary.GetProperty("routedWithoutCorrectionShare").GetDouble().ShouldBe(0.5);
        summary.GetProperty("workers").GetInt32().ShouldBe(43);
        summary.GetProperty("amountOwed").GetDecimal().ShouldBe(722000m);
        Counts(stats, "byChannel").ShouldBe(new Dictionary<string, int> { ["12345"] = 3, ["petition"] = 1 });
        Counts(stats, "byDay").ShouldBe(new Dictionary<string, int> { ["2026-05-08"] = 1, ["2026-05-09"] = 2, ["2026-05-10"] = 1 });
        // The owners as dispatched (the corrected one counts for water), the pending one as proposed, the repeat as its case.
        Counts(stats, "bySector").ShouldBe(new Dictionary<string, int> { ["housing"] = 3, ["water"] = 1 });
        Counts(stats, "byTerritory").ShouldBe(new Dictionary<string, int> { ["bainijing-town"] = 3, ["engebei-town"] = 1 });
        stats.GetProperty("bySector").EnumerateArray().First().Str("name").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Statistics_need_their_permission_and_a_bad_period_is_a_clear_Chinese_problem()
    {
        await host.CreateUserAsync(Hrss + "-2", ["hrss"], [Dalad.Cases.LeadsPermissions.Statistics]);
        var hrss = await host.As(Hrss + "-2");
        using (var bad = await hrss.GetAsync("/api/app/lead-statistics?from=2026-13-01"))
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await bad.Content.ReadAsStringAsync()).ShouldContain("无法识别");
        }
        using (var reversed = await hrss.GetAsync("/api/app/lead-statistics?from=2026-05-10&to=2026-05-01"))
        {
            reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await reversed.Content.ReadAsStringAsync()).ShouldContain("开始日期不能晚于结束日期");
        }
        using var clerk = await (await host.As(HousingClerk)).GetAsync("/api/app/lead-statistics");
        clerk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, int> Counts(JsonElement stats, string name) =>
        stats.GetProperty(name).EnumerateArray().ToDictionary(x => x.Str("key"), x => x.GetProperty("count").GetInt32());

    private static object Lead(string channel, string text, string address, string receivedAt, string phone, string employer, int workers, decimal amount) => new
    {
        channel, ticketNumber = NewTicket(), text, address, complainantName = "王师傅", phone, employer, workerCount = workers, amountOwed = amount,
        receivedAt = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture),
    };
}
