using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Identity.Tests;

public sealed class ApplicationConfigurationTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task The_user_form_gets_body_membership_as_an_abp_extension_property_with_a_lookup_over_bodies()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var config = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/abp/application-configuration"));

        var properties = config.GetProperty("objectExtensions").GetProperty("modules").GetProperty("Identity")
            .GetProperty("entities").GetProperty("User").GetProperty("properties");
        var bodies = properties.GetProperty("BodyCodes");
        bodies.GetProperty("ui").GetProperty("onCreateForm").GetProperty("isVisible").GetBoolean().ShouldBeTrue();
        var lookup = bodies.GetProperty("ui").GetProperty("lookup");
        lookup.GetProperty("url").GetString().ShouldBe("/api/app/bodies");
        lookup.GetProperty("valuePropertyName").GetString().ShouldBe("code");
        properties.GetProperty("BodyCodes_Text").GetProperty("ui").GetProperty("onTable").GetProperty("isVisible").GetBoolean().ShouldBeTrue();

        // The lookup the form calls answers in the shape it reads: items[].name / items[].code, filtered by "filter".
        var found = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync("/api/app/bodies?filter=住房"));
        found.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("code").GetString()).ShouldContain("housing");

        var settings = config.GetProperty("setting").GetProperty("values");
        // At least 8 characters of 3 classes (issue 15, finding 8): the form checks the length, the server the classes.
        settings.GetProperty("Abp.Identity.Password.RequiredLength").GetString().ShouldBe("8");
        settings.GetProperty("Abp.Identity.Password.RequireDigit").GetString().ShouldBe("False");
        var texts = config.GetProperty("localization").GetProperty("values");
        texts.GetProperty("AbpIdentity").GetProperty("Users").GetString().ShouldBe("用户");
        texts.GetProperty("AbpPermissionManagement").GetProperty("SelectAllInAllTabs").GetString().ShouldBe("授予全部权限");
        texts.GetProperty("AbpUi").GetProperty("SavedSuccessfully").GetString().ShouldBe("保存成功");
        texts.GetProperty("Dalad").GetProperty("DisplayName:BodyCodes").GetString().ShouldBe("所属单位");
    }

    [Fact]
    public async Task The_api_document_describes_the_identity_and_permission_endpoints()
    {
        using var client = host.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        document.ShouldContain("/api/identity/users/{id}/roles");
        document.ShouldContain("/api/identity/roles/all");
        document.ShouldContain("/api/permission-management/permissions");
    }
}
