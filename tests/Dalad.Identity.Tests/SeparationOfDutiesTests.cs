using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

/// <summary>Issue 15, finding 1: system administration, security administration and audit are separate duties (三权分立).</summary>
public sealed class SeparationOfDutiesTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    private static readonly string[] Identity =
    [
        "AbpIdentity.Users", "AbpIdentity.Users.Create", "AbpIdentity.Users.Update", "AbpIdentity.Users.Update.ManageRoles", "AbpIdentity.Users.Delete",
        "AbpIdentity.Users.ManagePermissions", "AbpIdentity.Roles", "AbpIdentity.Roles.Create", "AbpIdentity.Roles.Update", "AbpIdentity.Roles.Delete",
        "AbpIdentity.Roles.ManagePermissions", "AbpIdentity.UserLookup",
    ];

    /// <summary>The role × permission table of the administrative roles, as seeded.</summary>
    public static TheoryData<string, string[]> Table => new()
    {
        { "系统管理员", ["Dalad.Responsibility", "Dalad.Responsibility.Manage", "Dalad.Calendar", "Dalad.Calendar.Manage", "Dalad.Search", "Dalad.Search.Rebuild"] },
        { "安全管理员", Identity },
        { "审计员", ["Dalad.AuditLog"] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_administrative_role_holds_exactly_its_duty(string role, string[] expected)
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await StandardRolesTests.GrantedAsync(admin, role)).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task No_seeded_working_or_administrative_role_combines_two_duties()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        foreach (var role in new[] { "受理员", "承办人", "督办员", "系统管理员", "安全管理员", "审计员" })
        {
            var granted = await StandardRolesTests.GrantedAsync(admin, role);
            var duties = new[]
            {
                granted.Any(p => p.StartsWith("AbpIdentity.", StringComparison.Ordinal)),
                granted.Contains("Dalad.AuditLog"),
                granted.Contains("Dalad.Responsibility.Manage") || granted.Contains("Dalad.Search.Rebuild"),
            };
            duties.Count(d => d).ShouldBeLessThanOrEqualTo(1, role);
        }
    }

    [Fact]
    public async Task The_audit_reader_reads_the_audit_log_and_changes_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var created = await CreateUserAsync(admin, "audited.one", new[] { "hrss" });
        await CreateUserAsync(admin, "auditor1", new[] { "joint-office" }, ["审计员"]);
        await CreateUserAsync(admin, "secadmin1", new[] { "joint-office" }, ["安全管理员"]);
        using var auditor = await host.CreateClientAsAsync("auditor1");

        var log = await DaladHostFactory.ReadAsync<JsonElement>(await auditor.GetAsync("/api/app/audit-log?entityType=AppUser&maxResultCount=200"));
        log.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("entityId").GetString() == created.GetProperty("id").GetString()
            && e.GetProperty("action").GetString() == "Added" && e.GetProperty("userName").GetString() == "admin");

        var id = created.GetProperty("id").GetGuid();
        (await auditor.PutAsJsonAsync($"/api/identity/users/{id}", NewUser("audited.one", new[] { "hrss" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.DeleteAsync($"/api/identity/users/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostAsJsonAsync("/api/identity/users", NewUser("by.auditor", new[] { "hrss" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostAsJsonAsync("/api/identity/roles", new { name = "by-auditor" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PutAsJsonAsync($"/api/permission-management/permissions?providerName=U&providerKey={id}", new { permissions = new[] { new { name = "Dalad.Cases", isGranted = true } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The security administrator manages users but neither reads the audit log nor touches the auditor or the administrator.
        using var security = await host.CreateClientAsAsync("secadmin1");
        (await security.GetAsync("/api/app/audit-log")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var auditorId = (await DaladHostFactory.ReadAsync<JsonElement>(await security.GetAsync("/api/identity/users/by-username/auditor1"))).GetProperty("id").GetGuid();
        (await security.DeleteAsync($"/api/identity/users/{auditorId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var caseworker = await CreateUserAsync(security, "made.by.security", new[] { "hrss" }, ["承办人"]);
        caseworker.GetProperty("userName").GetString().ShouldBe("made.by.security");
    }
}
