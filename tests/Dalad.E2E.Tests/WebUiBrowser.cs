using Dalad.Testing;
using Microsoft.Playwright;

namespace Dalad.E2E.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against a host at a base URL, with a screenshot folder per run (never a
/// downloaded browser: `playwright install` is not used).
/// </summary>
public sealed class WebUiBrowser : IAsyncDisposable
{
    /// <summary>Flags for a headless Chromium in a container: no sandbox or GPU, and no calls home.</summary>
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public string ScreenshotFolder { get; private set; } = "";

    /// <summary>The Angular production build the host serves; fails clearly when it was not built.</summary>
    public static string AngularBuild()
    {
        var ui = Path.Combine(Texts.RepositoryRoot(), "angular", "dist", "dalad", "browser");
        return File.Exists(Path.Combine(ui, "index.html"))
            ? ui
            : throw new InvalidOperationException($"The Angular production build is missing ({ui}/index.html). Build it first: cd angular && npm ci && npm run build");
    }

    /// <summary>
    /// Starts Chromium for the host at <paramref name="baseUrl"/>; screenshots go to DALAD_E2E_SCREENSHOTS (or
    /// TestResults/e2e-screenshots beside the tests) / <paramref name="suite"/>-&lt;database&gt;, emptied first.
    /// </summary>
    public async Task StartAsync(string baseUrl, string suite)
    {
        _baseUrl = baseUrl;
        ScreenshotFolder = Path.Combine(
            Environment.GetEnvironmentVariable("DALAD_E2E_SCREENSHOTS") is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e-screenshots"),
            $"{suite}-{TestEnvironment.Describe()}");
        if (Directory.Exists(ScreenshotFolder)) Directory.Delete(ScreenshotFolder, recursive: true);
        Directory.CreateDirectory(ScreenshotFolder);

        // On a busy 2-core machine a page may take a while; a passing run never waits this long.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DALAD_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile (cookies, local storage) in Chinese-first China time, as a new user's browser would be.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
