using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Responsibility;
using Dalad.Routing;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

// Routing latency with a register of 10,000 employers and projects, on the database the environment names
// (SQLite by default; DALAD_TEST_DB=PostgreSql DALAD_TEST_PG=… for PostgreSQL). Usage:
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- [calls=20000] [registerSize=10000]
// Routing quality on labelled complaints (see RoutingEvaluation):
//   dotnet run --project tests/Dalad.Benchmarks -- evaluate file.jsonl [more.jsonl…] [--misses]
// A database at scale, and the inbox measured on it (see ScaleSeeder, InboxBenchmark, docs/benchmarks.md):
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- seed --provider PostgreSql|Sqlite --connection "…" --cases 1000000
// Full-text search of cases on Lucene at scale (see SearchScaleBenchmark):
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- search --cases 1000000 [--analysis words|bigrams|both]
// The inbox, its filters, the board, reminders and badge counts on such a database (see InboxBenchmark):
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- inbox --provider PostgreSql --connection "…" --data DIR [--runs 50]
// The command view on such a database (see FiguresBenchmark):
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- figures --provider PostgreSql --connection "…" [--runs 30]
// Attendance at scale (issue 13: the import, the full warning evaluation, the project page; see AttendanceBenchmark):
//   dotnet run -c Release --project tests/Dalad.Benchmarks -- attendance --provider PostgreSql|Sqlite --connection "…" --projects 5000 --workers 300000 --rows 9000000
// Lead intake under concurrency, with the database's own commit rate beside it (see IntakeBenchmark):
//   DALAD_TEST_DB=PostgreSql DALAD_TEST_PG=… DALAD_TEST_REDIS=… dotnet run -c Release --project tests/Dalad.Benchmarks -- intake [--clients 1,8,32]
var command = args.Length > 0 && !char.IsDigit(args[0][0]) ? args[0] : null;
var calls = args.Length > 0 && command is null ? int.Parse(args[0]) : 20_000;
var registerSize = args.Length > 1 && command is null ? int.Parse(args[1]) : 10_000;
var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "routing-dev.jsonl"))
    .Where(l => l.Length > 0)
    .Select(l => JsonDocument.Parse(l).RootElement)
    .Select(e => new RoutingRequest(e.GetProperty("text").GetString(), e.GetProperty("address").GetString()))
    .ToList();

// The host's content root, for WebApplicationFactory outside a test run.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "Dalad.sln"))) root = root.Parent ?? throw new InvalidOperationException("Dalad.sln not found");
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DALAD_HOST", Path.Combine(root.FullName, "host", "Dalad.Host"));

if (command == "evaluate") return await RoutingEvaluation.RunAsync(args[1..]);
if (command == "seed") return await ScaleSeeder.RunAsync(args[1..]);
if (command == "search") return await SearchScaleBenchmark.RunAsync(args[1..]);
if (command == "figures") return await FiguresBenchmark.RunAsync(args[1..]);
if (command == "inbox") return await InboxBenchmark.RunAsync(args[1..]);
if (command == "attendance") return await AttendanceBenchmark.RunAsync(args[1..]);
if (command == "intake") return await IntakeBenchmark.RunAsync(args[1..]);

await using var host = new BenchmarkHost(SyntheticRegister.Create(registerSize));
using var client = await host.CreateClientAsAsync("admin");

var started = Stopwatch.GetTimestamp();
using (var scope = host.Services.CreateScope())
    await scope.ServiceProvider.GetRequiredService<IRoutingService>().ProposeAsync(texts[0]);
Console.WriteLine($"database: {TestEnvironment.Describe()}, register entries: {registerSize}, first routing call {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");

