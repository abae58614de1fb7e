using System.Net;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Platform.Tests;

public sealed class PluginLoadingTests
{
    [Fact]
    public async Task A_plugin_in_the_folder_is_loaded_with_its_endpoint_permission_and_table()
    {
        await using var host = new SamplePluginHost();
        using var admin = await host.CreateClientAsAsync("admin");

        (await admin.GetAsync("/api/app/sample-notes")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var config = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/abp/application-configuration"));
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("Sample.Notes", out _).ShouldBeTrue();
        config.GetProperty("localization").GetProperty("values").GetProperty("Dalad").GetProperty("Sample:Permission").GetString().ShouldBe("示例便签");
    }

    [Fact]
    public async Task Without_the_plugin_the_host_starts_and_the_endpoint_is_gone()
    {
        await using var host = new DaladHostFactory();
        using var admin = await host.CreateClientAsAsync("admin");

        (await admin.GetAsync("/api/app/sample-notes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var config = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/abp/application-configuration"));
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("Sample.Notes", out _).ShouldBeFalse();
    }
}
