using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

public sealed class RoleApiTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task Roles_are_listed_created_renamed_with_their_grants_and_deleted()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var role = await CreateRoleAsync(admin, "town-officer");
        var id = role.GetProperty("id").GetGuid();
        role.GetProperty("isStatic").GetBoolean().ShouldBeFalse();
        await GrantAsync(admin, "R", "town-officer", "Dalad.Responsibility");

        var list = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/roles?filter=TOWN&maxResultCount=10"));
        list.GetProperty("totalCount").GetInt64().ShouldBe(1);
        var all = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/roles/all"));
        all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("town-officer");

        var renamed = await DaladHostFactory.ReadAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/identity/roles/{id}",
            new { name = "township-officer", isDefault = false, isPublic = true, concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() }));
        renamed.GetProperty("name").GetString().ShouldBe("township-officer");
        var grants = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/permission-management/permissions?providerName=R&providerKey=township-officer"));
        grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == "Dalad.Responsibility").GetProperty("isGranted").GetBoolean().ShouldBeTrue();

        var stale = await admin.PutAsJsonAsync($"/api/identity/roles/{id}",
            new { name = "other-name", isDefault = false, isPublic = true, concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });
        await ProblemAsync(stale, HttpStatusCode.Conflict);

        (await admin.DeleteAsync($"/api/identity/roles/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/identity/roles/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_static_admin_role_can_be_neither_renamed_nor_deleted_and_duplicates_are_refused()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var adminRole = (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/roles/all")))
            .GetProperty("items").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "admin");
        adminRole.GetProperty("isStatic").GetBoolean().ShouldBeTrue();
        var id = adminRole.GetProperty("id").GetGuid();

        (await ProblemAsync(await admin.DeleteAsync($"/api/identity/roles/{id}"), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("内置角色不能删除。");
        (await ProblemAsync(await admin.PutAsJsonAsync($"/api/identity/roles/{id}", new { name = "boss", isDefault = false, isPublic = true }), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("内置角色不能改名。");
        (await ProblemAsync(await admin.PostAsJsonAsync("/api/identity/roles", new { name = "ADMIN", isDefault = false, isPublic = true }), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("角色名称“ADMIN”已存在。");
        (await ProblemAsync(await admin.PostAsJsonAsync("/api/identity/roles", new { name = "", isDefault = false, isPublic = true }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_a_role_takes_it_and_its_permissions_from_its_users()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var role = await CreateRoleAsync(admin, "temporary-role");
        await GrantAsync(admin, "R", "temporary-role", IdentityPermissions.Users.Default);
        var userId = (await CreateUserAsync(admin, "temp.role.user", new[] { "hrss" }, ["temporary-role"])).GetProperty("id").GetGuid();
        using var user = await host.CreateClientAsAsync("temp.role.user");
        (await GrantedPoliciesAsync(user)).ShouldContain(IdentityPermissions.Users.Default);

        (await admin.DeleteAsync($"/api/identity/roles/{role.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await GrantedPoliciesAsync(user)).ShouldNotContain(IdentityPermissions.Users.Default);
        var roles = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{userId}/roles"));
        roles.GetProperty("items").GetArrayLength().ShouldBe(0);
        // A new role of the same name does not inherit the old grants.
        await CreateRoleAsync(admin, "temporary-role");
        var grants = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/permission-management/permissions?providerName=R&providerKey=temporary-role"));
        grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Any(p => p.GetProperty("isGranted").GetBoolean()).ShouldBeFalse();
    }
}
