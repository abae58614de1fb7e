using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Enforcement.Tests;

/// <summary>The standard roles of enforcement: HRSS proposes and orders, 发改 decides, the trading centre and housing only check, the police act on referrals.</summary>
public sealed class CreditRolesTests(EnforcementHost host) : IClassFixture<EnforcementHost>
{
    [Theory]
    [InlineData("失信名单提请人", new[] { "Dalad.Credit", "Dalad.Credit.Propose", "Dalad.Credit.Check" })]
    [InlineData("失信名单审定人", new[] { "Dalad.Credit", "Dalad.Credit.Decide", "Dalad.Credit.Check" })]
    [InlineData("信用核查员", new[] { "Dalad.Credit.Check" })]
    [InlineData("劳动保障监察员", new[] { "Dalad.Orders", "Dalad.Orders.Manage", "Dalad.Referrals", "Dalad.Referrals.Create", "Dalad.RevolvingFund", "Dalad.RevolvingFund.Request" })]
    [InlineData("公安办案人员", new[] { "Dalad.Referrals", "Dalad.Referrals.Handle" })]
    [InlineData("群体性事件处置员", new[] { "Dalad.Incidents", "Dalad.Incidents.Manage" })]
    [InlineData("网络舆情监测员", new[] { "Dalad.Incidents", "Dalad.Incidents.Opinion" })]
    [InlineData("公安处警人员", new[] { "Dalad.Incidents", "Dalad.Incidents.Manage", "Dalad.Incidents.Police" })]
    [InlineData("联合执法人员", new[] { "Dalad.Incidents", "Dalad.Incidents.Police" })]
    [InlineData("协查发起人", new[] { "Dalad.Assistance", "Dalad.Assistance.Create", "Dalad.ProtectedAccounts" })]
    [InlineData("协查承办人", new[] { "Dalad.Assistance", "Dalad.Assistance.Answer" })]
    [InlineData("账户核查员", new[] { "Dalad.ProtectedAccounts.Check" })]
    [InlineData("积案认定人", new[] { "Dalad.Backlog", "Dalad.Backlog.Flag" })]
    [InlineData("积案承办人", new[] { "Dalad.Backlog", "Dalad.Backlog.Handle" })]
    public async Task Each_credit_role_is_seeded_with_exactly_its_part(string role, string[] expected)
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var grants = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/permission-management/permissions?providerName=R&providerKey={Uri.EscapeDataString(role)}"));
        var granted = grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Where(p => p.GetProperty("isGranted").GetBoolean()).Select(p => p.GetProperty("name").GetString()!).ToList();
        granted.ShouldBe(expected, ignoreOrder: true);
    }
}
