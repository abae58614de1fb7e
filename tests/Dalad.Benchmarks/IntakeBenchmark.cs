using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Npgsql;

/// <summary>
/// Lead intake under concurrency (issue 16 item 3), through the real host in-process on the database the environment
/// names (<see cref="TestEnvironment"/>: a fresh database per run; PostgreSQL and Redis as the scaled profile has them):
/// <code>DALAD_TEST_DB=PostgreSql DALAD_TEST_PG=… DALAD_TEST_REDIS=… dotnet run -c Release --project tests/Dalad.Benchmarks -- intake [--clients 1,8,32] [--leads 3000] [--warm-up 300]</code>
/// Each of C clients posts leads one after another (<c>POST /api/app/leads</c>: validation, routing, the lead and its
/// outbox row, the full-text index), a complainant and an employer of its own per lead, so none is linked as a repeat.
/// On PostgreSQL the same run also measures the database's own rate of single-row commits at the same concurrency
/// (C connections, each an <c>INSERT</c> of one row per transaction into a scratch table), the ceiling no intake can pass.
/// </summary>
internal static class IntakeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var clients = Arg("--clients", "1,8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var leads = int.Parse(Arg("--leads", "3000"), CultureInfo.InvariantCulture);
        var warmUp = int.Parse(Arg("--warm-up", "300"), CultureInfo.InvariantCulture);
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "routing-dev.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Address: e.GetProperty("address").GetString())).ToList();

        await using var host = new DaladHostFactory();
        using var client = await host.CreateClientAsAsync("admin");
        Console.WriteLine($"database: {TestEnvironment.Describe()}; {leads:N0} leads per level after {warmUp} warm-up; load {Machine.Load()}");

        var serial = 0;
        async Task<double> PostAsync()
        {
            var i = Interlocked.Increment(ref serial);
            var (text, address) = texts[i % texts.Count];
            var t = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("/api/app/leads", new
            {
                channel = "12345", ticketNumber = $"BENCH-{i:0000000}", text, address,
                complainantName = "张三", phone = $"139{i:00000000}", employer = $"某公司{i}", workerCount = 3, amountOwed = 12000m,
            });
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
            return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        await RunLevelAsync(8, warmUp, PostAsync);
        foreach (var c in clients)
        {
            var cpu = Machine.ProcessCpu();
            var (samples, wall) = await RunLevelAsync(c, leads, PostAsync);
            var perLead = (Machine.ProcessCpu() - cpu).TotalMilliseconds / leads;
            var line = $"intake, {c,2} clients: {leads:N0} leads in {wall.TotalSeconds:0.0} s = {leads / wall.TotalSeconds:0} leads/s; {Percentiles(samples)}; host CPU {perLead:0.0} ms a lead";
            if (TestEnvironment.UsePostgreSql)
            {
                var commits = await CommitRateAsync(host.PostgreSqlConnectionString!, c, TimeSpan.FromSeconds(5));
                line += $"; database single-row commits at {c}: {commits:0}/s, intake is {leads / wall.TotalSeconds / commits:P1} of it";
            }
            Console.WriteLine(line + $"; load {Machine.Load()}");
        }
        return 0;
    }

    private static async Task<(double[] Samples, TimeSpan Wall)> RunLevelAsync(int clients, int count, Func<Task<double>> post)
    {
        var samples = new double[count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) samples[i] = await post();
        })));
        return (samples, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Transactions a second the database commits at this concurrency, each one row inserted.</summary>
    private static async Task<double> CommitRateAsync(string connectionString, int connections, TimeSpan duration)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("DROP TABLE IF EXISTS public.bench_commit; CREATE TABLE public.bench_commit (id bigserial PRIMARY KEY, at timestamptz NOT NULL, text text NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }
        var done = 0L;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO public.bench_commit (at, text) VALUES (now(), $1)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = "某公司拖欠农民工工资" });
            await insert.PrepareAsync();
            while (Stopwatch.GetTimestamp() < until)
            {
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref done);
            }
        })));
        var rate = done / Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using (var cleanup = new NpgsqlConnection(connectionString))
        {
            await cleanup.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE public.bench_commit", cleanup);
            await drop.ExecuteNonQueryAsync();
        }
        return rate;
    }

    private static string Percentiles(double[] values)
    {
        var sorted = values.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms";
    }
}
