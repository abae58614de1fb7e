using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dalad.Platform.Hosting;
using Dalad.Platform.PersonalData;
using Dalad.Platform.Security;
using Dalad.Projects;
using Dalad.Projects.Application;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Dalad.Responsibility.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

/// <summary>
/// Attendance at scale (issue 13), on a fresh database, through the real host in-process:
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- attendance --provider PostgreSql|Sqlite --connection "…" --projects 5000 --workers 300000 --rows 9000000 [--parallel 2] [--runs 200] [--file DIR]</code>
/// Projects (EF) and workers and their pay (binary COPY / prepared inserts) are seeded straight into the database; the
/// month's attendance (October 2026, one clock-in a worker a day) is written to a CSV file, then (a) the file is
/// loaded with a raw <c>COPY … FROM STDIN (FORMAT csv)</c> into a scratch table of the same shape and indexes (SQLite:
/// one prepared insert in one transaction), (b) the same rows go through the product's import, one request per project
/// (<see cref="AttendanceService"/>: validation, the bulk write, the project's evaluation), (c) the full warning
/// evaluation (the job's <see cref="WarningEvaluator.EvaluateAllAsync"/>) runs with every warning new and again with
/// none new, (d) the project page's three reads are timed over HTTP with a bearer token. Host CPU time is printed
/// beside each wall time, and on PostgreSQL the CPU of the database's backends too (the machine is shared).
/// </summary>
internal static class AttendanceBenchmark
{
    private const string Month = "2026-10";

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var postgres = string.Equals(Arg("--provider"), "PostgreSql", StringComparison.OrdinalIgnoreCase);
        var connection = Arg("--connection");
        var projectCount = int.Parse(Arg("--projects", "5000"), CultureInfo.InvariantCulture);
        var workerCount = int.Parse(Arg("--workers", "300000"), CultureInfo.InvariantCulture);
        var rowCount = int.Parse(Arg("--rows", "9000000"), CultureInfo.InvariantCulture);
        var parallel = int.Parse(Arg("--parallel", postgres ? "2" : "1"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Arg("--runs", "200"), CultureInfo.InvariantCulture);
        var folder = Arg("--file", Path.GetTempPath());
        var perProject = workerCount / projectCount;
        var days = rowCount / workerCount;
        if (perProject * projectCount != workerCount || days * workerCount != rowCount || days is < 1 or > 31)
            throw new ArgumentException("--workers must be a multiple of --projects and --rows a multiple of --workers (1 to 31 days)");
        var clock = Stopwatch.StartNew();
        void Log(string text) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {text}");
        Log($"{(postgres ? "PostgreSQL" : "SQLite")}: {projectCount:N0} projects, {workerCount:N0} workers ({perProject} a project), {rowCount:N0} clock-ins ({days} days of {Month}); load {Machine.Load()}");

        await using var host = new AttendanceHost(postgres ? "PostgreSql" : "Sqlite", connection);
        var data = new Plan(projectCount, perProject, days);

        // 1. Projects (EF), workers and pay (straight into the tables).
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            var db = scope.ServiceProvider.GetRequiredService<ProjectsDbContext>();
            if (await db.Projects.AnyAsync()) throw new InvalidOperationException("The database already has projects: use a fresh one.");
            var territories = await scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>().Territories.AsNoTracking()
                .OrderBy(t => t.Code).Select(t => new { t.Code, t.BodyCode }).ToListAsync();
            foreach (var chunk in Enumerable.Range(0, projectCount).Chunk(1000))
            {
                foreach (var p in chunk)
                {
                    var t = territories[p % territories.Count];
                    db.Projects.Add(new Project
                    {
                        Id = data.ProjectId(p), Name = $"考勤基准项目{p:00000}", TypeCode = "E4710", TerritoryCode = t.Code, IndustryBodyCode = "housing",
                        TerritorialBodyCode = t.BodyCode, Builder = $"某置业有限公司{p % 700}", GeneralContractor = $"某建设集团有限公司{p % 300}",
                        ContractDate = new DateOnly(2026, 8, 15), StartDate = new DateOnly(2026, 9, 1), FundingSource = "企业自筹", FundsInPlace = true,
                        // One in five without its wage account, one in five without its deposit: warnings to raise.
                        WageAccount = new WageAccount { OpenedOn = p % 5 == 0 ? null : new DateOnly(2026, 9, 1), Bank = "某银行达拉特旗支行", AccountNumber = $"6222{p:000000000000}" },
                        WageDeposit = new WageDeposit { PaidOn = p % 5 == 1 ? null : new DateOnly(2026, 8, 30), Form = "cash", Amount = 200_000m },
                    });
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            Log($"{projectCount:N0} projects saved");
            var workers = Table.Of(db.Model, typeof(Worker), postgres);
            var payments = Table.Of(db.Model, typeof(PayRecord), postgres);
            var now = DateTime.UtcNow;
            await BulkAsync(postgres, connection, workers, Enumerable.Range(0, workerCount).Select(w => new Dictionary<string, object?>
            {
                ["Id"] = data.WorkerId(w), ["ProjectId"] = data.ProjectId(w / perProject), ["Name"] = "工人" + w, ["IdNumber"] = data.IdNumber(w),
                ["Team"] = "班组" + (w % 6), ["CreatedAt"] = now, ["CreatedBy"] = "bench",
            }));
            // The bank's file: every worker paid for the days worked, but one in ten for 5 days fewer.
            await BulkAsync(postgres, connection, payments, Enumerable.Range(0, workerCount).Select(w => new Dictionary<string, object?>
            {
                ["Id"] = Guid.CreateVersion7(), ["ProjectId"] = data.ProjectId(w / perProject), ["WorkerId"] = data.WorkerId(w), ["Month"] = Month,
                ["DaysPaid"] = w % 10 == 0 ? Math.Max(0, days - 5) : days, ["Amount"] = 300m * days, ["PaidOn"] = new DateOnly(2026, 11, 10),
                ["CreatedAt"] = now, ["CreatedBy"] = "bench",
            }));
            Log($"{workerCount:N0} workers and their pay for {Month} written");
        }

        // 2. The month's file, and (a) the raw load of it.
        var file = Path.Combine(folder, $"attendance-{Guid.NewGuid():N}.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20))
            foreach (var r in data.Rows())
                await writer.WriteLineAsync($"{Guid.CreateVersion7()},{r.ProjectId},{r.WorkerId},{r.DeviceId},{r.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00,{r.Date:yyyy-MM-dd},{Month}");
        Log($"file written: {new FileInfo(file).Length / 1024 / 1024:N0} MB");
        try
        {
            var raw = await RawLoadAsync(postgres, connection, file);
            Log($"(a) raw load of the file: {rowCount:N0} rows in {raw.Wall.TotalSeconds:0.0} s = {rowCount / raw.Wall.TotalSeconds:N0} rows/s; " +
                $"client CPU {raw.ClientCpu.TotalSeconds:0.0} s, database CPU {Cpu(raw.ServerCpu)}; load {Machine.Load()}");

            // (b) The product's import, one request per project (as a site's terminal batch or file would come).
            var cpu = Machine.ProcessCpu();
            var server = await ServerCpuAsync(postgres, connection);
            var started = Stopwatch.GetTimestamp();
            var imported = 0L;
            var done = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, projectCount), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (p, ct) =>
            {
                using var scope = host.Services.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                var request = new AttendanceImportRequest(data.ProjectRows(p).Select(r => new AttendanceRowInput(r.DeviceId, r.IdNumber, r.Time)).ToList());
                var outcome = await scope.ServiceProvider.GetRequiredService<AttendanceService>().ImportAttendanceAsync(data.ProjectId(p), request, ct);
                if (outcome.Result is null) throw new InvalidOperationException($"project {p}: " + string.Join("; ", outcome.Errors.Take(3).Select(e => $"{e.Row}: {e.Message}")));
                Interlocked.Add(ref imported, outcome.Result.Imported);
                if (Interlocked.Increment(ref done) % 500 == 0) Log($"  {done:N0} projects imported");
            });
            var wall = Stopwatch.GetElapsedTime(started);
            var productCpu = Machine.ProcessCpu() - cpu;
            var productServer = await ServerCpuAsync(postgres, connection, server);
            Log($"(b) product import: {imported:N0} rows stored in {wall.TotalSeconds:0.0} s = {rowCount / wall.TotalSeconds:N0} rows/s ({parallel} at a time); " +
                $"ratio to the raw load {raw.Wall.TotalSeconds / wall.TotalSeconds:0.00} (raw {raw.Wall.TotalSeconds:0.0} s / product {wall.TotalSeconds:0.0} s); " +
                $"host CPU {productCpu.TotalSeconds:0.0} s, database CPU {Cpu(productServer)}; load {Machine.Load()}");
            if (imported != rowCount) throw new InvalidOperationException($"{imported} rows stored, {rowCount} expected");
        }
        finally
        {
            File.Delete(file);
        }

        {
            var vacuum = Stopwatch.GetTimestamp();
            await ExecuteAsync(postgres, connection, postgres ? "VACUUM ANALYZE projects.\"Attendance\"; ANALYZE projects.\"Workers\"; ANALYZE projects.\"Payments\"" : "ANALYZE");
            Log($"{(postgres ? "VACUUM ANALYZE" : "ANALYZE")} {Stopwatch.GetElapsedTime(vacuum).TotalSeconds:0.0} s");
        }

        // (c) The full evaluation, every warning new (those the imports raised deleted), then with nothing new.
        await ExecuteAsync(postgres, connection, postgres ? "DELETE FROM projects.\"Warnings\"" : "DELETE FROM \"projects_Warnings\"");
        foreach (var pass in new[] { "every warning new", "nothing new" })
        {
            using var scope = host.Services.CreateScope();
            var cpu = Machine.ProcessCpu();
            var server = await ServerCpuAsync(postgres, connection);
            var t = Stopwatch.GetTimestamp();
            var raised = await scope.ServiceProvider.GetRequiredService<WarningEvaluator>().EvaluateAllAsync(CancellationToken.None);
            Log($"(c) full evaluation ({pass}): {Stopwatch.GetElapsedTime(t).TotalSeconds:0.0} s, {raised:N0} warnings raised; host CPU {(Machine.ProcessCpu() - cpu).TotalSeconds:0.0} s, " +
                $"database CPU {Cpu(await ServerCpuAsync(postgres, connection, server))}; load {Machine.Load()}");
        }

        // (d) The project page over HTTP: its three reads, for projects picked at random.
        await host.CreateUserAsync("bench-att-housing", ["housing"], [ProjectsPermissions.Default, WarningsPermissions.Default]);
        using var client = await host.CreateClientAsAsync("bench-att-housing");
        var random = new Random(13);
        string[] reads = ["", "/workers", "/pay-against-attendance"];
        var samples = reads.Select(_ => new double[runs]).ToArray();
        var page = new double[runs];
        var pageCpu = Machine.ProcessCpu();
        for (var i = -10; i < runs; i++)
        {
            var id = data.ProjectId(random.Next(projectCount));
            var total = 0.0;
            for (var k = 0; k < reads.Length; k++)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/api/app/projects/{id}{reads[k]}");
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
                var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                total += ms;
                if (i >= 0) samples[k][i] = ms;
            }
            if (i >= 0) page[i] = total;
            if (i == -1) pageCpu = Machine.ProcessCpu();
        }
        var perPage = (Machine.ProcessCpu() - pageCpu).TotalMilliseconds / runs;
        for (var k = 0; k < reads.Length; k++) Log($"(d) GET /api/app/projects/{{id}}{reads[k]}: {Percentiles(samples[k])}");
        Log($"(d) project page (the three in a row): {Percentiles(page)}; host CPU {perPage:0.0} ms a page; {runs} pages after 10 warm-up; load {Machine.Load()}");

