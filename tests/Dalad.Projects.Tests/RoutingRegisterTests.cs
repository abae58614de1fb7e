using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>
/// Issue 13 item 1: every project's name and parties are routing register entries, so a complaint naming the project
/// or one of its contractors is proposed to the project's two owners, with the entry as evidence — at once, no restart.
/// </summary>
public sealed class RoutingRegisterTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private const string Jigesitai = "150621101";
    private const string AboutTheSubcontractor = "我在鑫泰测试劳务有限公司干了三个月，工资一直没给。";
    private const string AboutTheProject = "恒远测试大通道的老板欠我们十几个人的工资。";
    private const string AboutTheNewSubcontractor = "庆丰测试劳务有限公司拖欠我两个月工资。";

    [Fact]
    public async Task A_complaint_naming_the_project_or_its_contractor_reaches_the_project_owners_and_a_changed_party_moves_at_once()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        // Before the project exists nothing in these words points at transport or at 吉格斯太镇.
        var before = await PreviewAsync(AboutTheSubcontractor);
        before.GetProperty("industry").Str("bodyCode").ShouldNotBe("transport");
        before.GetProperty("territory").Str("bodyCode").ShouldNotBe("jigesitai-town");

        var road = Residential("恒远测试大通道", null);
        road["aliases"] = new[] { "恒远大通道" };
        road["typeCode"] = "E4812"; // 公路工程建筑: transport leads
        road["territoryCode"] = Jigesitai;
        road["builder"] = "达拉特旗城投测试有限公司";
        road["generalContractor"] = "恒泰测试路桥有限公司";
        road["subcontractors"] = new[] { new { name = "鑫泰测试劳务有限公司", kind = "labour" } };
        var project = await host.CreateAsync(TransportClerk, road);
        project.Str("industryBodyCode").ShouldBe("transport");
        project.Str("territorialBodyCode").ShouldBe("jigesitai-town");

        foreach (var (text, matched) in new[] { (AboutTheSubcontractor, "鑫泰测试劳务有限公司"), (AboutTheProject, "恒远测试大通道"), ("恒远大通道工地欠薪", "恒远大通道") })
        {
            var proposal = await PreviewAsync(text);
            var industry = proposal.GetProperty("industry");
            var territory = proposal.GetProperty("territory");
            industry.Str("bodyCode").ShouldBe("transport", text);
            territory.Str("bodyCode").ShouldBe("jigesitai-town", text);
            var evidence = Register(industry).ShouldHaveSingleItem();
            evidence.Str("matched").ShouldBe(matched);
            evidence.Str("source").ShouldContain("恒远测试大通道"); // the dispatcher sees which project the name belongs to
            Register(territory).ShouldNotBeEmpty();
        }

        // The clerk replaces the subcontractor: the old name no longer points at the project, the new one does.
        road["subcontractors"] = new[] { new { name = "庆丰测试劳务有限公司", kind = "labour" } };
        var client = await host.As(TransportClerk);
        (await client.PutAsJsonAsync($"/api/app/projects/{project.Id()}", road)).EnsureSuccessStatusCode();
        var old = await PreviewAsync(AboutTheSubcontractor);
        Register(old.GetProperty("industry")).ShouldBeEmpty();
        old.GetProperty("industry").Str("bodyCode").ShouldNotBe("transport");
        var now = await PreviewAsync(AboutTheNewSubcontractor);
        now.GetProperty("industry").Str("bodyCode").ShouldBe("transport");
        now.GetProperty("territory").Str("bodyCode").ShouldBe("jigesitai-town");
        Register(now.GetProperty("industry")).ShouldHaveSingleItem().Str("matched").ShouldBe("庆丰测试劳务有限公司");
    }

    [Fact]
    public async Task A_project_another_body_cannot_see_still_routes_its_complaints()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var house = Residential("白泥井测试嘉园", null); // housing + 白泥井镇; transport's clerk cannot read it
        house["subcontractors"] = Array.Empty<object>();
        await host.CreateAsync(HousingClerk, house);
        var proposal = await PreviewAsync("白泥井测试嘉园的包工头跑了，欠我工资。", TransportClerk);
        proposal.GetProperty("industry").Str("bodyCode").ShouldBe("housing");
        proposal.GetProperty("territory").Str("bodyCode").ShouldBe("bainijing-town");
        Register(proposal.GetProperty("industry")).ShouldHaveSingleItem().Str("matched").ShouldBe("白泥井测试嘉园");
    }

    private static IEnumerable<JsonElement> Register(JsonElement owner) =>
        owner.GetProperty("evidence").EnumerateArray().Where(e => e.Str("kind") == "register").ToList();

    private async Task<JsonElement> PreviewAsync(string text, string user = JointOffice)
    {
        var client = await host.As(user);
        var response = await client.PostAsJsonAsync("/api/app/routing/preview", new { text });
        return await DaladHostFactory.ReadAsync<JsonElement>(response);
    }
}
