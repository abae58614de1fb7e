using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Dalad.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace Dalad.E2E.Tests;

/// <summary>
/// The real host as a child process (the built Dalad.Host.dll, a free loopback port, a fresh data folder, the Angular
/// production build as its UI), and Debian's Chromium driven by Playwright. One per test class: starting both takes
/// a few seconds, a scenario only its own browser context.
/// </summary>
public class WebUiHost : IAsyncLifetime, IDisposable
{
    public const string AdminUserName = "admin";
    /// <summary>Set on the host's command line: not the demo default, which must be changed at the first sign-in.</summary>
    public const string AdminPassword = "1q2w3E*Dalad";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dalad-e2e", Guid.NewGuid().ToString("N"));
    private readonly string _databaseName = "dalad_e2e_" + Guid.NewGuid().ToString("N")[..12];
    private readonly StringBuilder _hostOutput = new();
    private readonly WebUiBrowser _browser = new();
    private Process? _host;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the scenarios' screenshots go (see <see cref="WebUiBrowser.StartAsync"/>).</summary>
    public string ScreenshotFolder => _browser.ScreenshotFolder;

    public async Task InitializeAsync()
    {
        var repository = Texts.RepositoryRoot();
        var ui = WebUiBrowser.AngularBuild();
        var hostProject = Path.Combine(repository, "host", "Dalad.Host");
        var hostDll = Path.Combine(hostProject, "bin", BuildConfiguration(), "net10.0", "Dalad.Host.dll");
        if (!File.Exists(hostDll))
            throw new InvalidOperationException($"The host is not built ({hostDll}). Build the solution first: dotnet build Dalad.sln");

        Directory.CreateDirectory(_root);

        BaseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        StartHost(hostProject, hostDll, ui);
        await WaitUntilReadyAsync();

        await _browser.StartAsync(BaseUrl, Suite);
    }

    /// <summary>The screenshot folder's name (one per fixture, each emptied at its start).</summary>
    protected virtual string Suite => "ui";

    /// <summary>More host settings, as on the command line.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>A fresh browser profile (cookies, local storage) in Chinese-first China time, as a new user's browser would be.</summary>
    public Task<IPage> NewPageAsync() => _browser.NewPageAsync();

    public Task ScreenshotAsync(IPage page, string name) => _browser.ScreenshotAsync(page, name);

    /// <summary>The host's console output so far, for failure messages.</summary>
    public string HostOutput
    {
        get { lock (_hostOutput) return _hostOutput.ToString(); }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }
        if (ScreenshotFolder.Length > 0) File.WriteAllText(Path.Combine(ScreenshotFolder, "host.log"), HostOutput);
        if (TestEnvironment.UsePostgreSql && _host is not null)
        {
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgreSqlServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { /* a file still held open; it is in the temp folder */ }
    }

    /// <summary>The safety net: the host never outlives the tests.</summary>
    public void Dispose()
    {
        if (_host is { HasExited: false }) _host.Kill(entireProcessTree: true);
        _host?.Dispose();
        _host = null;
        GC.SuppressFinalize(this);
    }

    private void StartHost(string hostProject, string hostDll, string ui)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            // The project folder is the content root, as under `dotnet run --project host/Dalad.Host`.
            WorkingDirectory = hostProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            hostDll, "--urls", BaseUrl,
            $"--Dalad:DataPath={Path.Combine(_root, "data")}",
            // The seven department plugins, built with these tests (see the project file).
            $"--Plugins:Path={Path.Combine(AppContext.BaseDirectory, "department-plugins")}",
            $"--Ui:Path={ui}",
            $"--Identity:Admin:Password={AdminPassword}",
        ];
        foreach (var arg in args.Concat(ExtraArguments)) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        if (TestEnvironment.UsePostgreSql)
        {
            start.ArgumentList.Add("--Database:Provider=PostgreSql");
            start.ArgumentList.Add($"--ConnectionStrings:Default={TestEnvironment.PostgreSqlServer};Database={_databaseName}");
        }
        if (TestEnvironment.Redis is { } redis)
        {
            start.ArgumentList.Add($"--Redis:Configuration={redis}");
            start.ArgumentList.Add($"--Redis:InstanceName={_databaseName}:");
        }

        _host = new Process { StartInfo = start };
        _host.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_hostOutput) _hostOutput.AppendLine(e.Data); };
        _host.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_hostOutput) _hostOutput.AppendLine(e.Data); };
        _host.Start();
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a cold start on PostgreSQL migrates every module, and a CI machine may be busy with other test assemblies.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (_host!.HasExited)
                throw new InvalidOperationException($"The host exited with code {_host.ExitCode} before it was ready:\n{HostOutput}");
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host did not report ready at {BaseUrl}/health/ready within 180 s:\n{HostOutput}");
    }

    /// <summary>Debug or Release: the host is taken from the same configuration these tests were built in.</summary>
    private static string BuildConfiguration() =>
        typeof(WebUiHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration ? configuration : "Debug";

    /// <summary>The dotnet muxer running these tests, so the host gets the same runtime.</summary>
    private static string DotnetExecutable() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
