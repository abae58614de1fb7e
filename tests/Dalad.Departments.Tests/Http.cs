using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;

namespace Dalad.Departments.Tests;

internal static class Http
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync(url));

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object body) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.PostAsJsonAsync(url, body));

    public static string? Str(this JsonElement e, string property) => e.GetProperty(property).GetString();

    public static string Register(string key) => $"/api/app/departments/{key}/register";
}
