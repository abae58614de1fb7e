using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

/// <summary>The user menu's 个人信息 and 修改密码: every signed-in user manages their own profile and password.</summary>
public sealed class ProfileTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task A_clerk_reads_and_changes_their_own_name_email_and_phone()
    {
        await host.CreateUserAsync("profile.reader", ["housing"], []);
        using var clerk = await host.CreateClientAsAsync("profile.reader");

        var profile = await DaladHostFactory.ReadAsync<JsonElement>(await clerk.GetAsync("/api/account/my-profile"));
        profile.GetProperty("userName").GetString().ShouldBe("profile.reader");
        profile.GetProperty("hasPassword").GetBoolean().ShouldBeTrue();

        var updated = await DaladHostFactory.ReadAsync<JsonElement>(await clerk.PutAsJsonAsync("/api/account/my-profile",
            new { name = "王芳", email = "wang.fang@dalad.test", phoneNumber = "13800000001", concurrencyStamp = profile.GetProperty("concurrencyStamp").GetString() }));
        updated.GetProperty("name").GetString().ShouldBe("王芳");

        var again = await DaladHostFactory.ReadAsync<JsonElement>(await clerk.GetAsync("/api/account/my-profile"));
        again.GetProperty("name").GetString().ShouldBe("王芳");
        again.GetProperty("email").GetString().ShouldBe("wang.fang@dalad.test");
        again.GetProperty("phoneNumber").GetString().ShouldBe("13800000001");
        again.GetProperty("userName").GetString().ShouldBe("profile.reader");
        // Changing one's contact details does not end one's own session.
        (await clerk.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_profile_is_refused_in_chinese_and_nothing_is_stored()
    {
        await host.CreateUserAsync("profile.bad", ["housing"], []);
        using var clerk = await host.CreateClientAsAsync("profile.bad");

        var problem = await ProblemAsync(await clerk.PutAsJsonAsync("/api/account/my-profile",
            new { name = new string('长', 65), email = "not-an-address", phoneNumber = "abc" }), HttpStatusCode.BadRequest);

        var text = problem.GetRawText();
        text.ShouldContain("电子邮箱");
        text.ShouldContain("姓名");
        text.ShouldContain("手机号码");
        var profile = await DaladHostFactory.ReadAsync<JsonElement>(await clerk.GetAsync("/api/account/my-profile"));
        profile.GetProperty("name").GetString().ShouldBe("profile.bad");
    }

    [Fact]
    public async Task A_clerk_changes_their_password_and_signs_in_with_the_new_one()
    {
        await host.CreateUserAsync("profile.pw", ["housing"], []);
        using var clerk = await host.CreateClientAsAsync("profile.pw");

        var response = await clerk.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = Password, newPassword = "Baotou-2026" });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());

        // The password change ends the session that made it; the new password opens a new one.
        (await clerk.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var again = await host.CreateClientAsAsync("profile.pw", "Baotou-2026");
        (await again.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_refused_in_chinese()
    {
        await host.CreateUserAsync("profile.weak", ["housing"], []);
        using var clerk = await host.CreateClientAsAsync("profile.weak");

        var wrong = await ProblemAsync(await clerk.PostAsJsonAsync("/api/account/my-profile/change-password",
            new { currentPassword = "Wrong-password-1", newPassword = "Baotou-2026" }), HttpStatusCode.BadRequest);
        wrong.GetRawText().ShouldContain("密码不正确");

        var weak = await ProblemAsync(await clerk.PostAsJsonAsync("/api/account/my-profile/change-password",
            new { currentPassword = Password, newPassword = "abcdefgh" }), HttpStatusCode.BadRequest);
        weak.GetRawText().ShouldContain("密码至少 8 位");

        var empty = await ProblemAsync(await clerk.PostAsJsonAsync("/api/account/my-profile/change-password",
            new { currentPassword = "", newPassword = "" }), HttpStatusCode.BadRequest);
        empty.GetRawText().ShouldContain("当前密码");

        // The old password still works: nothing was changed.
        using var still = await host.CreateClientAsAsync("profile.weak");
    }

    [Fact]
    public async Task The_profile_needs_a_signed_in_user()
    {
        using var anonymous = host.CreateClient();
        (await anonymous.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = "x", newPassword = "y" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
