using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dalad.Cases;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Timing;
using IClock = Dalad.Platform.Timing.IClock;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dalad.E2E.Tests;

/// <summary>A clock the scenarios set, in Beijing time.</summary>
public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; } = DateTime.UtcNow;

    public void Set(string beijing) => UtcNow = DateTimeOffset.Parse(beijing, CultureInfo.InvariantCulture).UtcDateTime;
}

/// <summary>
/// The host in this process (so the scenarios own its clock and drive its outbox and job runner), served by Kestrel on
/// a free loopback port with the Angular production build as its UI, on a fresh SQLite file or PostgreSQL database
/// (<see cref="DaladHostFactory"/>), with Debian's Chromium. The SMS gateway is the default one that logs, so the case
/// page's SMS log shows exactly what the platform wrote. Users of a 双交办 story are created at start.
/// </summary>
public class WorkflowBrowserHost : DaladHostFactory, IAsyncLifetime
{
    /// <summary>The 12345 desk: registers leads and confirms their routing.</summary>
    public const string Operator = "operator-12345";
    /// <summary>The construction case's industry owner (leads it).</summary>
    public const string HousingClerk = "housing-clerk";
    /// <summary>The construction case's territorial owner (白泥井镇, assists).</summary>
    public const string BainijingClerk = "bainijing-clerk";
    /// <summary>A body that does not own the case.</summary>
    public const string TransportClerk = "transport-clerk";
    /// <summary>The joint office: visits resolved cases, approves extensions, watches the board.</summary>
    public const string Supervisor = "joint-office-supervisor";
    public const string Password = AdminPassword;

    private readonly WebUiBrowser _browser = new();
    private readonly int _port = FreeLoopbackPort();

    public WorkflowBrowserHost()
    {
        Clock.Set("2026-02-13T10:00:00+08:00"); // a Friday: the receive step is due on Saturday 02-14, a make-up working day
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public TestClock Clock { get; } = new();

    /// <summary>Where the screenshots go: DALAD_E2E_SCREENSHOTS, or TestResults/e2e-screenshots beside the tests, per database.</summary>
    public string ScreenshotFolder => _browser.ScreenshotFolder;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", BaseUrl); // the OpenIddict client's redirect URI is the host's own address
        builder.UseSetting("Ui:Path", WebUiBrowser.AngularBuild());
        // Driven by hand (DispatchOutboxAsync, RunJobsAsync), so each step happens when the scenario says.
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Jobs:PollInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    public async Task InitializeAsync()
    {
        StartServer();
        string[] cases = [CasesPermissions.Default];
        await CreateUserAsync(Operator, ["data-12345"], [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch]);
        await CreateUserAsync(HousingClerk, ["housing"], cases);
        await CreateUserAsync(BainijingClerk, ["bainijing-town"], cases);
        await CreateUserAsync(TransportClerk, ["transport"], cases);
        await CreateUserAsync(Supervisor, ["joint-office"], [.. cases, CasesPermissions.Visit, CasesPermissions.ApproveExtension]);
        await _browser.StartAsync(BaseUrl, "workflow");
    }

    /// <summary>A fresh browser profile, as a new user's browser would be.</summary>
    public Task<IPage> NewPageAsync() => _browser.NewPageAsync();

    public Task ScreenshotAsync(IPage page, string name) => _browser.ScreenshotAsync(page, name);

    /// <summary>Sends every notice that is due (the SMS gateway is the logging one).</summary>
    public async Task DispatchOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync() > 0) { }
    }

    /// <summary>Runs the recurring jobs that are due on the test clock; returns their names.</summary>
    public Task<IReadOnlyList<string>> RunJobsAsync() => RunDueJobsAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _browser.DisposeAsync();
        await base.DisposeAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
