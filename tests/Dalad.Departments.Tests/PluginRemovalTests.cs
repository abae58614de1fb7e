using System.Net;
using Shouldly;

namespace Dalad.Departments.Tests;

public sealed class PluginRemovalTests(HostWithoutEnergy host) : IClassFixture<HostWithoutEnergy>
{
    [Fact]
    public async Task Without_the_energy_plugin_its_workspace_and_register_are_gone_and_the_matrix_is_whole()
    {
        await host.CreateUserAsync("energy-without-plugin", ["energy"], []);
        using var member = await host.CreateClientAsAsync("energy-without-plugin");
        var workspace = (await member.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().Single();
        workspace.Str("bodyCode").ShouldBe("energy");
        workspace.Str("workspace").ShouldBe("generic");

        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.GetAsync(Http.Register("energy"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(Http.Register("energy") + "/import-template")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var config = await admin.GetJsonAsync("/api/abp/application-configuration");
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("Dalad.Energy", out _).ShouldBeFalse();

        var bodies = await admin.GetJsonAsync("/api/app/bodies?maxResultCount=1000");
        bodies.GetProperty("totalCount").GetInt32().ShouldBe(62);
        bodies.GetProperty("items").EnumerateArray().Select(b => b.Str("code")).ShouldContain("energy");
        (await admin.GetAsync(Http.Register("housing"))).StatusCode.ShouldBe(HttpStatusCode.OK); // the others stay
    }
}
