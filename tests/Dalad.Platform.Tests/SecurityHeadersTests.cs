using System.Net;
using System.Text.Json;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>Issue 15, findings 6 and 7: the headers every answer carries, and a 414 that speaks problem details.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.KestrelHost host) : IClassFixture<SecurityHeadersTests.KestrelHost>
{
    /// <summary>The host on real Kestrel (a free loopback port), with a web UI folder: the Server header and the
    /// request-line limit are Kestrel's, invisible to the in-memory test server.</summary>
    public sealed class KestrelHost : DaladHostFactory
    {
        public KestrelHost() => UseKestrel(0);

        protected override void Configure(IWebHostBuilder builder)
        {
            var ui = Path.Combine(Path.GetDirectoryName(PluginPath)!, "ui");
            Directory.CreateDirectory(ui);
            File.WriteAllText(Path.Combine(ui, "index.html"), "<!doctype html><title>Dalad</title>");
            builder.UseSetting("Ui:Path", ui);
            builder.UseSetting("urls", "http://127.0.0.1:0");
            // The TLS proxy runs on this machine: only it may say the request came over HTTPS.
            builder.UseSetting("Http:KnownProxies", "127.0.0.1, ::1");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health/live")]
    [InlineData("/api/app/bodies")]
    [InlineData("/api/app/no-such-thing")]
    [InlineData("/Account/Login")]
    public async Task Every_answer_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.Contains("Server").ShouldBeFalse($"Server: {string.Join(",", response.Headers.Server)}");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS only over HTTPS");
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_proxy_says_the_request_came_over_https()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
    }

    [Fact]
    public async Task The_login_page_has_no_inline_script()
    {
        using var client = host.CreateClient();

        var html = await client.GetStringAsync("/Account/Login");

        html.ShouldContain("<form");
        html.ShouldNotContain("<script>", Case.Insensitive);
        html.ShouldNotContain(" onclick=", Case.Insensitive);
        html.ShouldNotContain(" onload=", Case.Insensitive);
    }

    [Theory]
    [InlineData(9_000)]
    [InlineData(60_000)]
    public async Task An_overlong_url_gets_414_in_problem_details(int length)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/app/bodies?filter=" + new string('a', length));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(414);
        problem.GetProperty("detail").GetString()!.ShouldContain("过长");
    }
}
