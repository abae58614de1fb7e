using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

/// <summary>Issue 15, finding 1: a user manager must not take over the administrator or widen his own reach.</summary>
public sealed class AdminTakeoverTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    private const string NewPassword = "Takeover-9x!";

    private static object Update(JsonElement user, string? password = null, bool? isActive = null, object? bodyCodes = null, string[]? roleNames = null) => new
    {
        userName = user.GetProperty("userName").GetString(),
        name = user.GetProperty("name").GetString(),
        email = user.GetProperty("email").GetString() ?? user.GetProperty("userName").GetString() + "@dalad.test",
        isActive = isActive ?? user.GetProperty("isActive").GetBoolean(),
        lockoutEnabled = user.GetProperty("lockoutEnabled").GetBoolean(),
        password,
        roleNames,
        concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
        extraProperties = bodyCodes is null ? null : new Dictionary<string, object> { ["BodyCodes"] = bodyCodes },
    };

    private async Task<JsonElement> UserAsync(HttpClient client, string userName) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync($"/api/identity/users/by-username/{userName}"));

    [Fact]
    public async Task A_user_manager_cannot_reset_the_admins_password_nor_deactivate_him()
    {
        await host.CreateUserAsync("usermgr1", ["hrss"], ["AbpIdentity.Users", "AbpIdentity.Users.Update"]);
        using var manager = await host.CreateClientAsAsync("usermgr1");
        var admin = await UserAsync(manager, "admin");

        var reset = await manager.PutAsJsonAsync($"/api/identity/users/{admin.GetProperty("id").GetGuid()}", Update(admin, password: NewPassword));
        (await ProblemAsync(reset, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("不具备");
        var deactivate = await manager.PutAsJsonAsync($"/api/identity/users/{admin.GetProperty("id").GetGuid()}", Update(admin, isActive: false));
        await ProblemAsync(deactivate, HttpStatusCode.Forbidden);

        // The admin's password and state are unchanged: he still signs in with his own password, the manager cannot.
        using var client = host.CreateClient();
        (await host.GetTokenAsync("admin")).ShouldNotBeNullOrEmpty();
        (await TokenStatusAsync(client, "admin", NewPassword)).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Nobody_changes_his_own_bodies_or_roles()
    {
        await host.CreateUserAsync("usermgr2", ["hrss"], ["AbpIdentity.Users", "AbpIdentity.Users.Update", "AbpIdentity.Users.Update.ManageRoles"]);
        using var manager = await host.CreateClientAsAsync("usermgr2");
        var self = await UserAsync(manager, "usermgr2");
        var id = self.GetProperty("id").GetGuid();

        var joinOffice = await manager.PutAsJsonAsync($"/api/identity/users/{id}", Update(self, bodyCodes: new[] { "hrss", "joint-office" }));
        await ProblemAsync(joinOffice, HttpStatusCode.Forbidden);
        var ownRoles = await manager.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roleNames = new[] { "admin" } });
        await ProblemAsync(ownRoles, HttpStatusCode.Forbidden);
        var ownGrants = await manager.PutAsJsonAsync($"/api/permission-management/permissions?providerName=U&providerKey={id}",
            new { permissions = new[] { new { name = "Dalad.Cases", isGranted = true } } });
        ownGrants.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var admin = await host.CreateClientAsAsync("admin");
        BodyCodes(await UserAsync(admin, "usermgr2")).ShouldBe(["hrss"]);
        (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}/roles"))).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_user_manager_cannot_give_a_role_or_a_grant_holding_more_than_he_holds()
    {
        await host.CreateUserAsync("usermgr3", ["hrss"], ["AbpIdentity.Users", "AbpIdentity.Users.Update", "AbpIdentity.Users.Update.ManageRoles", "AbpIdentity.Users.ManagePermissions"]);
        using var admin = await host.CreateClientAsAsync("admin");
        var helper = await CreateUserAsync(admin, "helper3", new[] { "hrss" });
        using var manager = await host.CreateClientAsAsync("usermgr3");

        var toAdmin = await manager.PutAsJsonAsync($"/api/identity/users/{helper.GetProperty("id").GetGuid()}/roles", new { roleNames = new[] { "admin" } });
        await ProblemAsync(toAdmin, HttpStatusCode.Forbidden);
        var grant = await manager.PutAsJsonAsync($"/api/permission-management/permissions?providerName=U&providerKey={helper.GetProperty("id").GetGuid()}",
            new { permissions = new[] { new { name = "AbpIdentity.Roles.ManagePermissions", isGranted = true } } });
        await ProblemAsync(grant, HttpStatusCode.Forbidden);
        // Outside his own bodies he places nobody: the joint office sees every body's cases.
        var toOffice = await manager.PutAsJsonAsync($"/api/identity/users/{helper.GetProperty("id").GetGuid()}",
            Update(await UserAsync(manager, "helper3"), bodyCodes: new[] { "joint-office" }));
        await ProblemAsync(toOffice, HttpStatusCode.Forbidden);

        (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{helper.GetProperty("id").GetGuid()}/roles"))).GetProperty("items").GetArrayLength().ShouldBe(0);
        BodyCodes(await UserAsync(admin, "helper3")).ShouldBe(["hrss"]);
    }

    /// <summary>
    /// The user form's multi-select (issue 11, item 6) sends every chosen body as an array on each save. A manager with
    /// two bodies gives a helper both, then takes one away; saving his own form with his bodies unchanged (in another
    /// order) is no change of his own memberships.
    /// </summary>
    [Fact]
    public async Task The_user_form_gives_several_bodies_within_the_managers_own_and_resaves_his_own_unchanged()
    {
        await host.CreateUserAsync("usermgr5", ["hrss", "housing"], ["AbpIdentity.Users", "AbpIdentity.Users.Create", "AbpIdentity.Users.Update"]);
        using var manager = await host.CreateClientAsAsync("usermgr5");

        var helper = await CreateUserAsync(manager, "helper5", new[] { "housing", "hrss" });
        BodyCodes(helper).ShouldBe(["housing", "hrss"]);
        var id = helper.GetProperty("id").GetGuid();
        var narrowed = await DaladHostFactory.ReadAsync<JsonElement>(await manager.PutAsJsonAsync($"/api/identity/users/{id}",
            Update(await UserAsync(manager, "helper5"), bodyCodes: new[] { "hrss" })));
        BodyCodes(narrowed).ShouldBe(["hrss"]);
        // A third body outside his own is refused, and the helper keeps what he had.
        var wider = await manager.PutAsJsonAsync($"/api/identity/users/{id}",
            Update(await UserAsync(manager, "helper5"), bodyCodes: new[] { "hrss", "transport" }));
        await ProblemAsync(wider, HttpStatusCode.Forbidden);

        var self = await UserAsync(manager, "usermgr5");
        var resaved = await manager.PutAsJsonAsync($"/api/identity/users/{self.GetProperty("id").GetGuid()}", Update(self, bodyCodes: new[] { "housing", "hrss" }.Reverse().ToArray()));
        resaved.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await host.CreateClientAsAsync("admin");
        BodyCodes(await UserAsync(admin, "helper5")).ShouldBe(["hrss"]);
        BodyCodes(await UserAsync(admin, "usermgr5")).ShouldBe(["housing", "hrss"]);
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_deactivated_locked_or_demoted()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var all = (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/abp/application-configuration"))).GetProperty("auth").GetProperty("grantedPolicies")
            .EnumerateObject().Select(p => p.Name).ToArray();
        // Someone holding every permission himself, but not the administrator role.
        await host.CreateUserAsync("root4", ["joint-office"], all);
        using var root = await host.CreateClientAsAsync("root4");
        var target = await UserAsync(root, "admin");
        var id = target.GetProperty("id").GetGuid();

        (await ProblemAsync(await root.PutAsJsonAsync($"/api/identity/users/{id}", Update(target, isActive: false)), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!.ShouldContain("最后一个");
        (await ProblemAsync(await root.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roleNames = Array.Empty<string>() }), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!.ShouldContain("最后一个");
        (await UserAsync(admin, "admin")).GetProperty("isActive").GetBoolean().ShouldBeTrue();

        // An administrator who is not the last may be deactivated.
        var second = await CreateUserAsync(admin, "admin4b", new[] { "joint-office" }, ["admin"]);
        var deactivated = await root.PutAsJsonAsync($"/api/identity/users/{second.GetProperty("id").GetGuid()}", Update(second, isActive: false));
        deactivated.StatusCode.ShouldBe(HttpStatusCode.OK, await deactivated.Content.ReadAsStringAsync());
    }

    internal static async Task<HttpStatusCode> TokenStatusAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Dalad_App", ["username"] = userName, ["password"] = password,
        }));
        return response.StatusCode;
    }
}
