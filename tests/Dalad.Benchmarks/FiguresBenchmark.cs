using System.Diagnostics;
using Dalad.Identity.Domain;
using Dalad.Oversight;
using Dalad.Platform.Hosting;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

/// <summary>
/// The command view (<c>GET /api/app/oversight/figures</c>) on a database seeded at scale (see <see cref="ScaleSeeder"/>),
/// over HTTP through the real host in-process (bearer token, permission check, the figure service, JSON):
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- figures --provider PostgreSql --connection "…" [--runs 30] [--warm-up 3] [--body housing] [--log-sql] [--build-rollup]</code>
/// Measured as a member of the joint office (every body) and as a member of one body, for the default period (this month
/// to today) and a whole year (1 January to today). The host's background jobs and outbox are not started, so nothing
/// but the measured requests touches the database; users are created once (bench-office, bench-body) and kept.
/// </summary>
internal static class FiguresBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var provider = string.Equals(Arg("--provider"), "PostgreSql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql" : "Sqlite";
        var runs = int.Parse(Arg("--runs", "30"));
        var warmUp = int.Parse(Arg("--warm-up", "3"));
        var body = Arg("--body", "housing");

        await using var host = new FiguresHost(provider, Arg("--connection"), args.Contains("--log-sql"));
        using (var scope = host.Services.CreateScope())
        {
            var office = await scope.ServiceProvider.GetRequiredService<IMatrixRoles>().GetHolderAsync(MatrixRoles.Coordinator);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("bench-office") is null) await host.CreateUserAsync("bench-office", [office], [OversightPermissions.Default]);
            if (await users.FindByNameAsync("bench-body") is null) await host.CreateUserAsync("bench-body", [body], [OversightPermissions.Default]);
            Console.WriteLine($"joint office: {office}; one body: {body}; {runs} runs after {warmUp} warm-up calls each");
        }
        // --build-rollup: one run of the monthly roll-up's job before measuring (the first on a database without it builds
        // every past month), then a second run (nothing changed: only the check for touched months), each timed.
        if (args.Contains("--build-rollup"))
            foreach (var run in new[] { "first", "second" })
            {
                using var scope = host.Services.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<Dalad.Platform.Security.DataScope>().BeginSystemScope();
                var job = scope.ServiceProvider.GetServices<Dalad.Platform.Jobs.IRecurringJob>().Single(j => j.Name == "cases-figure-rollup");
                var started = Stopwatch.GetTimestamp();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                await job.RunAsync(CancellationToken.None);
                Console.WriteLine($"roll-up job, {run} run: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (host CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s)");
            }
        using var officeClient = await host.CreateClientAsAsync("bench-office");
        using var bodyClient = await host.CreateClientAsAsync("bench-body");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var year = $"?from={today.Year:D4}-01-01&to={today:yyyy-MM-dd}";
        foreach (var (who, client) in new[] { ("joint office", officeClient), ($"body {body}", bodyClient) })
        foreach (var (period, query) in new[] { ("default period (this month)", ""), ($"year {today.Year} to date", year) })
        {
            var url = "/api/app/oversight/figures" + query;
            var first = Stopwatch.GetTimestamp();
            var size = await Call(client, url);
            var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
            for (var i = 1; i < warmUp; i++) await Call(client, url);
            var samples = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var t = Stopwatch.GetTimestamp();
                await Call(client, url);
                samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            Array.Sort(samples);
            double P(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
            Console.WriteLine($"{who}, {period}: first {firstMs:0} ms, p50 {P(0.50):0} ms, p95 {P(0.95):0} ms, p99 {P(0.99):0} ms, max {samples[^1]:0} ms ({size:N0} bytes)");
        }
        return 0;
    }

    private static async Task<int> Call(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {url}: {body}");
        return body.Length;
    }

    /// <summary>The real host on the seeded database, without the recurring jobs and the outbox dispatcher (a deadline
    /// run over a million cases beside the measured requests would measure the job, not the view).</summary>
    private sealed class FiguresHost(string provider, string connection, bool logSql) : Dalad.Testing.DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Default", connection);
            // --log-sql: every statement with its duration ("Executed DbCommand (…ms)"), to find the slowest.
            if (logSql) builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            // The command view reads no full-text index; pointed at a search cluster that is away (nothing listens on
            // port 9), the host starts without indexing the million cases into a fresh Lucene folder first.
            builder.UseSetting("Search:Provider", "Elasticsearch");
            builder.UseSetting("Search:Elasticsearch:Urls", "http://127.0.0.1:9");
            builder.ConfigureTestServices(services =>
            {
                var platform = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationFactory?.Method.DeclaringType?.DeclaringType == typeof(DaladHostingExtensions)).ToList();
                foreach (var d in platform) services.Remove(d);
                Console.WriteLine($"background services not started: {platform.Count} (jobs, outbox)");
            });
        }
    }
}
