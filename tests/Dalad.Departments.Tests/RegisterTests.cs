using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Responsibility;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Departments.Tests;

public sealed class RegisterTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    private async Task<HttpClient> MemberAsync(string name, string body, string permission)
    {
        await host.CreateUserAsync(name, [body], [permission, permission + ".Manage"]);
        return await host.CreateClientAsAsync(name);
    }

    [Fact]
    public async Task A_department_keeps_its_register_and_another_body_cannot_read_it()
    {
        using var energy = await MemberAsync("energy-clerk", "energy", "Dalad.Energy");
        var created = await energy.PostJsonAsync(Http.Register("energy"), new
        {
            kind = "coal-mine", name = "测试煤矿甲", aliases = new[] { "甲矿" }, territoryCode = "150621102",
            attributes = new Dictionary<string, string> { ["许可证号"] = "T-001" },
        });
        var id = created.Str("id");
        created.Str("ownerBodyCode").ShouldBe("energy");
        created.Str("industryBodyCode").ShouldBe("energy");

        var read = await energy.GetJsonAsync($"{Http.Register("energy")}/{id}");
        read.Str("name").ShouldBe("测试煤矿甲");
        read.GetProperty("aliases")[0].GetString().ShouldBe("甲矿");
        read.GetProperty("attributes").GetProperty("许可证号").GetString().ShouldBe("T-001");

        var updated = await DaladHostFactory.ReadAsync<JsonElement>(await energy.PutAsJsonAsync($"{Http.Register("energy")}/{id}",
            new { kind = "washing-plant", name = "测试洗煤厂甲", territoryCode = "150621102", isActive = false }));
        updated.Str("kind").ShouldBe("washing-plant");
        updated.GetProperty("isActive").GetBoolean().ShouldBeFalse();

        var filtered = await energy.GetJsonAsync(Http.Register("energy") + "?filter=洗煤&kind=washing-plant");
        filtered.GetProperty("totalCount").GetInt64().ShouldBe(1);
        (await energy.GetJsonAsync(Http.Register("energy") + "?filter=不存在")).GetProperty("totalCount").GetInt64().ShouldBe(0);

        // Another body's user, even with the plugin's permission, sees nothing of it.
        using var transport = await MemberAsync("energy-outsider", "transport", "Dalad.Energy");
        (await transport.GetAsync($"{Http.Register("energy")}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await transport.GetJsonAsync(Http.Register("energy"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await transport.PutAsJsonAsync($"{Http.Register("energy")}/{id}", new { kind = "coal-mine", name = "改名" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await transport.DeleteAsync($"{Http.Register("energy")}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The joint office (admin) sees every body's entries.
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.GetJsonAsync($"{Http.Register("energy")}/{id}")).Str("name").ShouldBe("测试洗煤厂甲");

        (await energy.DeleteAsync($"{Http.Register("energy")}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await energy.GetAsync($"{Http.Register("energy")}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"kind":"coal-mine","name":""}""", "name", "名称")]
    [InlineData("""{"kind":"taxi-operator","name":"某出租公司"}""", "kind", "类型不在本登记簿的类型之列")]
    [InlineData("""{"kind":"coal-mine","name":"某矿","territoryCode":"150621999"}""", "territoryCode", "150621999")]
    [InlineData("""{"kind":"coal-mine","name":"NAME_TOO_LONG"}""", "name", "200")]
    public async Task Bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(string json, string field, string expected)
    {
        using var energy = await MemberAsync("energy-bad-" + Guid.NewGuid().ToString("N")[..6], "energy", "Dalad.Energy");
        var before = (await energy.GetJsonAsync(Http.Register("energy"))).GetProperty("totalCount").GetInt64();

        var response = await energy.PostAsync(Http.Register("energy"),
            new StringContent(json.Replace("NAME_TOO_LONG", new string('矿', 201)), System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(expected);
        (await energy.GetJsonAsync(Http.Register("energy"))).GetProperty("totalCount").GetInt64().ShouldBe(before);
    }

    [Fact]
    public async Task The_same_entry_twice_is_refused()
    {
        using var water = await MemberAsync("water-clerk", "water", "Dalad.Water");
        await water.PostJsonAsync(Http.Register("water"), new { kind = "reservoir", name = "测试水库" });
        var again = await water.PostAsJsonAsync(Http.Register("water"), new { kind = "reservoir", name = " 测试水库 " });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain("已有同类型的“测试水库”");
        (await water.GetJsonAsync(Http.Register("water"))).GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_township_registers_its_own_villages_only_and_a_zone_its_own_enterprises()
    {
        using var town = await MemberAsync("town-clerk", "shulinzhao-town", "Dalad.Townships");
        var village = await town.PostJsonAsync(Http.Register("townships"), new { kind = "village", name = "测试村", territoryCode = "150621100" });
        village.Str("ownerBodyCode").ShouldBe("shulinzhao-town");

        var elsewhere = await town.PostAsJsonAsync(Http.Register("townships"), new { kind = "village", name = "别处的村", territoryCode = "150621101" });
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await elsewhere.Content.ReadAsStringAsync()).ShouldContain("jigesitai-town");
        var inZone = await town.PostAsJsonAsync(Http.Register("townships"), new { kind = "village", name = "园区里的村", territoryCode = "150621400" });
        inZone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inZone.Content.ReadAsStringAsync()).ShouldContain("请选择所在属地");

        using var otherTown = await MemberAsync("town-clerk-2", "jigesitai-town", "Dalad.Townships");
        (await otherTown.GetAsync($"{Http.Register("townships")}/{village.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var zone = await MemberAsync("zone-clerk", "dalad-edz", "Dalad.DevelopmentZones");
        var enterprise = await zone.PostJsonAsync(Http.Register("development-zones"), new { kind = "enterprise", name = "测试园区企业", territoryCode = "150621400" });
        enterprise.Str("ownerBodyCode").ShouldBe("dalad-edz");
        enterprise.Str("territoryCode").ShouldBe("150621400");
        using var otherZone = await MemberAsync("zone-clerk-2", "engebei-zone", "Dalad.DevelopmentZones");
        (await otherZone.GetAsync($"{Http.Register("development-zones")}/{enterprise.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zone.PostAsJsonAsync(Http.Register("development-zones"), new { kind = "enterprise", name = "没有属地的企业" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Routing_reads_every_register_whoever_owns_the_entries()
    {
        using var forestry = await MemberAsync("forestry-clerk", "forestry", "Dalad.Forestry");
        var farm = await forestry.PostJsonAsync(Http.Register("forestry"), new { kind = "state-forest-farm", name = "测试国有林场", aliases = new[] { "测试林场" } });

        using var scope = host.Services.CreateScope(); // no signed-in user: the source must still see every body's entries
        // The departments' source is the shared register table: each entry names its department (projects add a source of their own).
        var entries = await scope.ServiceProvider.GetServices<IRegisterSource>().Single(s => s.Source == "registers").GetEntriesAsync();
        var entry = entries.Single(e => e.Id == Guid.Parse(farm.Str("id")!));
        entry.Source.ShouldBe("forestry");
        entry.Kind.ShouldBe("state-forest-farm");
        entry.Aliases.ShouldBe(["测试林场"]);
        entry.IndustryBodyCode.ShouldBe("forestry");
    }

    [Fact]
    public async Task A_complaint_naming_a_zone_enterprise_is_routed_to_that_zone()
    {
        using var zone = await MemberAsync("zone-routing-clerk", "engebei-zone", "Dalad.DevelopmentZones");
        await zone.PostJsonAsync(Http.Register("development-zones"), new { kind = "enterprise", name = "沙漠绿源测试科技有限公司", territoryCode = "150621401" });

        using var admin = await host.CreateClientAsAsync("admin");
        var proposal = await admin.PostJsonAsync("/api/app/routing/preview", new { text = "我在沙漠绿源测试科技有限公司干了三个月活，工资一直没发。" });
        var territory = proposal.GetProperty("territory");
        territory.Str("bodyCode").ShouldBe("engebei-zone");
        territory.GetProperty("evidence").EnumerateArray().Select(e => e.Str("kind")).ShouldContain("register");
    }
}