        // The hot statement of the page and the evaluation, as EF sends it, with its plan.
        var sample = data.ProjectId(7);
        var sql = postgres
            ? $"EXPLAIN (ANALYZE, BUFFERS) SELECT a.\"ProjectId\", a.\"WorkerId\", a.\"Month\", COUNT(DISTINCT a.\"Date\"), MAX(a.\"Date\") FROM projects.\"Attendance\" AS a WHERE a.\"ProjectId\" = ANY('{{{sample}}}'::uuid[]) GROUP BY a.\"ProjectId\", a.\"WorkerId\", a.\"Month\""
            : $"EXPLAIN QUERY PLAN SELECT a.\"ProjectId\", a.\"WorkerId\", a.\"Month\", COUNT(DISTINCT a.\"Date\"), MAX(a.\"Date\") FROM \"projects_Attendance\" AS a WHERE a.\"ProjectId\" IN ('{sample.ToString().ToUpperInvariant()}') GROUP BY a.\"ProjectId\", a.\"WorkerId\", a.\"Month\"";
        Console.WriteLine(sql);
        foreach (var line in await QueryLinesAsync(postgres, connection, sql)) Console.WriteLine("  " + line);
        Log($"done; host CPU in all {Machine.ProcessCpu().TotalSeconds:0} s");
        return 0;
    }

    private static string Percentiles(double[] values)
    {
        var sorted = values.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, max {sorted[^1]:0.0} ms";
    }

    private static string Cpu(TimeSpan? server) => server is { } s ? $"{s.TotalSeconds:0.0} s" : "n/a";

    /// <summary>CPU (user + system) of the database's server processes: the backends connected to it, from /proc.</summary>
    private static async Task<TimeSpan?> ServerCpuAsync(bool postgres, string connection, TimeSpan? since = null)
    {
        if (!postgres) return null;
        var database = new NpgsqlConnectionStringBuilder(connection).Database;
        var pids = await QueryLinesAsync(true, connection, $"SELECT pid FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
        var ticks = 0L;
        foreach (var pid in pids)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
        }
        var total = TimeSpan.FromSeconds(ticks / 100.0);
        return since is { } s ? total - s : total;
    }

    private static async Task<(TimeSpan Wall, TimeSpan ClientCpu, TimeSpan? ServerCpu)> RawLoadAsync(bool postgres, string connectionString, string file)
    {
        var cpu = Machine.ProcessCpu();
        if (postgres)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS projects.\"AttendanceRawCopy\"; CREATE TABLE projects.\"AttendanceRawCopy\" (LIKE projects.\"Attendance\" INCLUDING ALL)", connection))
                await create.ExecuteNonQueryAsync();
            var pid = (int)(await new NpgsqlCommand("SELECT pg_backend_pid()", connection).ExecuteScalarAsync())!;
            var before = BackendCpu(pid);
            var t = Stopwatch.GetTimestamp();
            await using (var writer = await connection.BeginTextImportAsync("COPY projects.\"AttendanceRawCopy\" (\"Id\", \"ProjectId\", \"WorkerId\", \"DeviceId\", \"Time\", \"Date\", \"Month\") FROM STDIN (FORMAT csv)"))
            using (var reader = new StreamReader(file))
            {
                var buffer = new char[1 << 16];
                int n;
                while ((n = await reader.ReadAsync(buffer)) > 0) await writer.WriteAsync(buffer, 0, n);
            }
            var wall = Stopwatch.GetElapsedTime(t);
            var server = BackendCpu(pid) - before;
            await using (var drop = new NpgsqlCommand("DROP TABLE projects.\"AttendanceRawCopy\"", connection)) await drop.ExecuteNonQueryAsync();
            return (wall, Machine.ProcessCpu() - cpu, server);
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = """
                    DROP TABLE IF EXISTS "AttendanceRawCopy";
                    CREATE TABLE "AttendanceRawCopy" ("Id" TEXT NOT NULL PRIMARY KEY, "ProjectId" TEXT NOT NULL, "WorkerId" TEXT NOT NULL, "DeviceId" TEXT NOT NULL, "Time" TEXT NOT NULL, "Date" TEXT NOT NULL, "Month" TEXT NOT NULL);
                    CREATE UNIQUE INDEX "IX_Raw_Key" ON "AttendanceRawCopy" ("WorkerId", "DeviceId", "Time");
                    CREATE INDEX "IX_Raw_Days" ON "AttendanceRawCopy" ("ProjectId", "Month", "WorkerId", "Date");
                    """;
                await create.ExecuteNonQueryAsync();
            }
            var t = Stopwatch.GetTimestamp();
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO \"AttendanceRawCopy\" VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)";
                var parameters = Enumerable.Range(0, 7).Select(i => insert.Parameters.Add(new SqliteParameter("@p" + i, SqliteType.Text))).ToArray();
                insert.Prepare();
                foreach (var line in File.ReadLines(file))
                {
                    var fields = line.Split(',');
                    for (var i = 0; i < 7; i++) parameters[i].Value = fields[i];
                    await insert.ExecuteNonQueryAsync();
                }
                await transaction.CommitAsync();
            }
            var wall = Stopwatch.GetElapsedTime(t);
            await using (var drop = connection.CreateCommand())
            {
                drop.CommandText = "DROP TABLE \"AttendanceRawCopy\"";
                await drop.ExecuteNonQueryAsync();
            }
            return (wall, Machine.ProcessCpu() - cpu, null);
        }
    }

    private static TimeSpan BackendCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }

    private static async Task BulkAsync(bool postgres, string connectionString, Table table, IEnumerable<Dictionary<string, object?>> rows)
    {
        if (postgres)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
            await connection.OpenAsync();
            await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand());
            importer.Timeout = TimeSpan.Zero;
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                foreach (var column in table.Columns)
                {
                    var value = column.Value(row);
                    if (value is null) await importer.WriteNullAsync();
                    else await importer.WriteAsync(value, column.PostgresType);
                }
            }
            await importer.CompleteAsync();
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = (SqliteCommand)table.Insert(connection, (c, name, _) => c.Parameters.Add(new SqliteParameter { ParameterName = name }));
            command.Transaction = transaction;
            command.Prepare();
            foreach (var row in rows)
            {
                table.Bind(command, row);
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
    }

    private static async Task ExecuteAsync(bool postgres, string connectionString, string sql)
    {
        if (postgres)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
            await connection.OpenAsync();
            foreach (var statement in sql.Split("; "))
                await using (var command = new NpgsqlCommand(statement, connection)) await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<List<string>> QueryLinesAsync(bool postgres, string connectionString, string sql)
    {
        var lines = new List<string>();
        await using System.Data.Common.DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return lines;
    }

    /// <summary>The synthetic data, deterministic: project p has workers p·n … p·n+n−1; each clocks in at one gate a day.</summary>
    private sealed class Plan(int projects, int perProject, int days)
    {
        public sealed record Row(Guid ProjectId, Guid WorkerId, string DeviceId, string IdNumber, DateTimeOffset Time, DateOnly Date);

        public Guid ProjectId(int p) => new($"{p:x8}-0000-4000-8000-000000000013");

        public Guid WorkerId(int w) => new($"{w:x8}-0001-4000-8000-000000000013");

        /// <summary>A valid GB 11643 number (region 150621), unique per worker: born 1965 + w/1000 days, sequence w%1000.</summary>
        public string IdNumber(int w)
        {
            var first17 = "150621" + new DateOnly(1965, 1, 1).AddDays(w / 1000).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (w % 1000).ToString("000", CultureInfo.InvariantCulture);
            return first17 + ChineseIdCard.CheckCharacter(first17);
        }

        public IEnumerable<Row> ProjectRows(int p)
        {
            for (var w = p * perProject; w < (p + 1) * perProject; w++)
            {
                var id = IdNumber(w);
                for (var d = 1; d <= days; d++)
                {
                    var time = new DateTimeOffset(2026, 10, d, 7, w % 60, 0, TimeSpan.FromHours(8));
                    yield return new Row(ProjectId(p), WorkerId(w), $"GATE-{p:00000}-{w % 2}", id, time, new DateOnly(2026, 10, d));
                }
            }
        }

        public IEnumerable<Row> Rows() => Enumerable.Range(0, projects).SelectMany(ProjectRows);
    }

    /// <summary>The real host on the given database, without the recurring jobs and the outbox (measured alone).</summary>
    private sealed class AttendanceHost(string provider, string connection) : Dalad.Testing.DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Default", connection);
            builder.UseSetting("Search:Provider", "Elasticsearch");
            builder.UseSetting("Search:Elasticsearch:Urls", "http://127.0.0.1:9");
            builder.ConfigureTestServices(services =>
            {
                foreach (var d in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && d.ImplementationFactory?.Method.DeclaringType?.DeclaringType == typeof(DaladHostingExtensions)).ToList())
                    services.Remove(d);
            });
        }
    }
}
