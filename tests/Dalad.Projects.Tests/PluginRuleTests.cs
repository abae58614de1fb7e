using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>
/// Issue 13: each department plugin contributes its project types, its checklist items and a warning rule of its own
/// (data in its department.json), evaluated by the same engine and landing with the project's owners like the others.
/// </summary>
public sealed class PluginRuleTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private const string CoalRule = "energy-coal-payroll-unrectified";
    private const string CoalItem = "energy-coal-mine-paid-by-contractor";
    private const string BoardRule = "housing-rights-board-unrectified";
    private const string BoardItem = "housing-rights-board";

    [Fact]
    public async Task The_plugins_serve_their_types_and_checklist_items_and_their_rules_are_editable()
    {
        var client = await host.As(EnergyClerk);
        var types = await client.GetFromJsonAsync<JsonElement>("/api/app/project-types");
        var coal = types.EnumerateArray().Single(t => t.Str("code") == "E4840");
        coal.Str("group").ShouldBe("energy");
        coal.Str("name").ShouldBe("工矿工程建筑");
        var items = coal.GetProperty("checklist").EnumerateArray().Select(i => i.Str("key")).ToList();
        items.ShouldContain("real-name");                       // the common items stay the projects module's
        items.ShouldContain(CoalItem);
        items.ShouldNotContain("energy-power-plant");           // a power-plant item, for the power types
        types.EnumerateArray().Single(t => t.Str("code") == "E4871").GetProperty("checklist").EnumerateArray()
            .Select(i => i.Str("key")).ShouldContain("energy-power-plant");
        var residential = types.EnumerateArray().Single(t => t.Str("code") == "E4710");
        residential.Str("group").ShouldBe("housing");
        residential.GetProperty("checklist").EnumerateArray().Select(i => i.Str("key")).ShouldContain("townships-village-publicity");
        // Every one of the seven has at least one checklist item of its own on some type.
        var keys = types.EnumerateArray().SelectMany(t => t.GetProperty("checklist").EnumerateArray()).Select(i => i.Str("key")).ToHashSet();
        foreach (var plugin in new[] { "housing", "transport", "water", "energy", "forestry", "townships", "development-zones" })
            keys.ShouldContain(k => k.StartsWith(plugin + "-"), plugin);

        var keeper = await host.As(RulesKeeper);
        var rules = await keeper.GetFromJsonAsync<JsonElement>("/api/app/warning-rules");
        var rule = rules.EnumerateArray().Single(r => r.Str("key") == CoalRule);
        rule.Str("name").ShouldBe("煤矿项目未由总承包单位代发工资逾期未整改");
        rule.GetProperty("threshold").GetInt32().ShouldBe(15);
        foreach (var plugin in new[] { "housing", "transport", "water", "energy", "forestry", "townships", "development-zones" })
            rules.EnumerateArray().ShouldContain(r => r.Str("key").StartsWith(plugin + "-"), plugin);
        var refused = await keeper.PutAsJsonAsync($"/api/app/warning-rules/{CoalRule}", new { threshold = 400, severity = "high", enabled = true });
        await refused.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_plugin_rule_fires_for_a_project_of_its_types_with_evidence_once_and_not_for_another_plugins()
    {
        host.Clock.SetDay(new DateOnly(2026, 4, 10));
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var mine = await host.CreateAsync(EnergyClerk, Project("某煤矿井巷工程" + suffix, "E4840"));
        var housing = await host.CreateAsync(HousingClerk, Project("某小区住宅楼" + suffix, "E4710"));

        // The coal mine's wages are paid by the labour subcontractor; the housing site has no rights board.
        await InspectAsync(EnergyClerk, mine.Id(), CoalItem, "由劳务分包单位直接发放");
        await InspectAsync(HousingClerk, housing.Id(), BoardItem, "现场未设置告示牌");
        // An energy item on a housing project is not its checklist: refused, as before.
        var wrong = await (await host.As(HousingClerk)).PostAsJsonAsync($"/api/app/projects/{housing.Id()}/inspections", new
        {
            date = "2026-04-10", inspector = "王某", checklist = new[] { new { item = CoalItem, passed = false } },
        });
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不属于该类项目的检查清单");

        host.Clock.SetDay(new DateOnly(2026, 4, 17)); // day 7 of the housing rule: both still in time
        await host.RunWarningJobAsync();
        Of(await host.WarningsAsync(EnergyClerk), mine.Id(), CoalRule).ShouldBeEmpty();
        Of(await host.WarningsAsync(HousingClerk), housing.Id(), BoardRule).ShouldBeEmpty();

        host.Clock.SetDay(new DateOnly(2026, 4, 26)); // day 16: past both
        await host.RunWarningJobAsync();
        await host.RunWarningJobAsync(); // evaluated twice: still one warning per fact
        var energyInbox = await host.WarningsAsync(EnergyClerk);
        var coal = Of(energyInbox, mine.Id(), CoalRule).ShouldHaveSingleItem();
        coal.Str("ruleName").ShouldBe("煤矿项目未由总承包单位代发工资逾期未整改");
        coal.Str("title").ShouldContain("某煤矿井巷工程" + suffix);
        var evidence = coal.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.Str("name"), e => e.Str("value"));
        evidence["检查项"].ShouldBe("煤矿建设项目由施工总承包单位通过工资专用账户代发工资");
        evidence["检查记录"].ShouldBe("由劳务分包单位直接发放");
        evidence["整改期限"].ShouldBe("2026-04-25");
        Of(energyInbox, mine.Id(), BoardRule).ShouldBeEmpty();

        // The housing rule fired for the housing project, and the energy rule did not.
        var housingInbox = await host.WarningsAsync(HousingClerk);
        Of(housingInbox, housing.Id(), BoardRule).ShouldHaveSingleItem();
        Of(housingInbox, housing.Id(), CoalRule).ShouldBeEmpty();

        // Both land with the territorial owner too (the town), beside the industry owner's.
        var town = await host.WarningsAsync(BainijingClerk);
        Of(town, mine.Id(), CoalRule).ShouldHaveSingleItem();
        Of(town, housing.Id(), BoardRule).ShouldHaveSingleItem();
        // Another body sees neither.
        Of(await host.WarningsAsync(TransportClerk), mine.Id(), CoalRule).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_plugin_rule_switched_off_on_the_rules_page_raises_nothing()
    {
        var keeper = await host.As(RulesKeeper);
        const string rule = "forestry-seasonal-unsettled";
        (await keeper.PutAsJsonAsync($"/api/app/warning-rules/{rule}", new { threshold = 15, severity = "high", enabled = false })).EnsureSuccessStatusCode();
        try
        {
            host.Clock.SetDay(new DateOnly(2026, 4, 10));
            // The town registers it (its territorial owner) and records the inspection.
            var forest = await host.CreateAsync(BainijingClerk, Project("某造林工程" + Guid.NewGuid().ToString("N")[..4], "E4863"));
            await InspectAsync(BainijingClerk, forest.Id(), "forestry-seasonal", "季后未结清");
            host.Clock.SetDay(new DateOnly(2026, 5, 30));
            await host.RunWarningJobAsync();
            Of(await host.WarningsAsync(BainijingClerk), forest.Id(), rule).ShouldBeEmpty();

            (await keeper.PutAsJsonAsync($"/api/app/warning-rules/{rule}", new { threshold = 15, severity = "high", enabled = true })).EnsureSuccessStatusCode();
            Of(await host.WarningsAsync(BainijingClerk), forest.Id(), rule).ShouldHaveSingleItem();
        }
        finally
        {
            await keeper.PutAsJsonAsync($"/api/app/warning-rules/{rule}", new { threshold = 15, severity = "high", enabled = true });
        }
    }

    private async Task InspectAsync(string user, Guid project, string item, string remarks)
    {
        var client = await host.As(user);
        var response = await client.PostAsJsonAsync($"/api/app/projects/{project}/inspections", new
        {
            date = "2026-04-10", inspector = "李某",
            checklist = new object[] { new { item = "real-name", passed = true }, new { item, passed = false, remarks } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, object?> Project(string name, string type)
    {
        var project = Residential(name, new DateOnly(2026, 3, 1),
            account: new { openedOn = "2026-03-05", bank = "中国农业银行达拉特旗支行", accountNumber = "6228" + Random.Shared.Next(100000, 999999) },
            deposit: new { amount = 100000, form = "bank-guarantee", issuer = "中国银行", expiresOn = "2027-03-01", paidOn = "2026-03-05" });
        project["typeCode"] = type;
        project["startDate"] = "2026-03-01";
        return project;
    }
}
