using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases;
using Dalad.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Enforcement.Tests.BacklogHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// The enforcement host with the bodies of a backlog case: the 12345 desk opens the case, HRSS flags and routes it,
/// 司法局 (people's mediation) runs it, the court (another receiving body) must see nothing of it, the joint office
/// reads the case's timeline. The outbox is driven by hand.
/// </summary>
public sealed class BacklogHost : EnforcementHost
{
    public const string Desk = "backlog-12345-desk";
    public const string HrssFlagger = "backlog-hrss";
    public const string Justice = "backlog-justice";
    public const string CourtClerk = "backlog-court";
    public const string JointOffice = "backlog-joint-office";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _users;

    public async Task<HttpClient> User(string user)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_users)
            {
                string[] handle = [BacklogPermissions.Default, BacklogPermissions.Handle];
                await CreateUserAsync(Desk, ["data-12345"], [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch]);
                await CreateUserAsync(HrssFlagger, ["hrss"], [BacklogPermissions.Default, BacklogPermissions.Flag]);
                await CreateUserAsync(Justice, ["justice"], handle);
                await CreateUserAsync(CourtClerk, ["court"], handle);
                await CreateUserAsync(JointOffice, ["joint-office"], [CasesPermissions.Default, BacklogPermissions.Default, BacklogPermissions.Flag]);
                _users = true;
            }
        }
        finally
        {
            _lock.Release();
        }
        return await As(user);
    }

    public async Task DispatchOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync() > 0) { }
    }
}

