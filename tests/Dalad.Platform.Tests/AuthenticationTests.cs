using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Platform.Tests;

public sealed class AuthenticationTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task Admin_gets_a_token_and_the_configuration_lists_the_admin_permissions()
    {
        using var client = await host.CreateClientAsAsync("admin");

        var config = await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync("/api/abp/application-configuration?includeLocalizationResources=false"));

        var user = config.GetProperty("currentUser");
        user.GetProperty("isAuthenticated").GetBoolean().ShouldBeTrue();
        user.GetProperty("userName").GetString().ShouldBe("admin");
        user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("admin");
        var granted = config.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().Select(p => p.Name).ToList();
        granted.ShouldContain("AbpIdentity.Users");
        granted.ShouldContain("AbpIdentity.Roles.ManagePermissions");
        granted.ShouldContain("Dalad.Responsibility.Manage");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_chinese_message()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Dalad_App", ["username"] = "admin", ["password"] = "wrong-password",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
        body.GetProperty("error_description").GetString().ShouldBe("用户名或密码错误，或账户已停用。"); // one answer for a wrong password, an unknown name and a deactivated account
    }

    [Fact]
    public async Task Anonymous_configuration_has_every_top_level_key_the_abp_angular_packages_read()
    {
        using var client = host.CreateClient();
        var config = await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync("/api/abp/application-configuration"));

        string[] keys = ["localization", "auth", "setting", "currentUser", "features", "globalFeatures", "multiTenancy", "currentTenant", "timing", "clock", "objectExtensions", "extraProperties"];
        foreach (var key in keys) config.TryGetProperty(key, out _).ShouldBeTrue($"missing {key}");
        config.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
        config.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().ShouldBeEmpty();
        config.GetProperty("localization").GetProperty("currentCulture").GetProperty("cultureName").GetString().ShouldBe("zh-Hans");
        config.GetProperty("setting").GetProperty("values").GetProperty("Abp.Localization.DefaultLanguage").GetString().ShouldBe("zh-Hans");
        config.GetProperty("multiTenancy").GetProperty("isEnabled").GetBoolean().ShouldBeFalse();
        config.GetProperty("timing").GetProperty("timeZone").GetProperty("iana").GetProperty("timeZoneName").GetString().ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task Api_endpoints_refuse_anonymous_callers()
    {
        using var client = host.CreateClient();
        (await client.GetAsync("/api/app/bodies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_api_path_nothing_answers_is_not_found_for_anonymous_and_signed_in_callers_alike()
    {
        using var anonymous = host.CreateClient();
        using var admin = await host.CreateClientAsAsync("admin");
        foreach (var client in new[] { anonymous, admin })
        {
            using var response = await client.GetAsync("/api/app/no-such-thing");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
        // A real endpoint still asks for a sign-in.
        (await anonymous.GetAsync("/api/app/bodies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
