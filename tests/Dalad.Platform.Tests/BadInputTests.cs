using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>Bad input gets RFC 7807 problem details with a localized message, and nothing is stored.</summary>
public sealed class BadInputTests(SamplePluginHost host) : IClassFixture<SamplePluginHost>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { "{\"ownerBodyCode\": \"housing\", \"text\": ", "不是有效的 JSON" },
        { "{\"ownerBodyCode\": \"housing\", \"text\": 42}", "字段类型不正确" },
        { "{\"ownerBodyCode\": \"housing\"}", "内容" },
        { "{\"ownerBodyCode\": \"housing\", \"text\": \"" + new string('欠', 201) + "\"}", "200" },
        { "", "不能为空" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Is_refused_in_chinese_and_stores_nothing(string body, string expectedInDetail)
    {
        using var client = await host.CreateClientAsAsync("admin");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/app/sample-notes")).GetArrayLength();

        using var response = await client.PostAsync("/api/app/sample-notes", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("detail").GetString()!.ShouldContain(expectedInDetail);
        (await client.GetFromJsonAsync<JsonElement>("/api/app/sample-notes")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Validation_errors_name_the_field_and_speak_english_when_asked()
    {
        using var client = await host.CreateClientAsAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/app/sample-notes?culture=en&ui-culture=en") { Content = JsonContent.Create(new { ownerBodyCode = "housing", text = "" }) };

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("The data did not pass validation");
        problem.GetProperty("errors").GetProperty("text")[0].GetString()!.ShouldContain("'Text' must not be empty");
    }
}
