using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Data;
using Dalad.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

public sealed class UserApiTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task The_user_list_filters_sorts_and_pages_like_abp()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        foreach (var name in new[] { "page-c", "page-a", "page-b", "other-x" })
            await CreateUserAsync(admin, name, new[] { "hrss" });

        var page = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users?Filter=page-&Sorting=userName asc&SkipCount=1&MaxResultCount=1"));

        page.GetProperty("totalCount").GetInt64().ShouldBe(3);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(1);
        items[0].GetProperty("userName").GetString().ShouldBe("page-b");

        var descending = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users?filter=PAGE-&sorting=userName desc"));
        descending.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["page-c", "page-b", "page-a"]);
    }

    [Fact]
    public async Task Bad_paging_or_sorting_is_refused_with_a_localized_problem()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await ProblemAsync(await admin.GetAsync("/api/identity/users?MaxResultCount=5000"), HttpStatusCode.BadRequest))
            .GetProperty("title").GetString().ShouldBe("输入的数据未通过校验");
        (await ProblemAsync(await admin.GetAsync("/api/identity/users?Sorting=passwordHash asc"), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("排序条件“passwordHash asc”无效。");
    }

    [Fact]
    public async Task A_user_is_created_with_bodies_and_roles_and_answers_in_abp_shape()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "caseworker-create");

        var created = await CreateUserAsync(admin, "zhang.wei", new[] { "housing", "hrss" }, ["caseworker-create"]);

        created.GetProperty("userName").GetString().ShouldBe("zhang.wei");
        created.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        created.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();
        BodyCodes(created).ShouldBe(["housing", "hrss"]);
        created.GetProperty("extraProperties").GetProperty("BodyCodes_Text").GetString().ShouldBe("旗住房和城乡建设局、旗人力资源和社会保障局");

        var id = created.GetProperty("id").GetGuid();
        var fetched = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}"));
        BodyCodes(fetched).ShouldBe(["housing", "hrss"]);
        var roles = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}/roles"));
        roles.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["caseworker-create"]);

        // The new user can sign in, and the body scope comes from the membership just stored.
        using var self = await host.CreateClientAsAsync("zhang.wei");
        (await self.GetAsync("/api/abp/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Body_codes_are_accepted_as_a_comma_separated_string_as_abp_user_form_sends_one()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        BodyCodes(await CreateUserAsync(admin, "single-body", "housing")).ShouldBe(["housing"]);
        BodyCodes(await CreateUserAsync(admin, "two-bodies", "hrss, housing")).ShouldBe(["housing", "hrss"]);
    }

    [Fact]
    public async Task An_unknown_body_is_refused_and_nothing_is_stored()
    {
        using var admin = await host.CreateClientAsAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/identity/users", NewUser("ghost.user", new[] { "hrss", "no-such-body" }));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldBe("单位编码“no-such-body”不存在，请从单位列表中选择。");
        // ABP's Angular error handler shows error.message / error.details when this header is present.
        response.Headers.Contains("_AbpErrorFormat").ShouldBeTrue();
        problem.GetProperty("error").GetProperty("details").GetString().ShouldBe("单位编码“no-such-body”不存在，请从单位列表中选择。");
        (await admin.GetAsync("/api/identity/users/by-username/ghost.user")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users?filter=ghost"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task A_user_without_a_body_is_refused()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/identity/users", NewUser("no.body", Array.Empty<string>())), HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("请至少选择一个所属单位");
    }

    [Fact]
    public async Task Duplicate_names_and_weak_passwords_get_localized_messages_and_store_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateUserAsync(admin, "dup.user", new[] { "hrss" });

        var duplicate = await ProblemAsync(await admin.PostAsJsonAsync("/api/identity/users", NewUser("DUP.user", new[] { "hrss" })), HttpStatusCode.BadRequest);
        duplicate.GetProperty("detail").GetString().ShouldBe("用户名“DUP.user”已被使用。");

        var weak = await ProblemAsync(await admin.PostAsJsonAsync("/api/identity/users", NewUser("weak.user", new[] { "hrss" }, password: "abc")), HttpStatusCode.BadRequest);
        var detail = weak.GetProperty("detail").GetString()!;
        detail.ShouldContain("密码长度不能少于 8 位。");
        detail.ShouldContain("密码至少 8 位，并包含小写字母、大写字母、数字、其他字符中的至少 3 类。");
        weak.GetProperty("errors").GetProperty("password").GetArrayLength().ShouldBeGreaterThan(1);
        (await admin.GetAsync("/api/identity/users/by-username/weak.user")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var english = new HttpRequestMessage(HttpMethod.Post, "/api/identity/users") { Content = JsonContent.Create(NewUser("bad name!", new[] { "hrss" })) };
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den"); // the cookie ABP's UI sets when the user switches to English
        var invalidName = await ProblemAsync(await admin.SendAsync(english), HttpStatusCode.BadRequest);
        invalidName.GetProperty("detail").GetString()!.ShouldContain("User name 'bad name!' is invalid");
    }

    [Fact]
    public async Task An_update_with_a_stale_concurrency_stamp_is_refused_and_changes_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var user = await CreateUserAsync(admin, "li.na", new[] { "hrss" });
        var id = user.GetProperty("id").GetGuid();
        var stamp = user.GetProperty("concurrencyStamp").GetString();

        var first = await DaladHostFactory.ReadAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/identity/users/{id}", Update("li.na", "李娜", stamp, new[] { "housing" })));
        first.GetProperty("name").GetString().ShouldBe("李娜");
        BodyCodes(first).ShouldBe(["housing"]);
        first.GetProperty("concurrencyStamp").GetString().ShouldNotBe(stamp);

        // A second editor still holding the old stamp.
        var stale = await admin.PutAsJsonAsync($"/api/identity/users/{id}", Update("li.na", "李娜娜", stamp, new[] { "hrss" }));
        (await ProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe("该记录已被他人修改，请刷新后重新操作。");

        var now = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}"));
        now.GetProperty("name").GetString().ShouldBe("李娜");
        BodyCodes(now).ShouldBe(["housing"]);
    }

    [Fact]
    public async Task An_update_without_body_codes_keeps_the_memberships_and_an_unknown_one_changes_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var user = await CreateUserAsync(admin, "keep.bodies", new[] { "hrss", "housing" });
        var id = user.GetProperty("id").GetGuid();

        var kept = await DaladHostFactory.ReadAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/identity/users/{id}",
            Update("keep.bodies", "保留单位", user.GetProperty("concurrencyStamp").GetString(), bodyCodes: null)));
        BodyCodes(kept).ShouldBe(["housing", "hrss"]);

        var refused = await admin.PutAsJsonAsync($"/api/identity/users/{id}", Update("renamed.bodies", "改名", kept.GetProperty("concurrencyStamp").GetString(), new[] { "nowhere" }));
        await ProblemAsync(refused, HttpStatusCode.BadRequest);
        var now = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}"));
        now.GetProperty("userName").GetString().ShouldBe("keep.bodies");
        BodyCodes(now).ShouldBe(["housing", "hrss"]);
    }

    [Fact]
    public async Task Roles_are_assigned_and_replaced()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "inspector");
        await CreateRoleAsync(admin, "dispatcher");
        var id = (await CreateUserAsync(admin, "role.user", new[] { "hrss" })).GetProperty("id").GetGuid();

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roleNames = new[] { "inspector", "DISPATCHER" } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await RoleNamesShouldBe(admin, id, "dispatcher", "inspector");

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roleNames = new[] { "inspector" } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await RoleNamesShouldBe(admin, id, "inspector");

        var unknown = await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roleNames = new[] { "inspector", "nobody-role" } });
        (await ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().ShouldBe("角色“nobody-role”不存在。");
        await RoleNamesShouldBe(admin, id, "inspector");

        var assignable = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/assignable-roles"));
        assignable.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldContain("admin");
    }

    [Fact]
    public async Task Default_roles_are_given_to_new_users_that_name_none()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await CreateRoleAsync(admin, "everyone", isDefault: true);
        var id = (await CreateUserAsync(admin, "default.role.user", new[] { "hrss" })).GetProperty("id").GetGuid();
        await RoleNamesShouldBe(admin, id, "everyone");
    }

    [Fact]
    public async Task Nobody_deletes_themselves_or_the_seeded_admin_but_other_users_can_be_deleted()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var adminId = (await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/by-username/admin"))).GetProperty("id").GetGuid();
        (await ProblemAsync(await admin.DeleteAsync($"/api/identity/users/{adminId}"), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("不能删除自己的账户。");

        await host.CreateUserAsync("deputy.admin", ["joint-office"], [IdentityPermissions.Users.Default, IdentityPermissions.Users.Delete]);
        using var deputy = await host.CreateClientAsAsync("deputy.admin");
        (await ProblemAsync(await deputy.DeleteAsync($"/api/identity/users/{adminId}"), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().ShouldBe("“admin”是系统内置的管理员账户，不能删除。");

        var doomed = (await CreateUserAsync(admin, "doomed.user", new[] { "hrss" })).GetProperty("id").GetGuid();
        (await deputy.DeleteAsync($"/api/identity/users/{doomed}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/identity/users/{doomed}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_user_without_the_users_permission_is_forbidden()
    {
        await host.CreateUserAsync("plain.worker", ["hrss"], []);
        using var worker = await host.CreateClientAsAsync("plain.worker");

        var forbidden = await worker.GetAsync("/api/identity/users");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // No ABP error body here: ABP's Angular error handler then shows its own localized "no permission" text.
        forbidden.Headers.Contains("_AbpErrorFormat").ShouldBeFalse();
        (await worker.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.PostAsJsonAsync("/api/identity/users", NewUser("sneaky", new[] { "hrss" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.CreateClient().GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reading_users_does_not_allow_changing_them_and_phone_numbers_are_masked_without_the_personal_data_permission()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var created = await DaladHostFactory.ReadAsync<JsonElement>(await admin.PostAsJsonAsync("/api/identity/users",
            NewUser("phone.user", new[] { "hrss" }, phoneNumber: "13812345678")));
        created.GetProperty("phoneNumber").GetString().ShouldBe("13812345678");

        await host.CreateUserAsync("user.reader", ["hrss"], [IdentityPermissions.Users.Default]);
        using var reader = await host.CreateClientAsAsync("user.reader");
        var seen = await DaladHostFactory.ReadAsync<JsonElement>(await reader.GetAsync($"/api/identity/users/{created.GetProperty("id").GetGuid()}"));
        seen.GetProperty("phoneNumber").GetString().ShouldBe("138****5678");

        // Nor does the audit log of the change hold the number.
        using (var scope = host.Services.CreateScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var userId = created.GetProperty("id").GetGuid().ToString();
            var entries = await audit.AuditLog.Where(e => e.EntityType == "AppUser" && e.EntityId == userId).ToListAsync();
            entries.ShouldNotBeEmpty();
            entries.ShouldAllBe(e => !e.Changes!.Contains("13812345678"));
        }
        (await reader.PutAsJsonAsync($"/api/identity/users/{created.GetProperty("id").GetGuid()}", Update("phone.user", "x", null, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lookups_answer_user_data_or_no_content()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var id = (await CreateUserAsync(admin, "lookup.target", new[] { "hrss" })).GetProperty("id").GetGuid();

        var byId = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/lookup/{id}"));
        byId.GetProperty("userName").GetString().ShouldBe("lookup.target");
        var byName = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/lookup/by-username/LOOKUP.TARGET"));
        byName.GetProperty("id").GetGuid().ShouldBe(id);
        var search = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/lookup/search?filter=lookup.&maxResultCount=5"));
        search.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["lookup.target"]);
        (await DaladHostFactory.ReadAsync<long>(await admin.GetAsync("/api/identity/users/lookup/count?filter=lookup."))).ShouldBe(1);
        (await admin.GetAsync($"/api/identity/users/lookup/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var byEmail = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/identity/users/by-email/lookup.target@dalad.test"));
        byEmail.GetProperty("id").GetGuid().ShouldBe(id);
    }

    private static object Update(string userName, string name, string? concurrencyStamp, string[]? bodyCodes) => new
    {
        userName,
        name,
        email = userName + "@dalad.test",
        isActive = true,
        lockoutEnabled = true,
        concurrencyStamp,
        extraProperties = bodyCodes is null ? null : new Dictionary<string, object> { ["BodyCodes"] = bodyCodes },
    };

    private static async Task RoleNamesShouldBe(HttpClient client, Guid userId, params string[] expected)
    {
        var roles = await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync($"/api/identity/users/{userId}/roles"));
        roles.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(expected);
    }
}
