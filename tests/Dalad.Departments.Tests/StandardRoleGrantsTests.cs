using System.Net;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>The host as scripts/run.sh starts it: every department plugin and the demo accounts.</summary>
public sealed class DemoDepartmentsHost : DepartmentsHost
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Identity:DemoUsers", "true");
}

/// <summary>What each standard role may do, as seeded on a fresh installation with every plugin loaded; and that a
/// clerk's first screen, its own body's register, opens.</summary>
public sealed class StandardRoleGrantsTests(DemoDepartmentsHost host) : IClassFixture<DemoDepartmentsHost>
{
    private static readonly string[] Registers = ["Housing", "Transport", "Water", "Energy", "Forestry", "DevelopmentZones", "Townships"];

    /// <summary>Role × permission: true = granted, false = not.</summary>
    public static TheoryData<string, string, bool> Table()
    {
        var table = new TheoryData<string, string, bool>
        {
            { "受理员", "Dalad.Leads", true }, { "受理员", "Dalad.Leads.Create", true }, { "受理员", "Dalad.Leads.Dispatch", true },
            { "受理员", "Dalad.Cases", false }, { "受理员", "Dalad.Housing", false }, { "受理员", "Dalad.Search", true },
            { "承办人", "Dalad.Cases", true }, { "承办人", "Dalad.Leads", false }, { "承办人", "Dalad.Cases.Visit", false },
            { "承办人", "Dalad.Search", true }, { "承办人", "Dalad.Calendar.Manage", false },
            { "督办员", "Dalad.Cases", true }, { "督办员", "Dalad.Cases.Visit", true }, { "督办员", "Dalad.Cases.ApproveExtension", true },
            { "督办员", "Dalad.Calendar.Manage", true }, { "督办员", "Dalad.Leads.Create", false }, { "督办员", "Dalad.Housing.Manage", false },
            // The joint office out of the box (issue 18 item 8): the matrix, the leads and their statistics, the board.
            { "督办员", "Dalad.Responsibility.Manage", true }, { "督办员", "Dalad.Leads", true }, { "督办员", "Dalad.Leads.Statistics", true },
            { "督办员", "Dalad.Leads.Dispatch", false }, { "受理员", "Dalad.Leads.Statistics", true }, { "承办人", "Dalad.Leads.Statistics", false },
        };
        foreach (var register in Registers)
        {
            // A clerk reads and keeps its own body's register; the data scope keeps it to that body.
            table.Add("承办人", "Dalad." + register, true);
            table.Add("承办人", "Dalad." + register + ".Manage", true);
            // The joint office reads every body's register, and keeps none.
            table.Add("督办员", "Dalad." + register, true);
        }
        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_standard_role_is_seeded_with_what_its_work_needs(string role, string permission, bool granted)
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var grants = await admin.GetJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={Uri.EscapeDataString(role)}");
        var names = grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Where(p => p.GetProperty("isGranted").GetBoolean()).Select(p => p.GetProperty("name").GetString()).ToList();
        names.Contains(permission).ShouldBe(granted, $"{role} × {permission}");
    }

    [Theory]
    [InlineData("housing", "housing", "housing")]
    [InlineData("bainijing", "bainijing-town", "townships")]
    [InlineData("transport", "transport", "transport")]
    public async Task A_clerk_lands_on_its_body_s_register_and_sees_no_other_body_s_entries(string userName, string body, string register)
    {
        using var clerk = await host.CreateClientAsAsync(userName);
        var workspaces = (await clerk.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().Select(w => (w.Str("bodyCode"), w.Str("workspace"))).ToList();
        workspaces.ShouldBe([(body, register)]);
        (await clerk.GetAsync(Http.Register(register))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another body's register answers, but empty of that body's entries: the data scope, not the permission, draws the line.
        using var admin = await host.CreateClientAsAsync("admin");
        var other = register == "housing" ? "transport" : "housing";
        var name = "其他单位登记" + userName;
        await admin.PostJsonAsync(Http.Register(other), new { kind = other == "housing" ? "project" : "freight-operator", name });
        (await admin.GetJsonAsync(Http.Register(other) + "?filter=" + Uri.EscapeDataString(name))).GetProperty("totalCount").GetInt64().ShouldBe(1);
        var page = await clerk.GetJsonAsync(Http.Register(other) + "?filter=" + Uri.EscapeDataString(name));
        page.GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

}
