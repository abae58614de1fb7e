using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

public sealed class PermissionManagementTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    private const string Url = "/api/permission-management/permissions";

    [Fact]
    public async Task The_role_dialog_lists_groups_with_localized_names_parents_and_the_roles_grants()
    {
        using var admin = await host.CreateClientAsAsync("admin");

        var result = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"{Url}?providerName=R&providerKey=admin"));

        result.GetProperty("entityDisplayName").GetString().ShouldBe("admin");
        var group = Group(result, "AbpIdentity");
        group.GetProperty("displayName").GetString().ShouldBe("用户与权限管理");
        group.GetProperty("displayNameKey").GetString().ShouldBe("Permission:IdentityManagement");
        group.GetProperty("displayNameResource").GetString().ShouldBe("AbpIdentity");

        var create = Permission(result, "AbpIdentity.Users.Create");
        create.GetProperty("displayName").GetString().ShouldBe("新建");
        create.GetProperty("parentName").GetString().ShouldBe("AbpIdentity.Users");
        create.GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        create.GetProperty("allowedProviders").GetArrayLength().ShouldBe(0);
        Providers(create).ShouldBe(["R:admin"]);
        Permission(result, "AbpIdentity.Users").GetProperty("parentName").ValueKind.ShouldBe(JsonValueKind.Null);
        Permission(result, "AbpIdentity.Users.Update.ManageRoles").GetProperty("parentName").GetString().ShouldBe("AbpIdentity.Users.Update");

        // Every module's permissions are there, e.g. the responsibility module's.
        Group(result, "Dalad.Responsibility").GetProperty("permissions").GetArrayLength().ShouldBeGreaterThan(0);

        var english = new HttpRequestMessage(HttpMethod.Get, $"{Url}?providerName=R&providerKey=admin");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den"); // the cookie ABP's UI sets when the user switches to English
        var inEnglish = await DaladHostFactory.ReadAsync<JsonElement>(await admin.SendAsync(english));
        Group(inEnglish, "AbpIdentity").GetProperty("displayName").GetString().ShouldBe("Users and permissions");
    }

    [Fact]
    public async Task The_user_dialog_shows_a_role_grant_as_granted_by_the_role_and_the_users_own_grant_as_theirs()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "viewer-role");
        await GrantAsync(admin, "R", "viewer-role", "Dalad.Responsibility");
        var userId = (await CreateUserAsync(admin, "dialog.user", new[] { "hrss" }, ["viewer-role"])).GetProperty("id").GetGuid().ToString();

        await GrantAsync(admin, "U", userId, IdentityPermissions.Users.Default);
        var result = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"{Url}?providerName=U&providerKey={userId}"));

        var inherited = Permission(result, "Dalad.Responsibility");
        inherited.GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        Providers(inherited).ShouldBe(["R:viewer-role"]);
        var own = Permission(result, IdentityPermissions.Users.Default);
        own.GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        Providers(own).ShouldBe([$"U:{userId}"]);
        var none = Permission(result, IdentityPermissions.Users.Delete);
        none.GetProperty("isGranted").GetBoolean().ShouldBeFalse();
        none.GetProperty("grantedProviders").GetArrayLength().ShouldBe(0);

        // Revoking on the user dialog removes only the user's own grant: the role still grants it.
        var revoke = await admin.PutAsJsonAsync($"{Url}?providerName=U&providerKey={userId}",
            new { permissions = new[] { new { name = "Dalad.Responsibility", isGranted = false } } });
        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"{Url}?providerName=U&providerKey={userId}"));
        Providers(Permission(after, "Dalad.Responsibility")).ShouldBe(["R:viewer-role"]);
    }

    [Fact]
    public async Task Put_grants_and_revokes_and_refuses_unknown_permissions_without_storing_anything()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "put-role");

        var granted = await admin.PutAsJsonAsync($"{Url}?providerName=R&providerKey=put-role", new
        {
            permissions = new[] { new { name = IdentityPermissions.Roles.Default, isGranted = true }, new { name = IdentityPermissions.Roles.Create, isGranted = true } },
        });
        granted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GrantedNamesAsync(admin, "R", "put-role")).ShouldBe([IdentityPermissions.Roles.Default, IdentityPermissions.Roles.Create], ignoreOrder: true);

        var refused = await admin.PutAsJsonAsync($"{Url}?providerName=R&providerKey=put-role", new
        {
            permissions = new[] { new { name = IdentityPermissions.Roles.Create, isGranted = false }, new { name = "No.Such.Permission", isGranted = true } },
        });
        var problem = await ProblemAsync(refused, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("权限“No.Such.Permission”不存在，未作任何修改。");
        (await GrantedNamesAsync(admin, "R", "put-role")).ShouldBe([IdentityPermissions.Roles.Default, IdentityPermissions.Roles.Create], ignoreOrder: true);

        var revoked = await admin.PutAsJsonAsync($"{Url}?providerName=R&providerKey=put-role",
            new { permissions = new[] { new { name = IdentityPermissions.Roles.Create, isGranted = false } } });
        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GrantedNamesAsync(admin, "R", "put-role")).ShouldBe([IdentityPermissions.Roles.Default]);
    }

    [Fact]
    public async Task A_permission_granted_to_a_user_reaches_their_cached_configuration_at_once_and_leaves_it_when_revoked()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var userId = (await CreateUserAsync(admin, "cache.user", new[] { "hrss" })).GetProperty("id").GetGuid().ToString();
        using var user = await host.CreateClientAsAsync("cache.user");
        (await GrantedPoliciesAsync(user)).ShouldNotContain(IdentityPermissions.Roles.Default);
        (await user.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await GrantAsync(admin, "U", userId, IdentityPermissions.Roles.Default);

        (await GrantedPoliciesAsync(user)).ShouldContain(IdentityPermissions.Roles.Default);
        (await user.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await admin.PutAsJsonAsync($"{Url}?providerName=U&providerKey={userId}",
            new { permissions = new[] { new { name = IdentityPermissions.Roles.Default, isGranted = false } } });
        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await GrantedPoliciesAsync(user)).ShouldNotContain(IdentityPermissions.Roles.Default);
        (await user.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_role_given_to_a_user_reaches_their_cached_configuration_at_once()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "cache-role");
        await GrantAsync(admin, "R", "cache-role", IdentityPermissions.Users.Default);
        var userId = (await CreateUserAsync(admin, "cache.role.user", new[] { "hrss" })).GetProperty("id").GetGuid();
        using var user = await host.CreateClientAsAsync("cache.role.user");
        (await GrantedPoliciesAsync(user)).ShouldNotContain(IdentityPermissions.Users.Default);

        (await admin.PutAsJsonAsync($"/api/identity/users/{userId}/roles", new { roleNames = new[] { "cache-role" } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await GrantedPoliciesAsync(user)).ShouldContain(IdentityPermissions.Users.Default);
    }

    [Fact]
    public async Task Managing_grants_needs_the_providers_manage_permission()
    {
        await host.CreateUserAsync("role.perm.manager", ["hrss"], [IdentityPermissions.Roles.Default, IdentityPermissions.Roles.ManagePermissions]);
        using var manager = await host.CreateClientAsAsync("role.perm.manager");
        using var admin = await host.CreateClientAsAsync("admin");
        var adminId = (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/by-username/admin"))).GetProperty("id").GetGuid();

        (await manager.GetAsync($"{Url}?providerName=R&providerKey=admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.GetAsync($"{Url}?providerName=U&providerKey={adminId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync($"{Url}?providerName=U&providerKey={adminId}", new { permissions = new[] { new { name = "nonsense", isGranted = true } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(await manager.GetAsync($"{Url}?providerName=C&providerKey=x"), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!.ShouldContain("授权对象类型“C”无效");
        (await manager.GetAsync($"{Url}?providerName=R&providerKey=no-such-role")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static JsonElement Group(JsonElement result, string name) =>
        result.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("name").GetString() == name);

    private static JsonElement Permission(JsonElement result, string name) =>
        result.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray()).Single(p => p.GetProperty("name").GetString() == name);

    private static string[] Providers(JsonElement permission) =>
        permission.GetProperty("grantedProviders").EnumerateArray()
            .Select(p => p.GetProperty("providerName").GetString() + ":" + p.GetProperty("providerKey").GetString()).ToArray();

    private static async Task<string[]> GrantedNamesAsync(HttpClient client, string providerName, string providerKey)
    {
        var result = await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync($"{Url}?providerName={providerName}&providerKey={providerKey}"));
        return result.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Where(p => p.GetProperty("isGranted").GetBoolean()).Select(p => p.GetProperty("name").GetString()!).ToArray();
    }
}
