using System.Net;
using System.Text.Json;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Identity.Tests;

/// <summary>The host with Identity:DemoUsers on, as scripts/run.sh starts it.</summary>
public sealed class DemoHostFactory : DaladHostFactory
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Identity:DemoUsers", "true");
}

public sealed class StandardRolesTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task The_working_roles_exist_with_their_grants_and_no_demo_account_exists_unless_asked_for()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await GrantedAsync(admin, "受理员")).ShouldBe(
            ["Dalad.Calendar", "Dalad.Leads", "Dalad.Leads.Create", "Dalad.Leads.Dispatch", "Dalad.Leads.Import", "Dalad.Leads.Statistics", "Dalad.Responsibility", "Dalad.Search"],
            ignoreOrder: true);
        (await GrantedAsync(admin, "承办人")).ShouldBe(["Dalad.Calendar", "Dalad.Cases", "Dalad.Responsibility", "Dalad.Search",
            "Dalad.Projects", "Dalad.Projects.Manage", "Dalad.Warnings", "Dalad.Warnings.Handle", "Dalad.Oversight", "Dalad.Oversight.Answer"], ignoreOrder: true);
        var supervisor = await GrantedAsync(admin, "督办员");
        supervisor.ShouldContain("Dalad.Cases.Visit");
        supervisor.ShouldContain("Dalad.Cases.ApproveExtension");
        supervisor.ShouldContain("Dalad.Calendar.Manage");
        supervisor.ShouldContain("Dalad.Oversight.Supervise");
        supervisor.ShouldContain("Dalad.Oversight.MonthlyReports");
        // The discipline commission reads the monthly reports and the cases they name; Dalad.Oversight opens the area (its figures are scoped to its own body: none).
        (await GrantedAsync(admin, "纪检监察员")).ShouldBe(["Dalad.Oversight", "Dalad.Oversight.MonthlyReports"], ignoreOrder: true);
        supervisor.ShouldContain("Dalad.Oversight.Assess");
        supervisor.ShouldContain("Dalad.Oversight.Draw");
        supervisor.ShouldContain("Dalad.Leads.Statistics");
        supervisor.ShouldNotContain("Dalad.Leads.Create");
        // The police see referrals and act on them; they neither decide listings nor issue orders.
        (await GrantedAsync(admin, "公安办案人员")).ShouldBe(["Dalad.Referrals", "Dalad.Referrals.Handle"], ignoreOrder: true);
        // HRSS compiles and approves the quarterly disclosure; finance keeps the revolving fund, the inspectors request advances.
        (await GrantedAsync(admin, "季度公开审核人")).ShouldBe(["Dalad.Disclosures", "Dalad.Disclosures.Compile", "Dalad.Disclosures.Approve"], ignoreOrder: true);
        (await GrantedAsync(admin, "周转金管理员")).ShouldBe(["Dalad.RevolvingFund", "Dalad.RevolvingFund.Manage"], ignoreOrder: true);
        (await GrantedAsync(admin, "劳动保障监察员")).ShouldContain("Dalad.RevolvingFund.Request");
        (await GrantedAsync(admin, "劳动保障监察员")).ShouldNotContain("Dalad.RevolvingFund.Manage");
        // Minimum necessity (issue 15, finding 4): no working role sees full phone and ID numbers by default.
        foreach (var role in new[] { "受理员", "承办人", "督办员" }) (await GrantedAsync(admin, role)).ShouldNotContain("Dalad.PersonalData");

        using var client = host.CreateClient();
        using var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Dalad_App", ["username"] = "operator", ["password"] = DaladHostFactory.AdminPassword,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    internal static async Task<List<string>> GrantedAsync(HttpClient admin, string role)
    {
        var grants = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/permission-management/permissions?providerName=R&providerKey={Uri.EscapeDataString(role)}"));
        return [.. grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Where(p => p.GetProperty("isGranted").GetBoolean()).Select(p => p.GetProperty("name").GetString()!)];
    }
}

public sealed class DemoUsersTests(DemoHostFactory host) : IClassFixture<DemoHostFactory>
{
    [Theory]
    [InlineData("operator", "data-12345", "Dalad.Leads.Create", "Dalad.Cases")]
    [InlineData("housing", "housing", "Dalad.Cases", "Dalad.Leads.Create")]
    [InlineData("bainijing", "bainijing-town", "Dalad.Cases", "Dalad.Cases.Visit")]
    [InlineData("supervisor", "joint-office", "Dalad.Cases.Visit", "Dalad.Leads.Create")]
    [InlineData("hrss", "hrss", "Dalad.Orders.Manage", "Dalad.Referrals.Handle")]
    [InlineData("hrss", "hrss", "Dalad.Credit.Propose", "Dalad.Credit.Decide")]
    [InlineData("police", "police", "Dalad.Referrals.Handle", "Dalad.Orders")]
    [InlineData("hrss", "hrss", "Dalad.Assistance.Create", "Dalad.Assistance.Answer")]
    [InlineData("police", "police", "Dalad.Assistance.Answer", "Dalad.Assistance.Create")]
    [InlineData("fgw", "drc", "Dalad.Credit.Decide", "Dalad.Credit.Propose")]
    [InlineData("jyzx", "ggzy", "Dalad.Credit.Check", "Dalad.Credit")]
    [InlineData("discipline", "discipline", "Dalad.Oversight.MonthlyReports", "Dalad.Oversight.Supervise")]
    [InlineData("hrss", "hrss", "Dalad.Disclosures.Approve", "Dalad.RevolvingFund.Manage")]
    [InlineData("finance", "finance", "Dalad.RevolvingFund.Manage", "Dalad.RevolvingFund.Request")]
    [InlineData("hrss", "hrss", "Dalad.Backlog.Flag", "Dalad.Backlog.Handle")]
    [InlineData("justice", "justice", "Dalad.Backlog.Handle", "Dalad.Backlog.Flag")]
    [InlineData("incident", "joint-office", "Dalad.Incidents.Manage", "Dalad.Incidents.Opinion")]
    [InlineData("incident", "joint-office", "Dalad.Incidents.Police", "Dalad.Cases")]
    public async Task Each_demo_account_signs_in_in_its_body_with_its_role_s_permissions(string userName, string body, string granted, string notGranted)
    {
        using var user = await host.CreateClientAsAsync(userName);
        var configuration = await DaladHostFactory.ReadAsync<JsonElement>(await user.GetAsync("/api/abp/application-configuration"));
        var policies = configuration.GetProperty("auth").GetProperty("grantedPolicies");
        policies.TryGetProperty(granted, out _).ShouldBeTrue();
        policies.TryGetProperty(notGranted, out _).ShouldBeFalse();
        var workspaces = await DaladHostFactory.ReadAsync<JsonElement>(await user.GetAsync("/api/app/workspaces/mine"));
        workspaces.EnumerateArray().Select(w => w.GetProperty("bodyCode").GetString()).ShouldBe([body]);
    }
}
