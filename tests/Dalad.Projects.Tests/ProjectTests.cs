using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>Registering projects: owners from the matrix, scoping to one's bodies, Chinese errors with nothing stored.</summary>
public sealed class ProjectTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    [Fact]
    public async Task The_owners_come_from_the_matrix_by_the_type_and_territory_and_each_body_sees_only_its_projects()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var road = Residential("白泥井公路" + Guid.NewGuid().ToString("N")[..4], null);
        road["typeCode"] = "E4812"; // 公路工程建筑: transport
        var transportProject = await host.CreateAsync(TransportClerk, road);
        transportProject.Str("industryBodyCode").ShouldBe("transport");
        transportProject.Str("territorialBodyCode").ShouldBe("bainijing-town");
        transportProject.Str("typeName").ShouldBe("公路工程建筑");

        var house = await host.CreateAsync(HousingClerk, Residential("住宅" + Guid.NewGuid().ToString("N")[..4], null));
        var housing = await (await host.As(HousingClerk)).GetFromJsonAsync<JsonElement>("/api/app/projects");
        housing.EnumerateArray().Select(p => p.Id()).ShouldContain(house.Id());
        housing.EnumerateArray().Select(p => p.Id()).ShouldNotContain(transportProject.Id());
        var town = await (await host.As(BainijingClerk)).GetFromJsonAsync<JsonElement>("/api/app/projects");
        town.EnumerateArray().Select(p => p.Id()).ShouldContain(house.Id());
        town.EnumerateArray().Select(p => p.Id()).ShouldContain(transportProject.Id());
        var detail = await (await host.As(BainijingClerk)).GetFromJsonAsync<JsonElement>($"/api/app/projects/{house.Id()}");
        detail.GetProperty("subcontractors")[0].Str("kind").ShouldBe("labour");
        detail.GetProperty("aliases")[0].GetString().ShouldEndWith("工地");
    }

    [Fact]
    public async Task A_body_cannot_register_or_change_a_project_it_does_not_own()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var before = await CountAsync();
        var response = await (await host.As(TransportClerk)).PostAsJsonAsync("/api/app/projects", Residential("越权登记", null));
        (await response.ProblemAsync(HttpStatusCode.Forbidden)).ShouldContain("本单位不能登记或修改");
        var house = await host.CreateAsync(HousingClerk, Residential("住宅" + Guid.NewGuid().ToString("N")[..4], null));
        (await (await host.As(TransportClerk)).PutAsJsonAsync($"/api/app/projects/{house.Id()}", Residential("改名", null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("name", "", "项目名称")]
    [InlineData("typeCode", "C3011", "不是国民经济行业分类")]
    [InlineData("territoryCode", "999999999", "不存在")]
    [InlineData("builder", null, "建设单位")]
    [InlineData("contractDate", "2027-01-01", "不能晚于今天")]
    public async Task Bad_input_gets_a_clear_Chinese_error_and_nothing_is_stored(string field, string? value, string message)
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var before = await CountAsync();
        var body = Residential("坏输入" + Guid.NewGuid().ToString("N")[..4], null);
        body[field] = value;
        var response = await (await host.As(HousingClerk)).PostAsJsonAsync("/api/app/projects", body);
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain(message);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_deposit_needs_a_known_form_and_a_guarantee_its_issuer_and_expiry()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var before = await CountAsync();
        var client = await host.As(HousingClerk);
        var unknownForm = Residential("保证金" + Guid.NewGuid().ToString("N")[..4], new DateOnly(2026, 3, 1), deposit: new { amount = 10m, form = "cheque", paidOn = "2026-03-02" });
        (await (await client.PostAsJsonAsync("/api/app/projects", unknownForm)).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("银行保函");
        var noIssuer = Residential("保证金" + Guid.NewGuid().ToString("N")[..4], new DateOnly(2026, 3, 1), deposit: new { amount = 10m, form = "insurance", paidOn = "2026-03-02" });
        var body = await (await client.PostAsJsonAsync("/api/app/projects", noIssuer)).ProblemAsync(HttpStatusCode.BadRequest);
        body.ShouldContain("保函（保单）出具机构");
        body.ShouldContain("保函（保单）有效期至");
        var badKind = Residential("分包" + Guid.NewGuid().ToString("N")[..4], null);
        badKind["subcontractors"] = new[] { new { name = "某公司", kind = "other" } };
        (await (await client.PostAsJsonAsync("/api/app/projects", badKind)).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("劳务分包或专业分包");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_inspection_checks_its_items_against_the_checklist_of_the_project_type()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 20));
        var project = await host.CreateAsync(HousingClerk, Residential("检查" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var response = await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/inspections", new
        {
            date = "2026-03-20", inspector = "王某", checklist = new[] { new { item = "energy-coal-mine", passed = true } },
        });
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不属于该类项目的检查清单");
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}");
        detail.GetProperty("inspections").GetArrayLength().ShouldBe(0);

        var types = await client.GetFromJsonAsync<JsonElement>("/api/app/project-types");
        var coal = types.EnumerateArray().Single(t => t.Str("code") == "E4840");
        coal.Str("group").ShouldBe("energy");
        coal.GetProperty("checklist").EnumerateArray().Select(i => i.Str("key")).ShouldContain("energy-coal-mine");
    }

    private async Task<int> CountAsync() =>
        (await (await host.As(JointOffice)).GetFromJsonAsync<JsonElement>("/api/app/projects")).GetArrayLength();
}

/// <summary>The evaluation runs on the platform's schedule (the recurring-job runner), not only on changes.</summary>
public sealed class WarningScheduleTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    [Fact]
    public async Task The_recurring_job_raises_the_warning_when_the_day_comes()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var project = await host.CreateAsync(HousingClerk, Residential("定时评估", new DateOnly(2026, 3, 2)));
        host.Clock.SetDay(new DateOnly(2026, 3, 22)); // day 20: the deposit is still in time
        (await host.RunJobsAsync()).ShouldContain("projects-warnings");
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "deposit-late").ShouldBeEmpty();

        host.Clock.SetDay(new DateOnly(2026, 3, 23));
        (await host.RunJobsAsync()).ShouldContain("projects-warnings");
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "deposit-late").ShouldHaveSingleItem();
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "account-late").ShouldBeEmpty();
    }
}
