using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Application;
using Dalad.Search;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Full-text search over leads and cases finds only what the caller may see.</summary>
public sealed class SearchTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_body_finds_its_own_cases_and_not_another_bodys_while_the_joint_office_finds_both()
    {
        var construction = (await host.OpenConstructionCaseAsync()).Case();
        var reclamation = (await host.ConfirmAsync((await host.RegisterAsync(CasesHost.Reclamation())).Id())).Case();

        var housingHits = await SearchAsync(CasesHost.HousingClerk, "cases", "拖欠工资");
        housingHits.ShouldContain(construction.Id());
        housingHits.ShouldNotContain(reclamation.Id());

        var natresHits = await SearchAsync(CasesHost.NatresClerk, "cases", "工资");
        natresHits.ShouldNotContain(construction.Id());
        (await SearchAsync(CasesHost.NatresClerk, "cases", "推土机")).ShouldContain(reclamation.Id());

        var jointOffice = await SearchAsync(CasesHost.JointOfficeClerk, "cases", "工资");
        jointOffice.ShouldContain(construction.Id());
        jointOffice.ShouldContain(reclamation.Id());

        (await SearchAsync(CasesHost.TransportClerk, "cases", "工资")).ShouldNotContain(construction.Id());
    }

    [Fact]
    public async Task Leads_are_found_by_their_desk_and_by_their_cases_owners()
    {
        var pending = await host.RegisterAsync(CasesHost.Reclamation());
        var dispatched = await host.RegisterAsync(CasesHost.Construction());
        await host.ConfirmAsync(dispatched.Id());

        var desk = await SearchAsync(CasesHost.Operator, "leads", "工资");
        desk.ShouldContain(pending.Id());
        desk.ShouldContain(dispatched.Id());

        var housing = await SearchAsync(CasesHost.HousingClerk, "leads", "钢筋工");
        housing.ShouldContain(dispatched.Id());
        (await SearchAsync(CasesHost.HousingClerk, "leads", "推土机")).ShouldNotContain(pending.Id());
        (await SearchAsync(CasesHost.TransportClerk, "leads", "钢筋工")).ShouldNotContain(dispatched.Id());
    }

    [Fact]
    public async Task A_transferred_case_is_found_by_its_new_owner_only()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var housing = await host.As(CasesHost.HousingClerk);
        (await housing.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "水利工程" })).EnsureSuccessStatusCode();

        (await SearchAsync(CasesHost.WaterClerk, "cases", opened.Str("number"))).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.HousingClerk, "cases", opened.Str("number"))).ShouldNotContain(opened.Id());
    }

    [Fact]
    public async Task A_stale_index_is_rebuilt_from_the_database()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var search = host.Services.GetRequiredService<IFullTextSearch>();
        await search.ReplaceAllAsync("cases", []);
        await search.ReplaceAllAsync("leads", []);
        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", "钢筋工")).ShouldNotContain(opened.Id());

        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<Dalad.Platform.Security.DataScope>().BeginSystemScope();
            await scope.ServiceProvider.GetRequiredService<CaseSearchIndex>().RebuildStaleAsync(CancellationToken.None);
        }

        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", "钢筋工")).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.HousingClerk, "cases", "钢筋工")).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.TransportClerk, "cases", "钢筋工")).ShouldNotContain(opened.Id());
    }

    [Fact]
    public async Task A_hit_names_the_case_it_opens_and_the_filters_narrow_by_status_body_and_day()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var pending = await host.RegisterAsync(CasesHost.Reclamation());
        var client = await host.As(CasesHost.JointOfficeClerk);
        async Task<List<JsonElement>> Hits(string query) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/app/search?max=100&" + query)).GetProperty("items").EnumerateArray().ToList();

        var hit = (await Hits("in=cases&q=钢筋工")).Single(h => h.Id() == opened.Id());
        hit.GetProperty("caseId").GetGuid().ShouldBe(opened.Id());
        hit.Str("at").ShouldEndWith("+08:00");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

        (await Hits($"in=cases&q=钢筋工&status={opened.Str("status")}&bodyCode=housing&from={today}&to={today}")).Select(h => h.Id()).ShouldContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&status=closed")).Select(h => h.Id()).ShouldNotContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&bodyCode=transport")).Select(h => h.Id()).ShouldNotContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&to=2020-01-01")).Select(h => h.Id()).ShouldNotContain(opened.Id());

        // A pending lead has no case yet; its desk's body finds it, another body's filter does not.
        var lead = (await Hits("in=leads&q=推土机&status=pending&bodyCode=data-12345")).Single(h => h.Id() == pending.Id());
        lead.GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Hits("in=leads&q=推土机&bodyCode=housing")).Select(h => h.Id()).ShouldNotContain(pending.Id());
    }

    [Theory]
    [InlineData("/api/app/search?q=工资&in=users", "cases")]
    [InlineData("/api/app/search?q=&in=cases", "检索内容")]
    public async Task Bad_search_requests_are_refused(string url, string expected)
    {
        var client = await host.As(CasesHost.JointOfficeClerk);
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(expected);
    }

    private async Task<List<Guid>> SearchAsync(string user, string index, string query)
    {
        var client = await host.As(user);
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/app/search?in={index}&max=100&q={Uri.EscapeDataString(query)}");
        return result.GetProperty("items").EnumerateArray().Select(h => h.Id()).ToList();
    }
}
