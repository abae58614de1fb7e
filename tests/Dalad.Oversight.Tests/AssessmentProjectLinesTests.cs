using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Projects;
using Shouldly;
using static Dalad.Oversight.Tests.OversightHost;
using static Dalad.Testing.DaladHostFactory;

namespace Dalad.Oversight.Tests;

/// <summary>
/// The assessment's two project lines, from the projects module (<see cref="IProjectFigures"/>), on the test clock: a
/// housing project in 白泥井镇 registered on 2026-01-10 although its works started on 2026-01-05 (found off the platform),
/// inspected in January only; a second one registered before its works started (2026-03-01) and inspected in March.
/// Judged on 2026-04-20, the first missed February and March (the inspection-missing warning's rule, no grace days);
/// both owners (housing and 白泥井镇's body) and the township lose the points, a body without projects loses none.
/// </summary>
public sealed class AssessmentProjectLinesTests(AssessmentProjectLinesTests.Host host) : IClassFixture<AssessmentProjectLinesTests.Host>
{
    private const string Assessor = "assessor";
    private const string ProjectClerk = "housing-projects";

    public sealed class Host : OversightHost;

    private async Task<HttpClient> ClientAsync(string user, string[] bodies, string[] permissions)
    {
        await host.As(Supervisor); // the host's own users first
        try { await host.CreateUserAsync(user, bodies, permissions); }
        catch (ShouldAssertException) { } // created by an earlier test of the class
        var client = await host.CreateClientAsAsync(user);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
        return client;
    }

    private static object Project(string name, string startDate) => new
    {
        name, typeCode = "E4710", territoryCode = Bainijing, address = "达拉特旗白泥井镇", builder = "达拉特旗某置业有限公司",
        generalContractor = "鄂尔多斯某建设集团有限公司", governmentInvested = false, fundingSource = "企业自筹", fundsInPlace = true, startDate,
    };

    private static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/app/projects", body);
        return (await ReadAsync<JsonElement>(response)).GetProperty("id").GetGuid();
    }

    private static async Task InspectAsync(HttpClient client, Guid project, string date)
    {
        using var response = await client.PostAsJsonAsync($"/api/app/projects/{project}/inspections", new { date, inspector = "住建局 王某", findings = "无" });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missed_monthly_inspections_and_projects_registered_after_their_start_cost_points_with_their_evidence()
    {
        var clerk = await ClientAsync(ProjectClerk, ["housing"], [ProjectsPermissions.Default, ProjectsPermissions.Manage]);
        var assessor = await ClientAsync(Assessor, ["joint-office"], [OversightPermissions.Default, OversightPermissions.Assess]);

        host.Clock.Set(1, 10);
        var late = await CreateAsync(clerk, Project("和顺家园四期", "2026-01-05"));
        host.Clock.Set(1, 20);
        await InspectAsync(clerk, late, "2026-01-20");
        host.Clock.Set(2, 20);
        var onTime = await CreateAsync(clerk, Project("和顺家园五期", "2026-03-01"));
        host.Clock.Set(3, 10);
        await InspectAsync(clerk, onTime, "2026-03-10");

        host.Clock.Set(4, 20);
        using var response = await assessor.PostAsJsonAsync("/api/app/oversight/assessments", new { year = 2026 });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var a = JsonDocument.Parse(body).RootElement;
        JsonElement Row(string kind, string code) => a.GetProperty("rows").EnumerateArray().Single(r => r.Str("kind") == kind && r.Str("code") == code);
        JsonElement Line(JsonElement row, string key) => row.GetProperty("lines").EnumerateArray().Single(l => l.Str("key") == key);

        foreach (var row in new[] { Row("body", "housing"), Row("body", "bainijing-town"), Row("township", Bainijing) })
        {
            var offPlatform = Line(row, "off-platform-projects");
            offPlatform.GetProperty("known").GetBoolean().ShouldBeTrue();
            offPlatform.Int("count").ShouldBe(1, row.Str("code"));
            offPlatform.GetProperty("deduction").GetDouble().ShouldBe(3);
            var missed = Line(row, "missed-inspections");
            missed.GetProperty("known").GetBoolean().ShouldBeTrue();
            missed.Int("count").ShouldBe(2, $"{row.Str("code")}: February and March of the first project");
            missed.GetProperty("deduction").GetDouble().ShouldBe(2);
            row.GetProperty("score").GetDouble().ShouldBe(95, "no case, no visit, no 督办: only the project lines cost points");
        }
        var transport = Row("body", "transport");
        Line(transport, "missed-inspections").GetProperty("known").GetBoolean().ShouldBeTrue();
        Line(transport, "missed-inspections").Int("count").ShouldBe(0);
        Line(transport, "off-platform-projects").Int("count").ShouldBe(0);
        transport.GetProperty("score").GetDouble().ShouldBe(100);
        Row("body", "transport").Int("rank").ShouldBeLessThan(Row("body", "housing").Int("rank"));
    }
}
