using System.Net;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>Issue 16, item 4: the web UI's files are compressed and cached by their hashed names; API answers are not compressed.</summary>
public sealed class WebUiFilesTests(WebUiFilesTests.UiHost host) : IClassFixture<WebUiFilesTests.UiHost>
{
    public const string HashedScript = "main-AB12CD34.js";

    /// <summary>The host with a small web UI folder shaped like Angular's production build.</summary>
    public sealed class UiHost : DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            var ui = Path.Combine(Path.GetDirectoryName(PluginPath)!, "ui-files");
            Directory.CreateDirectory(ui);
            File.WriteAllText(Path.Combine(ui, "index.html"), "<!doctype html><title>Dalad</title><script src=\"main-AB12CD34.js\"></script>");
            // Big and repetitive enough that compression is worth it, as the real bundles are.
            File.WriteAllText(Path.Combine(ui, HashedScript), string.Concat(Enumerable.Repeat("export const greeting = '达拉特旗根治欠薪协同平台';\n", 2000)));
            File.WriteAllText(Path.Combine(ui, "abp-bundle.css"), string.Concat(Enumerable.Repeat(".abp { color: #123456; }\n", 2000)));
            builder.UseSetting("Ui:Path", ui);
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_hashed_bundle_is_compressed_and_cached_for_a_year(string encoding)
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + HashedScript);
        request.Headers.Add("Accept-Encoding", encoding);

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        var cache = response.Headers.CacheControl!;
        cache.Public.ShouldBeTrue();
        cache.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        cache.Extensions.ShouldContain(e => e.Name == "immutable");
        var sent = (await response.Content.ReadAsByteArrayAsync()).Length;
        var original = new FileInfo(Path.Combine(Path.GetDirectoryName(host.PluginPath)!, "ui-files", HashedScript)).Length;
        sent.ShouldBeLessThan((int)(original / 4), $"{sent} bytes sent for {original}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/abp-bundle.css")]
    [InlineData("/cases/inbox")]
    public async Task The_page_and_unhashed_files_are_revalidated(string path)
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBeNull();
    }

    [Fact]
    public async Task Api_answers_are_never_compressed()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/abp/application-configuration");
        request.Headers.Add("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }
}
