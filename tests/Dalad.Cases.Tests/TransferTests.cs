using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>转办: one owner hands its role on, with a reason; every transfer is kept, repeated ones show to the joint office.</summary>
public sealed class TransferTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_transfer_moves_the_role_records_the_history_and_the_case_follows_its_new_owner()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var housing = await host.As(CasesHost.HousingClerk);

        using var response = await housing.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "工程为水利设施建设" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        detail.Case().Assignee("industry").ShouldBe("water");
        detail.Case().Assignee("territorial").ShouldBe("bainijing-town");
        detail.Case().GetProperty("transferCount").GetInt32().ShouldBe(1);
        var transfer = detail.GetProperty("transfers").EnumerateArray().Single();
        transfer.Str("role").ShouldBe("industry");
        transfer.Str("fromBodyCode").ShouldBe("housing");
        transfer.Str("toBodyCode").ShouldBe("water");
        transfer.Str("reason").ShouldBe("工程为水利设施建设");
        transfer.Str("transferredBy").ShouldBe(CasesHost.HousingClerk);
        detail.GetProperty("timeline").EnumerateArray().Last().Str("description").ShouldContain("工程为水利设施建设");

        var number = opened.Str("number");
        (await host.InboxNumbersAsync(CasesHost.WaterClerk)).ShouldContain(number);
        (await host.InboxNumbersAsync(CasesHost.HousingClerk)).ShouldNotContain(number);
        (await housing.GetAsync($"/api/app/cases/{opened.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cases_transferred_again_and_again_show_up_for_the_joint_office()
    {
        var bounced = (await host.OpenConstructionCaseAsync()).Case();
        var once = (await host.OpenConstructionCaseAsync()).Case();
        var housing = await host.As(CasesHost.HousingClerk);
        var water = await host.As(CasesHost.WaterClerk);
        (await housing.PostAsJsonAsync($"/api/app/cases/{bounced.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "不属于住建" })).EnsureSuccessStatusCode();
        (await water.PostAsJsonAsync($"/api/app/cases/{bounced.Id()}/transfer", new { role = "industry", bodyCode = "housing", reason = "不属于水利" })).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/app/cases/{once.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "不属于住建" })).EnsureSuccessStatusCode();

        var jointOffice = await host.As(CasesHost.JointOfficeClerk);
        var repeated = await jointOffice.GetFromJsonAsync<JsonElement>("/api/app/cases/transfers?minCount=2");

        var entry = repeated.EnumerateArray().Single(r => r.Case().Id() == bounced.Id());
        entry.Case().GetProperty("transferCount").GetInt32().ShouldBe(2);
        entry.GetProperty("transfers").EnumerateArray().Select(t => t.Str("toBodyCode")).ShouldBe(["water", "housing"]);
        repeated.EnumerateArray().Select(r => r.Case().Id()).ShouldNotContain(once.Id());
        var atLeastOnce = await jointOffice.GetFromJsonAsync<JsonElement>("/api/app/cases/transfers?minCount=1");
        atLeastOnce.EnumerateArray().Select(r => r.Case().Id()).ShouldContain(once.Id());
    }

    [Fact]
    public async Task Only_the_roles_owner_or_the_joint_office_transfers_and_others_do_not_even_see_the_case()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var transfer = new { role = "industry", bodyCode = "water", reason = "试图转办" };

        var transport = await host.As(CasesHost.TransportClerk);
        (await transport.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", transfer)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var town = await host.As(CasesHost.BainijingClerk);
        using var notTheirs = await town.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", transfer);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var jointOffice = await host.As(CasesHost.JointOfficeClerk);
        (await jointOffice.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", transfer)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"role\":\"industry\",\"bodyCode\":\"water\",\"reason\":\"\"}", "理由")]
    [InlineData("{\"role\":\"owner\",\"bodyCode\":\"water\",\"reason\":\"x\"}", "territorial")]
    [InlineData("{\"role\":\"industry\",\"bodyCode\":\"bainijing-town\",\"reason\":\"x\"}", "不能承担行业主管")]
    [InlineData("{\"role\":\"territorial\",\"bodyCode\":\"water\",\"reason\":\"x\"}", "只有当前承担属地责任的单位")]
    [InlineData("{\"role\":\"industry\",\"bodyCode\":\"housing\",\"reason\":\"x\"}", "无需转办")]
    public async Task A_bad_transfer_is_refused_and_changes_nothing(string body, string expected)
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var housing = await host.As(CasesHost.HousingClerk);

        using var response = await housing.PostAsync($"/api/app/cases/{opened.Id()}/transfer", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBeInRange(400, 409);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(expected);
        var reread = await housing.GetFromJsonAsync<JsonElement>($"/api/app/cases/{opened.Id()}");
        reread.Case().GetProperty("transferCount").GetInt32().ShouldBe(0);
        reread.Case().Assignee("industry").ShouldBe("housing");
    }

    [Fact]
    public async Task A_territorial_transfer_moves_the_territory_with_it()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var town = await host.As(CasesHost.BainijingClerk);

        using var response = await town.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", new { role = "territorial", bodyCode = "engebei-town", reason = "工地在恩格贝镇" });

        var detail = await CasesHost.ReadAsync<JsonElement>(response);
        detail.Case().Assignee("territorial").ShouldBe("engebei-town");
        detail.Case().Str("territoryCode").ShouldBe("150621105");
        (await host.InboxNumbersAsync(CasesHost.EngebeiClerk)).ShouldContain(opened.Str("number"));
    }
}
