using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Identity.Tests;

/// <summary>Small helpers over the real HTTP API, so tests read as what a user of ABP's pages does.</summary>
internal static class IdentityApi
{
    public const string Password = DaladHostFactory.AdminPassword;

    public static object NewUser(string userName, object bodyCodes, string[]? roleNames = null, string password = Password, string? phoneNumber = null) => new
    {
        userName,
        phoneNumber,
        name = "测试" + userName,
        email = userName + "@dalad.test",
        password,
        isActive = true,
        lockoutEnabled = true,
        roleNames,
        extraProperties = new Dictionary<string, object> { ["BodyCodes"] = bodyCodes },
    };

    public static async Task<JsonElement> CreateUserAsync(HttpClient client, string userName, object bodyCodes, string[]? roleNames = null) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.PostAsJsonAsync("/api/identity/users", NewUser(userName, bodyCodes, roleNames)));

    public static async Task<JsonElement> CreateRoleAsync(HttpClient client, string name, bool isDefault = false) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.PostAsJsonAsync("/api/identity/roles", new { name, isDefault, isPublic = true }));

    public static async Task GrantAsync(HttpClient client, string providerName, string providerKey, params string[] permissions)
    {
        var response = await client.PutAsJsonAsync($"/api/permission-management/permissions?providerName={providerName}&providerKey={Uri.EscapeDataString(providerKey)}",
            new { permissions = permissions.Select(name => new { name, isGranted = true }) });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static string[] BodyCodes(JsonElement user) =>
        user.GetProperty("extraProperties").GetProperty("BodyCodes").EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string[]> GrantedPoliciesAsync(HttpClient client)
    {
        var config = await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync("/api/abp/application-configuration?includeLocalizationResources=false"));
        return config.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().Select(p => p.Name).ToArray();
    }
}
