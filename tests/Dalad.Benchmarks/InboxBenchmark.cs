using System.Diagnostics;
using System.Text.Json;
using Dalad.Identity.Domain;
using Dalad.Platform.Hosting;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

/// <summary>
/// The inbox and the workspace's reads on a database seeded at scale (see <see cref="ScaleSeeder"/>), over HTTP through
/// the real host in-process (bearer token, permission check, query, JSON):
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- inbox --provider PostgreSql --connection "…" --data DIR [--runs 50] [--warm-up 3] [--body housing] [--only TEXT] [--skip-text]</code>
/// <c>--data</c> is a data folder whose cases index was fed from that database (a host started on it once and left to
/// catch up: <c>search-index</c> healthy); without it the text filter finds nothing. The first page, a deep page by
/// cursor (page 500 of 20), the status filter, the text filter, the board, the open reminders and the badge counts,
/// as a member of one body and of the joint office. Recurring jobs and the outbox are not started.
/// With <c>--search</c>: the search page end to end instead (the two-word queries with facets, see SearchPageAsync).
/// </summary>
internal static class InboxBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var provider = string.Equals(Arg("--provider"), "PostgreSql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql" : "Sqlite";
        var runs = int.Parse(Arg("--runs", "50"));
        var warmUp = int.Parse(Arg("--warm-up", "3"));
        var body = Arg("--body", "housing");
        var only = Arg("--only", "");
        // Without a fed cases index (no --data of one, e.g. a fresh SQLite seed) the text rows would measure nothing.
        var skipText = args.Contains("--skip-text");

        await using var host = new InboxHost(provider, Arg("--connection"), Arg("--data"), Arg("--analysis", "words"));
        using (var scope = host.Services.CreateScope())
        {
            var office = await scope.ServiceProvider.GetRequiredService<IMatrixRoles>().GetHolderAsync(MatrixRoles.Coordinator);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            string[] permissions = [Dalad.Cases.CasesPermissions.Default, SearchPermissions.Default];
            if (await users.FindByNameAsync("bench-inbox-office") is null) await host.CreateUserAsync("bench-inbox-office", [office!], permissions);
            if (await users.FindByNameAsync("bench-inbox-body") is null) await host.CreateUserAsync("bench-inbox-body", [body], permissions);
            var count = await scope.ServiceProvider.GetRequiredService<IFullTextSearch>().CountAsync("cases");
            Console.WriteLine($"joint office: {office}; one body: {body}; cases index: {count:N0} documents; {runs} runs after {warmUp} warm-up calls each");
        }
        using var officeClient = await host.CreateClientAsAsync("bench-inbox-office");
        using var bodyClient = await host.CreateClientAsAsync("bench-inbox-body");
        if (args.Contains("--search"))
        {
            await SearchPageAsync("joint office", officeClient, runs, warmUp);
            await SearchPageAsync(body, bodyClient, runs, warmUp);
            return 0;
        }

        // Page 500 of 20: the cursor where page 499 ends, found once by page number (not measured).
        var deep = JsonDocument.Parse(await Get(bodyClient, "/api/app/cases?maxResultCount=20&skipCount=9980")).RootElement.GetProperty("nextCursor").GetString()!;
        // The second page of the board's overdue list and of the open reminders, by the first page's cursor (not measured).
        string Next(string json, string property) => JsonDocument.Parse(json).RootElement.GetProperty(property).GetString() ?? "";
        var boardNext = Next(await Get(bodyClient, "/api/app/cases/board"), "overdueNextCursor");
        var remindersNext = Next(await Get(bodyClient, "/api/app/cases/reminders?open=true"), "nextCursor");
        var cases = new (string Name, HttpClient Client, string Url)[]
        {
            ($"inbox, first page ({body})", bodyClient, "/api/app/cases?maxResultCount=20"),
            ($"inbox, page 500 by cursor ({body})", bodyClient, "/api/app/cases?maxResultCount=20&cursor=" + Uri.EscapeDataString(deep)),
            ($"inbox, status handling ({body})", bodyClient, "/api/app/cases?maxResultCount=20&status=handling"),
            ($"inbox, status reviewing ({body})", bodyClient, "/api/app/cases?maxResultCount=20&status=reviewing"),
            ($"inbox, text 装修 ({body})", bodyClient, "/api/app/cases?maxResultCount=20&filter=" + Uri.EscapeDataString("装修")),
            ($"inbox, text 煤矿 拖欠 ({body})", bodyClient, "/api/app/cases?maxResultCount=20&filter=" + Uri.EscapeDataString("煤矿 拖欠")),
            ($"inbox, text 搅拌站 + status handling ({body})", bodyClient, "/api/app/cases?maxResultCount=20&status=handling&filter=" + Uri.EscapeDataString("搅拌站")),
            ("inbox, first page (joint office)", officeClient, "/api/app/cases?maxResultCount=20"),
            ("inbox, text 装修 (joint office)", officeClient, "/api/app/cases?maxResultCount=20&filter=" + Uri.EscapeDataString("装修")),
            ($"counts ({body})", bodyClient, "/api/app/cases/counts?bodyCode=" + body),
            ("counts (joint office)", officeClient, "/api/app/cases/counts"),
            ($"open reminders ({body})", bodyClient, "/api/app/cases/reminders?open=true"),
            ("open reminders (joint office)", officeClient, "/api/app/cases/reminders?open=true"),
            ($"board ({body})", bodyClient, "/api/app/cases/board"),
            ("board (joint office)", officeClient, "/api/app/cases/board"),
            ($"board, overdue page 2 by cursor ({body})", bodyClient, "/api/app/cases/board?list=overdue&cursor=" + Uri.EscapeDataString(boardNext)),
            ($"open reminders, page 2 by cursor ({body})", bodyClient, "/api/app/cases/reminders?open=true&cursor=" + Uri.EscapeDataString(remindersNext)),
        };
        foreach (var (name, client, url) in cases.Where(c => (only.Length == 0 || c.Name.Contains(only, StringComparison.Ordinal))
                     && !(skipText && c.Name.Contains("text", StringComparison.Ordinal))))
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var first = Stopwatch.GetTimestamp();
            var size = (await Get(client, url)).Length;
            var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
            for (var i = 1; i < warmUp; i++) await Get(client, url);
            var samples = new double[runs];
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var t = Stopwatch.GetTimestamp();
                await Get(client, url);
                samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
            Array.Sort(samples);
            double P(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
            Console.WriteLine($"{name}: first {firstMs:0} ms, p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, max {samples[^1]:0} ms, host CPU {cpuMs:0.0} ms/call ({size:N0} bytes)");
        }
        return 0;
    }

    /// <summary>
    /// The search page end to end (issue 19): <c>GET /api/app/search</c> for each two-word query of
    /// <see cref="SearchScaleBenchmark"/>, with its six facets and the shown page of 20 read from the database, as the
    /// user asks it; <paramref name="runs"/> rounds over all the queries after <paramref name="warmUp"/> rounds.
    /// </summary>
    private static async Task SearchPageAsync(string who, HttpClient client, int runs, int warmUp)
    {
        var queries = SearchScaleBenchmark.Queries;
        string Url(string q) => "/api/app/search?in=cases&max=20&q=" + Uri.EscapeDataString(q);
        for (var i = 0; i < warmUp; i++) foreach (var q in queries) await Get(client, Url(q));
        var samples = new List<(string Query, double Ms)>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                await Get(client, Url(q));
                samples.Add((q, Stopwatch.GetElapsedTime(t).TotalMilliseconds));
            }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples.Count;
        var sorted = samples.Select(s => s.Ms).Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var hits = JsonDocument.Parse(await Get(client, Url(queries[0]))).RootElement.GetProperty("totalCount").GetInt64();
        Console.WriteLine($"search page ({who}): {samples.Count} searches, p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, " +
            $"max {sorted[^1]:0} ms, host CPU {cpuMs:0.0} ms/search; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {queries[0]}: {hits} considered");
        var slowest = samples.GroupBy(s => s.Query).Select(g => (Query: g.Key, Worst: g.Max(s => s.Ms), Median: g.Select(s => s.Ms).Order().ElementAt(g.Count() / 2)))
            .OrderByDescending(g => g.Worst).Take(5);
        Console.WriteLine("  slowest: " + string.Join(", ", slowest.Select(g => $"{g.Query} {g.Worst:0} ms (median {g.Median:0})")));
    }

    private static async Task<string> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {url}: {body}");
        return body;
    }

    /// <summary>The real host on the seeded database and the given data folder (its Lucene indexes), without the
    /// recurring jobs and the outbox dispatcher (a deadline run over a million cases would be measured too).</summary>
    private sealed class InboxHost(string provider, string connection, string dataPath, string analysis) : Dalad.Testing.DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Default", connection);
            builder.UseSetting("Dalad:DataPath", dataPath);
            builder.UseSetting("Search:Lucene:Analysis", analysis);
            builder.ConfigureTestServices(services =>
            {
                var platform = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationFactory?.Method.DeclaringType?.DeclaringType == typeof(DaladHostingExtensions)).ToList();
                foreach (var d in platform) services.Remove(d);
                // The cases index of the data folder is complete; the catch-up would feed the leads index meanwhile.
                foreach (var d in services.Where(d => d.ImplementationType?.Name == "SearchCatchUpService").ToList()) services.Remove(d);
            });
        }
    }
}
