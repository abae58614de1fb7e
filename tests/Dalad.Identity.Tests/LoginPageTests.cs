using Dalad.Testing;
using Shouldly;

namespace Dalad.Identity.Tests;

/// <summary>The server-rendered login page (the browser flow itself is covered by tests/Dalad.E2E.Tests).</summary>
public sealed class LoginPageTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task Is_Chinese_by_default_and_offers_English()
    {
        using var client = host.CreateClient();
        var page = await client.GetStringAsync("/Account/Login?returnUrl=%2F");

        page.ShouldContain("<html lang=\"zh-Hans\">");
        page.ShouldContain("用户登录");
        page.ShouldContain("id=\"login-language\"");
    }

    [Fact]
    public async Task Its_language_link_is_remembered_for_the_app_after_sign_in()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/Account/Login?returnUrl=%2F&culture=en&ui-culture=en");

        (await response.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"en\">");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        // The culture the API honours, for the whole site...
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den;", StringComparison.Ordinal) && c.Contains("path=/", StringComparison.Ordinal));
        // ...and the one-shot note the web UI reads as it starts (so it must not be HttpOnly).
        cookies.ShouldContain(c => c.StartsWith("dalad.login-language=en;", StringComparison.Ordinal) && !c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ignores_a_culture_it_does_not_offer()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/Account/Login?returnUrl=%2F&culture=fr");

        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) || c.StartsWith("dalad.login-language=", StringComparison.Ordinal));
    }
}
