using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>The matrix asks the cases module before a body is deactivated: one with open cases cannot be.</summary>
public sealed class DeactivationTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_body_with_open_cases_cannot_be_deactivated_and_one_without_can()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        opened.Assignee("industry").ShouldBe("housing");
        using var admin = await host.CreateClientAsAsync("admin");

        using var refused = await admin.PostAsJsonAsync("/api/app/bodies/housing/deactivate", new { basis = "机构改革" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain("还有 1 件未办结的案件");
        (await admin.GetFromJsonAsync<JsonElement>("/api/app/bodies/housing")).GetProperty("isActive").GetBoolean().ShouldBeTrue();

        using var allowed = await admin.PostAsJsonAsync("/api/app/bodies/sci-tech/deactivate", new { basis = "机构改革" });
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync());
    }
}
