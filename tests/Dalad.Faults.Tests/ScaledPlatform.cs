using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Faults.Tests;

/// <summary>
/// The scaled profile on servers of its own: a private PostgreSQL and a private Redis, two host instances (A and B) of
/// one deployment on them (same database, same Redis prefix), an SMS gateway both send to, and a test job both run.
/// Shared by the fault tests of the collection (they run one after another and leave the servers running).
/// </summary>
public sealed class ScaledPlatform : IAsyncLifetime
{
    public const string Database = "dalad_scaled";
    public const string Prefix = "scaled:";

    /// <summary>The deployment's key folder, which its instances share (tokens of one are valid on the other).</summary>
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "dalad-faults", "keys-" + Guid.NewGuid().ToString("N")[..10]);

    public PrivatePostgres Postgres { get; private set; } = null!;
    public PrivateRedis Redis { get; private set; } = null!;
    public SmsGateway Sms { get; } = new();
    public JobRuns Runs { get; } = new();
    public FaultHost A { get; private set; } = null!;
    public FaultHost B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PrivatePostgres.StartAsync();
        var redis = PrivateRedis.StartAsync();
        Postgres = await postgres;
        Redis = await redis;
        A = Instance("A");
        _ = A.Services; // A migrates and seeds first; B then finds the database ready, as a second instance would
        await A.CreateUsersAsync();
        B = Instance("B");
        _ = B.Services;
    }

    private FaultHost Instance(string name) => FaultHost.OnPostgres(Postgres.Server, Database, Redis.Endpoint, Prefix,
        new Dictionary<string, string>
        {
            ["Auth:KeysPath"] = _keys,
            ["Sms:Gateway"] = "http",
            ["Sms:Http:Url"] = Sms.Url,
            ["Outbox:PollInterval"] = "00:00:00.300",
            ["Jobs:PollInterval"] = "00:00:00.200",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        },
        services =>
        {
            services.AddSingleton(Runs);
            services.AddSingleton(new InstanceName(name));
            services.AddRecurringJob<TickJob>();
        });

    /// <summary>Requests as a user, alternating between the two instances (as a load balancer in front of them would).</summary>
    public async Task<HttpClient> BehindOneAddressAsync(string user)
    {
        var tokenFromA = await A.GetTokenAsync(user);
        var client = new HttpClient(new RoundRobin(A.Server.CreateHandler(), B.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokenFromA);
        return client;
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Sms.Dispose();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
        try { Directory.Delete(_keys, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class RoundRobin(HttpMessageHandler a, HttpMessageHandler b) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] _instances = [new(a), new(b)];
        private int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _instances[Interlocked.Increment(ref _next) % 2].SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing) foreach (var instance in _instances) instance.Dispose();
            base.Dispose(disposing);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<ScaledPlatform>
{
    public const string Name = "Faults";
}

public sealed record InstanceName(string Name);

/// <summary>When the test job ran, and on which instance.</summary>
public sealed class JobRuns
{
    public ConcurrentQueue<(string Instance, DateTime Started, DateTime Finished)> Runs { get; } = new();
}

/// <summary>A recurring job due every 2 seconds that takes a while, so two instances polling every 200 ms reach for each run.</summary>
public sealed class TickJob(JobRuns runs, InstanceName instance) : IRecurringJob
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    public string Name => "fault-test-tick";
    public TimeSpan Interval => Every;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        await Task.Delay(300, cancellationToken);
        runs.Runs.Enqueue((instance.Name, started, DateTime.UtcNow));
    }
}

/// <summary>An HTTP SMS gateway (Sms:Gateway = http) on a loopback port: records each message with its idempotency key.</summary>
public sealed class SmsGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public ConcurrentQueue<(string Phone, string Text, string? Key)> Received { get; } = new();

    public string Url { get; }

    public SmsGateway()
    {
        Url = $"http://127.0.0.1:{PrivatePostgres.FreePort()}/sms/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.InputStream);
            Received.Enqueue((body.GetProperty("phone").GetString()!, body.GetProperty("text").GetString()!, context.Request.Headers["Idempotency-Key"]));
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(new { messageId = Guid.NewGuid().ToString("N") }));
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}

/// <summary>Matrix edits and the routing they should change, for the fan-out checks.</summary>
public static class Matrix
{
    public const string Basis = "达政办发〔2026〕7号";

    /// <summary>恩格贝镇: a made-up place name becomes its alias.</summary>
    public const string Engebei = "150621105";

    public static async Task AddAliasAsync(HttpClient admin, string alias)
    {
        using var response = await admin.PostAsJsonAsync($"/api/app/territories/{Engebei}/aliases", new { alias, basis = Basis });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The territory routing proposes for a complaint naming only the place.</summary>
    public static async Task<string?> RoutedTerritoryAsync(HttpClient desk, string place)
    {
        var ticket = Api.NewTicket();
        using var response = await desk.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345",
            ticketNumber = ticket,
            text = $"来电人反映：其在{place}干活三个月，包工头拖欠工资3万元。",
            address = place,
            complainantName = "赵师傅",
            phone = Api.NewPhone(),
            employer = "某劳务队" + ticket[^6..],
            workerCount = 1,
            amountOwed = 30000m,
        });
        var lead = await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
        var territory = lead.GetProperty("routing").GetProperty("territory");
        return territory.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
    }

    /// <summary>Waits until the instance behind <paramref name="desk"/> routes the place to 恩格贝镇.</summary>
    public static async Task RoutesToEngebeiAsync(HttpClient desk, string place, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        string? last;
        while ((last = await RoutedTerritoryAsync(desk, place)) != Engebei)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{place} is still routed to {last ?? "nothing"}");
            await Task.Delay(200);
        }
    }
}
