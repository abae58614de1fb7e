using System.Net;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Departments.Tests;

public sealed class PluginWorkspaceTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    public static TheoryData<string, string, string> Plugins => new()
    {
        { "housing", "housing", "Dalad.Housing" },
        { "transport", "transport", "Dalad.Transport" },
        { "water", "water", "Dalad.Water" },
        { "energy", "energy", "Dalad.Energy" },
        { "forestry", "forestry", "Dalad.Forestry" },
        { "development-zones", "engebei-zone", "Dalad.DevelopmentZones" },
        { "townships", "zhandanzhao-sumu", "Dalad.Townships" },
    };

    [Theory]
    [MemberData(nameof(Plugins))]
    public async Task Each_plugin_loads_and_is_the_workspace_of_its_body_with_its_register(string key, string body, string permission)
    {
        await host.CreateUserAsync("ws-" + key, [body], [permission]);
        using var member = await host.CreateClientAsAsync("ws-" + key);

        var workspaces = (await member.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray()
            .Select(w => (w.Str("bodyCode"), w.Str("workspace"))).ToList();
        workspaces.ShouldBe([(body, key)]);

        var page = await member.GetJsonAsync(Http.Register(key));
        page.GetProperty("totalCount").GetInt64().ShouldBe(0); // registers start empty
        (await member.GetJsonAsync(Http.Register(key) + "/kinds")).GetArrayLength().ShouldBeGreaterThan(0);

        using var admin = await host.CreateClientAsAsync("admin");
        var config = await admin.GetJsonAsync("/api/abp/application-configuration");
        var granted = config.GetProperty("auth").GetProperty("grantedPolicies");
        granted.TryGetProperty(permission, out _).ShouldBeTrue();
        granted.TryGetProperty(permission + ".Manage", out _).ShouldBeTrue();
        config.GetProperty("localization").GetProperty("values").GetProperty("Dalad").GetProperty("Permission:" + permission).GetString()
            .ShouldEndWith("登记簿");
    }

    [Fact]
    public async Task Every_territorial_body_gets_the_townships_workspace_and_every_zone_the_zones_one()
    {
        await host.CreateUserAsync("ws-territorial", ["gongye-street", "shulinzhao-town", "dalad-edz", "hrss"], []);
        using var member = await host.CreateClientAsAsync("ws-territorial");

        var workspaces = (await member.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray()
            .ToDictionary(w => w.Str("bodyCode")!, w => w.Str("workspace"));
        workspaces["gongye-street"].ShouldBe("townships");
        workspaces["shulinzhao-town"].ShouldBe("townships");
        workspaces["dalad-edz"].ShouldBe("development-zones");
        workspaces["hrss"].ShouldBe("generic");
    }

    [Fact]
    public async Task The_register_needs_its_permission()
    {
        await host.CreateUserAsync("ws-no-permission", ["housing"], []);
        using var member = await host.CreateClientAsAsync("ws-no-permission");
        (await member.GetAsync(Http.Register("housing"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await host.CreateUserAsync("ws-read-only", ["housing"], ["Dalad.Housing"]);
        using var reader = await host.CreateClientAsAsync("ws-read-only");
        (await reader.GetAsync(Http.Register("housing"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var create = await reader.PostAsync(Http.Register("housing"), JsonContent(new { kind = "project", name = "只读用户登记的项目" }));
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object value) => System.Net.Http.Json.JsonContent.Create(value);
}