/// <summary>Issue 17 item 6: an old case flagged as backlog, routed to people's mediation, run step by step by 司法局 to its outcome.</summary>
public sealed class BacklogTests(BacklogHost host) : IClassFixture<BacklogHost>
{
    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body) => await (await host.User(user)).PostAsJsonAsync(url, body);

    private async Task<JsonElement> GetAsync(string user, string url) => await (await host.User(user)).GetFromJsonAsync<JsonElement>(url);

    /// <summary>A case opened through the 12345 desk on the clock's day: (id, number).</summary>
    private async Task<(Guid Id, string Number)> OpenCaseAsync()
    {
        var lead = await EnforcementHost.ReadAsync<JsonElement>(await PostAsync(Desk, "/api/app/leads", new
        {
            channel = "12345", ticketNumber = "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            text = "来电人反映：其在达拉特旗白泥井镇和顺家园二期项目干木工，项目停工烂尾，建筑公司拖欠工资约42万元，多次讨要无果。诉求：尽快结清工资。",
            address = "达拉特旗白泥井镇和顺家园二期工地", complainantName = "李师傅", phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8"),
            employer = "恒达建筑工程有限公司", project = "和顺家园二期", workerCount = 6, amountOwed = 420000m,
        }));
        var confirm = await PostAsync(Desk, $"/api/app/leads/{lead.Id()}/confirm", new { });
        confirm.StatusCode.ShouldBe(HttpStatusCode.Created, await confirm.Content.ReadAsStringAsync());
        var opened = (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case");
        return (opened.Id(), opened.Str("number"));
    }

    [Fact]
    public async Task An_old_case_is_flagged_routed_to_mediation_run_in_order_by_the_justice_bureau_and_its_case_learns_the_outcome()
    {
        host.Clock.SetDay(new DateOnly(2025, 3, 3));
        var (caseId, number) = await OpenCaseAsync();

        // A month old, never reopened, one complaint, no circumstance: not backlog; a 400 in Chinese and nothing stored.
        host.Clock.SetDay(new DateOnly(2025, 4, 3));
        var young = await PostAsync(HrssFlagger, "/api/app/backlog-cases", new { caseNumber = number, reason = "老案" });
        (await young.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不符合陈欠积案认定条件");
        (await GetAsync(HrssFlagger, "/api/app/backlog-cases")).EnumerateArray().ShouldNotContain(b => b.Str("caseNumber") == number);
        var unknown = await PostAsync(HrssFlagger, "/api/app/backlog-cases", new { caseNumber = "DLT0000000000", reason = "老案" });
        (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不存在");

        // Over a year later, still open and the project collapsed: backlog, with both grounds.
        host.Clock.SetDay(new DateOnly(2026, 5, 11));
        var flag = await PostAsync(HrssFlagger, "/api/app/backlog-cases", new { caseNumber = number, circumstance = "project-collapsed", reason = "项目烂尾一年多，开发商资金断链，工人反复讨薪" });
        flag.StatusCode.ShouldBe(HttpStatusCode.Created, await flag.Content.ReadAsStringAsync());
        var backlog = await flag.Content.ReadFromJsonAsync<JsonElement>();
        var id = backlog.Id();
        backlog.GetProperty("grounds").EnumerateArray().Select(g => g.GetString()).ShouldBe(["long-open", "project-collapsed"]);
        backlog.Str("status").ShouldBe("flagged");
        backlog.Str("flaggingBodyCode").ShouldBe("hrss");
        backlog.GetProperty("caseId").GetGuid().ShouldBe(caseId);
        (await (await PostAsync(HrssFlagger, "/api/app/backlog-cases", new { caseNumber = number, reason = "再次认定" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已认定");

        // Routed to people's mediation: the body comes from configuration (the seed's 司法局), never from the caller.
        var channels = await GetAsync(HrssFlagger, "/api/app/backlog-cases/channels");
        channels.EnumerateArray().Single(c => c.Str("channel") == "mediation").Str("bodyCode").ShouldBe("justice");
        var badChannel = await PostAsync(HrssFlagger, $"/api/app/backlog-cases/{id}/route", new { channel = "prayer", reason = "试试" });
        (await badChannel.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("未知的化解渠道");
        var routed = await EnforcementHost.ReadAsync<JsonElement>(await PostAsync(HrssFlagger, $"/api/app/backlog-cases/{id}/route", new { channel = "mediation", reason = "双方均同意人民调解" }));
        routed.Str("status").ShouldBe("routed");
        routed.Str("receivingBodyCode").ShouldBe("justice");
        routed.GetProperty("currentRoute").GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()).ShouldBe(["accepted"]);

        // Scoping: in 司法局's inbox only; the court (another receiving body) sees nothing and can do nothing.
        (await GetAsync(Justice, "/api/app/backlog-cases/inbox")).EnumerateArray().ShouldContain(b => b.Id() == id);
        (await GetAsync(CourtClerk, "/api/app/backlog-cases/inbox")).EnumerateArray().ShouldNotContain(b => b.Id() == id);
        (await (await host.User(CourtClerk)).GetAsync($"/api/app/backlog-cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(CourtClerk, $"/api/app/backlog-cases/{id}/steps", new { step = "accepted" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // HRSS routes but does not run the channel.
        (await PostAsync(HrssFlagger, $"/api/app/backlog-cases/{id}/steps", new { step = "accepted" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A step out of order: a 400 in Chinese, nothing stored.
        var early = await PostAsync(Justice, $"/api/app/backlog-cases/{id}/steps", new { step = "mediating", note = "直接调解" });
        (await early.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("须按顺序");
        (await GetAsync(Justice, $"/api/app/backlog-cases/{id}")).GetProperty("currentRoute").GetProperty("steps").GetArrayLength().ShouldBe(0);

        // The steps in order; the agreement ends the route settled with the amount recovered.
        (await PostAsync(Justice, $"/api/app/backlog-cases/{id}/steps", new { step = "accepted", note = "人民调解委员会受理" })).EnsureSuccessStatusCode();
        host.Clock.SetDay(new DateOnly(2026, 5, 14));
        (await PostAsync(Justice, $"/api/app/backlog-cases/{id}/steps", new { step = "mediating", note = "组织开发商、总包和工人代表三方调解" })).EnsureSuccessStatusCode();
        var noAmount = await PostAsync(Justice, $"/api/app/backlog-cases/{id}/steps", new { step = "agreed" });
        (await noAmount.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("追回工资金额");
        host.Clock.SetDay(new DateOnly(2026, 5, 20));
        var settled = await EnforcementHost.ReadAsync<JsonElement>(await PostAsync(Justice, $"/api/app/backlog-cases/{id}/steps",
            new { step = "agreed", note = "总包垫付，分两期支付", amountRecovered = 420000m }));
        settled.Str("status").ShouldBe("settled");
        settled.GetProperty("amountRecovered").GetDecimal().ShouldBe(420000m);
        var route = settled.GetProperty("currentRoute");
        route.Str("outcome").ShouldBe("settled");
        route.GetProperty("steps").EnumerateArray().Select(s => s.Str("step")).ShouldBe(["accepted", "mediating", "agreed"]);
        route.GetProperty("steps")[0].Str("by").ShouldBe(Justice);
        (await GetAsync(HrssFlagger, "/api/app/backlog-cases?status=settled")).EnumerateArray().ShouldContain(b => b.Id() == id);
        (await (await PostAsync(HrssFlagger, $"/api/app/backlog-cases/{id}/route", new { channel = "arbitration", reason = "再仲裁" })).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已化解");

        // The case learns it through the outbox: its timeline shows the flag, the channel and the outcome, once each.
        await host.DispatchOutboxAsync();
        await host.DispatchOutboxAsync();
        var timeline = (await GetAsync(JointOffice, $"/api/app/cases/{caseId}")).GetProperty("timeline").EnumerateArray()
            .Where(e => e.Str("type").StartsWith("backlog-", StringComparison.Ordinal)).ToList();
        timeline.Select(e => e.Str("type")).ShouldBe(["backlog-flagged", "backlog-routed", "backlog-outcome"], ignoreOrder: true);
        string[] order = ["backlog-flagged", "backlog-routed", "backlog-outcome"];
        timeline = [.. timeline.OrderBy(e => Array.IndexOf(order, e.Str("type")))];
        timeline[0].Str("description").ShouldContain("长期未结、项目烂尾");
        timeline[1].Str("description").ShouldContain("人民调解");
        timeline[1].Str("description").ShouldContain("旗司法局");
        timeline[2].Str("description").ShouldContain("已化解");
        timeline[2].Str("description").ShouldContain("420,000.00");
    }
}