// In-process: the routing service alone, as intake calls it.
using (var scope = host.Services.CreateScope())
{
    var router = scope.ServiceProvider.GetRequiredService<IRoutingService>();
    for (var i = 0; i < 2_000; i++) await router.ProposeAsync(texts[i % texts.Count]); // warm-up
    var samples = new double[calls];
    var total = Stopwatch.GetTimestamp();
    for (var i = 0; i < calls; i++)
    {
        var t = Stopwatch.GetTimestamp();
        await router.ProposeAsync(texts[i % texts.Count]);
        samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    Report("routing service (in-process)", samples, Stopwatch.GetElapsedTime(total));
}

// Through HTTP: POST /api/app/routing/preview with a bearer token (in-memory server: auth, validation, JSON).
{
    var httpCalls = Math.Min(calls, 5_000);
    for (var i = 0; i < 500; i++) (await client.PostAsJsonAsync("/api/app/routing/preview", texts[i % texts.Count])).EnsureSuccessStatusCode();
    var samples = new double[httpCalls];
    var total = Stopwatch.GetTimestamp();
    for (var i = 0; i < httpCalls; i++)
    {
        var t = Stopwatch.GetTimestamp();
        using var response = await client.PostAsJsonAsync("/api/app/routing/preview", texts[i % texts.Count]);
        response.EnsureSuccessStatusCode();
        samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    Report("POST /api/app/routing/preview", samples, Stopwatch.GetElapsedTime(total));
}

// Lead intake through HTTP: POST /api/app/leads (validation, routing, the lead row, its audit row, the full-text
// index), one complainant per lead so no repeat linking; sequential, as one operator desk after another.
{
    var leads = Math.Max(1, calls / 40);
    var samples = new double[leads];
    var total = Stopwatch.GetTimestamp();
    for (var i = 0; i < leads; i++)
    {
        var request = texts[i % texts.Count];
        var t = Stopwatch.GetTimestamp();
        using var response = await client.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = $"BENCH-{Guid.NewGuid():N}", text = request.Text, address = request.Address,
            complainantName = "张三", phone = $"139{i:00000000}", employer = $"某公司{i}", workerCount = 3, amountOwed = 12000m,
        });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    Report("POST /api/app/leads (intake)", samples, Stopwatch.GetElapsedTime(total));
}

return 0;

static void Report(string what, double[] samples, TimeSpan total)
{
    Array.Sort(samples);
    double P(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
    Console.WriteLine($"{what}: {samples.Length} calls, p50 {P(0.50):0.000} ms, p95 {P(0.95):0.000} ms, p99 {P(0.99):0.000} ms, max {samples[^1]:0.000} ms, {samples.Length / total.TotalSeconds:0} calls/s");
}

/// <summary>The real host plus a register of synthetic employers and projects spread over the territories.</summary>
internal sealed class BenchmarkHost(IReadOnlyList<RegisterEntryDto> entries) : DaladHostFactory
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IRegisterSource>(new SyntheticRegister(entries)));
}

internal sealed class SyntheticRegister(IReadOnlyList<RegisterEntryDto> entries) : IRegisterSource
{
    private static readonly string[] Territories = ["150621001", "150621002", "150621003", "150621004", "150621005", "150621006", "150621100", "150621101", "150621102", "150621103", "150621104", "150621105", "150621106", "150621107", "150621200", "150621400", "150621401"];
    private static readonly string[] Industries = ["housing", "transport", "water", "energy", "forestry", "miit", "agri", "commerce"];
    private static readonly string[] Syllables = ["鑫", "泰", "恒", "盛", "达", "宏", "源", "嘉", "瑞", "隆", "昌", "兴", "丰", "华", "利", "通", "顺", "安", "德", "信", "诚", "远", "博", "聚"];
    private static readonly string[] Trades = ["建筑劳务有限公司", "建设工程有限公司", "物流有限公司", "煤业有限责任公司", "水利工程公司", "农牧业开发公司", "商贸有限公司", "新能源有限公司"];

    public string Source => "benchmark";

    public Task<IReadOnlyList<RegisterEntryDto>> GetEntriesAsync(CancellationToken cancellationToken = default) => Task.FromResult(entries);

    public static IReadOnlyList<RegisterEntryDto> Create(int count)
    {
        var random = new Random(20261123);
        return Enumerable.Range(0, count).Select(i =>
        {
            var trade = random.Next(Trades.Length);
            var name = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)])) + (i % 100).ToString("00") + Trades[trade];
            return new RegisterEntryDto(Guid.NewGuid(), "benchmark", i % 2 == 0 ? "employer" : "project", name, [], Territories[random.Next(Territories.Length)], Industries[trade]);
        }).ToList();
    }
}
