using System.Data.Common;
using System.Diagnostics;
using Dalad.Cases;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Registers;
using Dalad.Platform.Security;
using Dalad.Responsibility.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// Fills a database with cases at scale, as dispatch would have made them, straight into the tables (no services,
/// no audit rows, no full-text index: the host indexes at its next start):
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- seed --provider PostgreSql|Sqlite --connection "…" --cases 1000000 [--register 10000]</code>
/// The schema and the reference data (62 bodies, 17 territories, the matrix) come from the host's own migrations and
/// seeding: the host is started once on the connection first. Rows are written with PostgreSQL's binary COPY, or on
/// SQLite with one prepared insert per table in a single transaction. Column names and types come from the EF model, so
/// a new column of the cases module needs no change here (it gets its default).
/// </summary>
internal static class ScaleSeeder
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var provider = Arg("--provider");
        var postgres = string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase);
        if (!postgres && !string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase)) throw new ArgumentException("--provider PostgreSql|Sqlite");
        var connection = Arg("--connection");
        var count = int.Parse(Arg("--cases", "1000000"));
        var registerCount = int.Parse(Arg("--register", "10000"));
        var clock = Stopwatch.StartNew();

        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] starting the host once on the database (migrations, reference data)…");
        SeedPlan plan;
        await using (var host = new SeedHost(postgres ? "PostgreSql" : "Sqlite", connection))
        {
            using var scope = host.Services.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            var responsibility = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
            var cases = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
            var registers = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            if (await cases.Cases.AnyAsync()) throw new InvalidOperationException("The database already has cases: seed a fresh one.");
            var bodies = await responsibility.Bodies.AsNoTracking().Select(b => new { b.Code, b.Kind }).ToListAsync();
            var territories = await responsibility.Territories.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Code, t.BodyCode }).ToListAsync();
            var department = await registers.Definitions.AsNoTracking().Select(d => d.Key).OrderBy(k => k).FirstOrDefaultAsync() ?? "benchmark";
            plan = new SeedPlan(
                territories.Select(t => (t.Code, t.BodyCode)).ToArray(),
                bodies.Where(b => b.Kind == "industry").Select(b => b.Code).Order().ToArray(),
                bodies.Where(b => b.Kind == "intake").Select(b => b.Code).Order().ToArray(),
                department,
                Table.Of(cases.Model, typeof(Case), postgres), Table.Of(cases.Model, typeof(Lead), postgres),
                Table.Of(cases.Model, typeof(CaseAssignment), postgres), Table.Of(cases.Model, typeof(CaseEvent), postgres),
                Table.Of(cases.Model, typeof(SupervisionReminder), postgres), Table.Of(cases.Model, typeof(CaseVisit), postgres),
                Table.Of(cases.Model, typeof(CaseTransfer), postgres), Table.Of(cases.Model, typeof(CaseNumberCounter), postgres),
                Table.Of(registers.Model, typeof(RegisterEntry), postgres));
            Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {plan.Territories.Length} territories, {plan.IndustryBodies.Length} industry bodies, {bodies.Count} bodies in all");
        }

        var rows = new SyntheticCases(plan, count, DateTime.UtcNow);
        if (postgres) await CopyAsync(connection, plan, rows, registerCount, clock);
        else await InsertAsync(connection, plan, rows, registerCount, clock);
        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] done: {count:N0} cases, {rows.Reminders:N0} supervision reminders, {registerCount:N0} register entries");
        return 0;
    }

    private static async Task CopyAsync(string connectionString, SeedPlan plan, SyntheticCases rows, int registerCount, Stopwatch clock)
    {
        // A COPY of millions of rows outlasts the default 30 s command timeout on a busy machine.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        // One COPY per table, the tables in foreign-key order; the generator is deterministic (seeded random, ids
        // included), so each table's pass regenerates the same cases instead of holding a million in memory.
        foreach (var (table, select) in new (Table, Func<CaseRows, IEnumerable<Dictionary<string, object?>>>)[]
                 {
                     (plan.Cases, r => [r.Case]), (plan.Leads, r => [r.Lead]), (plan.Assignments, r => r.Assignments),
                     (plan.Events, r => r.Events), (plan.Reminders, r => r.Reminders), (plan.Visits, r => r.Visits),
                     (plan.Transfers, r => r.Transfers),
                 })
        {
            await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand());
            importer.Timeout = TimeSpan.Zero;
            var written = 0L;
            foreach (var row in rows.Generate().SelectMany(select))
            {
                await importer.StartRowAsync();
                foreach (var column in table.Columns)
                {
                    var value = column.Value(row);
                    if (value is null) await importer.WriteNullAsync();
                    else await importer.WriteAsync(value, column.PostgresType);
                }
                if (++written % 200_000 == 0) Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {table.Name}: {written:N0}");
            }
            await importer.CompleteAsync();
            Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {table.Name}: {written:N0} rows");
        }
        await CounterAndRegisterAsync(plan, rows, registerCount, async (table, row) =>
        {
            await using var command = table.Insert(connection, (c, name, v) => c.Parameters.Add(new NpgsqlParameter(name, v ?? DBNull.Value)));
            table.Bind(command, row);
            await command.ExecuteNonQueryAsync();
        }, clock);
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection)) await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] ANALYZE done");
    }

    private static async Task InsertAsync(string connectionString, SeedPlan plan, SyntheticCases rows, int registerCount, Stopwatch clock)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var tables = new[] { plan.Cases, plan.Leads, plan.Assignments, plan.Events, plan.Reminders, plan.Visits, plan.Transfers };
        var commands = tables.ToDictionary(t => t, t =>
        {
            var command = t.Insert(connection, (c, name, _) => c.Parameters.Add(new SqliteParameter { ParameterName = name }));
            command.Transaction = transaction;
            command.Prepare();
            return (SqliteCommand)command;
        });
        async Task Write(Table table, Dictionary<string, object?> row)
        {
            var command = commands[table];
            table.Bind(command, row);
            await command.ExecuteNonQueryAsync();
        }
        var n = 0;
        foreach (var r in rows.Generate())
        {
            await Write(plan.Cases, r.Case);
            await Write(plan.Leads, r.Lead);
            foreach (var a in r.Assignments) await Write(plan.Assignments, a);
            foreach (var e in r.Events) await Write(plan.Events, e);
            foreach (var m in r.Reminders) await Write(plan.Reminders, m);
            foreach (var v in r.Visits) await Write(plan.Visits, v);
            foreach (var t in r.Transfers) await Write(plan.Transfers, t);
            if (++n % 100_000 == 0) Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {n:N0} cases");
        }
        await CounterAndRegisterAsync(plan, rows, registerCount, async (table, row) =>
        {
            await using var command = table.Insert(connection, (c, name, _) => c.Parameters.Add(new SqliteParameter { ParameterName = name }));
            command.Transaction = transaction;
            table.Bind(command, row);
            await command.ExecuteNonQueryAsync();
        }, clock);
        await transaction.CommitAsync();
        foreach (var command in commands.Values) await command.DisposeAsync();
        await using (var analyze = new SqliteCommand("ANALYZE", connection)) await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] committed and analysed");
    }

    /// <summary>The case number counters (so the next real case continues the sequence) and the register entries.</summary>
    private static async Task CounterAndRegisterAsync(SeedPlan plan, SyntheticCases rows, int registerCount,
        Func<Table, Dictionary<string, object?>, Task> insert, Stopwatch clock)
    {
        foreach (var (year, last) in rows.LastNumbers)
            await insert(plan.Counters, new() { ["Year"] = year, ["LastNumber"] = last });
        var register = SyntheticRegister.Create(registerCount);
        var now = DateTime.UtcNow;
        for (var i = 0; i < register.Count; i++)
        {
            var entry = register[i];
            await insert(plan.Register, new()
            {
                ["Id"] = Guid.NewGuid(), ["Department"] = plan.Department, ["OwnerBodyCode"] = entry.IndustryBodyCode ?? plan.IndustryBodies[0],
                ["Kind"] = entry.Kind, ["Name"] = $"{entry.Name}{i}", ["Aliases"] = "", ["TerritoryCode"] = entry.TerritoryCode,
                ["IndustryBodyCode"] = entry.IndustryBodyCode, ["IsActive"] = true, ["CreatedAt"] = now, ["CreatedBy"] = "seed",
            });
        }
        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] counters and {registerCount:N0} register entries written");
    }

    /// <summary>The real host on the given database (its temp folders from the test factory).</summary>
    private sealed class SeedHost(string provider, string connection) : Dalad.Testing.DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Default", connection);
        }
    }
}

internal sealed record SeedPlan(
    (string Code, string BodyCode)[] Territories, string[] IndustryBodies, string[] IntakeBodies, string Department,
    Table Cases, Table Leads, Table Assignments, Table Events, Table Reminders, Table Visits, Table Transfers, Table Counters, Table Register);

internal sealed record CaseRows(Dictionary<string, object?> Case, Dictionary<string, object?> Lead,
    List<Dictionary<string, object?>> Assignments, List<Dictionary<string, object?>> Events, List<Dictionary<string, object?>> Reminders,
    List<Dictionary<string, object?>> Visits, List<Dictionary<string, object?>> Transfers);

/// <summary>
/// Cases opened evenly over the last three years. Older cases are mostly closed, recent ones open at every step; an open
/// step has a due time 10 days after it started, so old open cases are overdue (the deadline job would have flagged
/// them and raised a reminder to the lead body). Territories are even; industry bodies skewed (housing gets most, as
/// construction wage arrears do), so one department's inbox is large.
/// </summary>
internal sealed class SyntheticCases(SeedPlan plan, int count, DateTime now)
{
    private static readonly string[] Channels = [LeadChannels.Hotline12345, LeadChannels.Petition, LeadChannels.Online, LeadChannels.WalkIn];
    private static readonly string[] Words = ["拖欠", "工资", "农民工", "工地", "项目部", "包工头", "劳务", "结算", "年底", "讨薪", "搅拌站", "装修", "煤矿", "物流"];

    public long Reminders { get; private set; }
    public Dictionary<int, int> LastNumbers { get; } = [];

    public IEnumerable<CaseRows> Generate()
    {
        var random = new Random(20261203);
        var bytes = new byte[16];
        Guid NewId()
        {
            random.NextBytes(bytes);
            bytes[7] = (byte)(0x40 | (bytes[7] & 0x0F)); // version 4, as Guid.NewGuid
            return new Guid(bytes);
        }
        Reminders = 0;
        LastNumbers.Clear();
        var span = TimeSpan.FromDays(3 * 365);
        var housing = Array.IndexOf(plan.IndustryBodies, "housing");
        for (var i = 0; i < count; i++)
        {
            var opened = now - span + span * ((i + 0.5) / count);
            var year = opened.AddHours(8).Year;
            var sequence = LastNumbers[year] = LastNumbers.GetValueOrDefault(year) + 1;
            var number = $"DLT-{year}-{sequence:000000}";
            var (territory, territorialBody) = plan.Territories[random.Next(plan.Territories.Length)];
            var industryBody = housing >= 0 && random.Next(100) < 30 ? plan.IndustryBodies[housing] : plan.IndustryBodies[random.Next(plan.IndustryBodies.Length)];
            var age = now - opened;
            var closed = random.Next(100) < (age.TotalDays > 60 ? 95 : 10);
            var (status, step) = closed ? (CaseStatuses.Closed, (string?)null) : (random.Next(5)) switch
            {
                0 => (CaseStatuses.Received, CaseSteps.Receive),
                1 => (CaseStatuses.Reviewing, CaseSteps.Accept),
                2 or 3 => (CaseStatuses.Handling, CaseSteps.Handle),
                _ => (CaseStatuses.Resolved, CaseSteps.Visit),
            };
            // Each step done some time after the previous one (some of them late), never after now: the lead owner's
            // 签收 (due a day after opening), 受理意见 (a week after signing), 办结 (three weeks after the decision).
            DateTime Past(DateTime t) => t < now ? t : now.AddMinutes(-1);
            var signedAt = status == CaseStatuses.Received ? (DateTime?)null : Past(opened.AddHours(random.Next(1, 30)));
            var acceptDue = signedAt?.AddDays(7);
            var decidedAt = status is CaseStatuses.Received or CaseStatuses.Reviewing ? (DateTime?)null : Past(signedAt!.Value.AddDays(random.Next(1, 9)));
            var handleDue = decidedAt?.AddDays(21);
            var resolvedAt = closed || status == CaseStatuses.Resolved ? Past(decidedAt!.Value.AddDays(random.Next(3, 30))) : (DateTime?)null;
            var closedAt = closed ? Past(resolvedAt!.Value.AddDays(random.Next(1, 10))) : (DateTime?)null;
            DateTime? due = status switch
            {
                CaseStatuses.Received => opened.AddDays(1),
                CaseStatuses.Reviewing => acceptDue,
                CaseStatuses.Handling => handleDue,
                CaseStatuses.Resolved => resolvedAt!.Value.AddDays(10),
                _ => null,
            };
            var deadline = due is null ? DeadlineStates.OnTime : due < now ? DeadlineStates.Overdue : due < now.AddDays(1) ? DeadlineStates.DueSoon : DeadlineStates.OnTime;
            var caseId = NewId();
            var leadId = NewId();
            var text = $"{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}，某公司{i % 5000}拖欠{random.Next(2, 40)}名工人工资{random.Next(1, 90)}万元，{number}";
            var employer = $"某建筑劳务有限公司{i % 5000}";
            var amount = random.Next(5_000, 900_000);
            var c = new Dictionary<string, object?>
            {
                ["Id"] = caseId, ["Number"] = number, ["LookupCode"] = LookupCode(random), ["Year"] = year, ["Sequence"] = sequence,
                ["Status"] = status, ["OpenedAt"] = opened, ["PrimaryLeadId"] = leadId, ["Text"] = text, ["Address"] = $"达拉特旗{territory}",
                ["Employer"] = employer, ["Project"] = $"项目{i % 3000}", ["WorkerCount"] = random.Next(2, 40), ["AmountOwed"] = (decimal)amount,
                ["TerritoryCode"] = territory, ["LeadRole"] = CaseRoles.Industry, ["Step"] = step, ["StepDueAt"] = due, ["DeadlineState"] = deadline,
                ["ReceiveDueAt"] = opened.AddDays(1), ["AcceptDueAt"] = acceptDue, ["SignedAt"] = signedAt,
                ["DecidedAt"] = decidedAt, ["HandleDueAt"] = handleDue, ["ResolvedAt"] = resolvedAt, ["ClosedAt"] = closedAt,
                ["ResolvedByBodyCode"] = resolvedAt is null ? null : industryBody, ["ReopenCount"] = closed && random.Next(100) < 2 ? 1 : 0,
                ["CreatedAt"] = opened, ["CreatedBy"] = "seed",
            };
            var lead = new Dictionary<string, object?>
            {
                ["Id"] = leadId, ["Channel"] = Channels[i % Channels.Length], ["TicketNumber"] = $"SEED-{i:0000000}",
                ["IntakeBodyCode"] = plan.IntakeBodies.Length > 0 ? plan.IntakeBodies[i % plan.IntakeBodies.Length] : "hrss",
                ["Status"] = LeadStatuses.Dispatched, ["ReceivedAt"] = opened.AddMinutes(-30), ["Text"] = text, ["Address"] = c["Address"],
                ["ComplainantName"] = "张三", ["Phone"] = $"139{i:00000000}", ["Employer"] = employer, ["EmployerKey"] = employer,
                ["Project"] = c["Project"], ["WorkerCount"] = c["WorkerCount"], ["AmountOwed"] = c["AmountOwed"], ["RoutingJson"] = "null",
                ["ProposedTerritoryCode"] = territory, ["ProposedTerritorialBodyCode"] = territorialBody, ["ProposedIndustryBodyCode"] = industryBody,
                ["CaseId"] = caseId, ["CaseNumber"] = number, ["DispatchDueAt"] = opened.AddDays(1), ["CreatedAt"] = opened.AddMinutes(-30), ["CreatedBy"] = "seed",
            };
            var assignments = new List<Dictionary<string, object?>>
            {
                new() { ["Id"] = NewId(), ["CaseId"] = caseId, ["Role"] = CaseRoles.Territorial, ["BodyCode"] = territorialBody, ["AssignedAt"] = opened },
                new() { ["Id"] = NewId(), ["CaseId"] = caseId, ["Role"] = CaseRoles.Industry, ["BodyCode"] = industryBody, ["AssignedAt"] = opened },
            };
            var events = new List<Dictionary<string, object?>> { Event(NewId(), caseId, CaseEventTypes.Opened, opened) };
            if (c["SignedAt"] is DateTime signed) events.Add(Event(NewId(), caseId, CaseEventTypes.Signed, signed));
            if (closedAt is { } closedOn) events.Add(Event(NewId(), caseId, CaseEventTypes.Closed, closedOn));
            var reminders = new List<Dictionary<string, object?>>();
            if (deadline == DeadlineStates.Overdue)
            {
                reminders.Add(new() { ["Id"] = NewId(), ["CaseId"] = caseId, ["BodyCode"] = industryBody, ["Step"] = step, ["DueAt"] = due, ["RaisedAt"] = due!.Value.AddDays(1) });
                Reminders++;
            }
            // A closed case was visited (回访) once, one in ten unsatisfied (a possibly false closure, against the
            // body that resolved it); one case in twenty was transferred (转办) to its industry body by another.
            var visits = new List<Dictionary<string, object?>>();
            if (closedAt is { } visitedAt)
                visits.Add(new() { ["Id"] = NewId(), ["CaseId"] = caseId, ["Satisfied"] = random.Next(10) != 0, ["ResolvedByBodyCode"] = industryBody,
                    ["Result"] = "seed", ["CreatedAt"] = visitedAt, ["CreatedBy"] = "seed" });
            var transfers = new List<Dictionary<string, object?>>();
            if (random.Next(20) == 0 && plan.IndustryBodies.Length > 1)
            {
                var from = plan.IndustryBodies[random.Next(plan.IndustryBodies.Length)];
                if (from == industryBody) from = plan.IndustryBodies[(Array.IndexOf(plan.IndustryBodies, from) + 1) % plan.IndustryBodies.Length];
                transfers.Add(new() { ["Id"] = NewId(), ["CaseId"] = caseId, ["Role"] = CaseRoles.Industry, ["FromBodyCode"] = from, ["ToBodyCode"] = industryBody,
                    ["Reason"] = "seed", ["CreatedAt"] = Past(opened.AddHours(2)), ["CreatedBy"] = "seed" });
            }
            yield return new CaseRows(c, lead, assignments, events, reminders, visits, transfers);
        }
    }

    private static string LookupCode(Random random) => string.Concat(Enumerable.Range(0, CaseLookupCode.Length).Select(_ => (char)('0' + random.Next(10))));

    private static Dictionary<string, object?> Event(Guid id, Guid caseId, string type, DateTime at) =>
        new() { ["Id"] = id, ["CaseId"] = caseId, ["Type"] = type, ["Arguments"] = "[]", ["CreatedAt"] = at, ["CreatedBy"] = "seed" };
}

/// <summary>One table as the EF model maps it on the provider: its columns, their store types and value converters.</summary>
internal sealed class Table
{
    public required string Name { get; init; }
    public string? Schema { get; init; }
    public required IReadOnlyList<Column> Columns { get; init; }

    public sealed record Column(string Name, string Property, string PostgresType, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Mapping, Func<Dictionary<string, object?>, object?> Value);

    private string Quoted => Schema is null ? $"\"{Name}\"" : $"\"{Schema}\".\"{Name}\"";

    public static Table Of(IModel model, Type clrType, bool postgres)
    {
        var entity = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p =>
        {
            var mapping = (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)p.GetTypeMapping();
            var converter = mapping.Converter;
            var fallback = p.IsNullable ? null : p.ClrType == typeof(string) ? "" : Activator.CreateInstance(p.ClrType);
            object? Value(Dictionary<string, object?> row)
            {
                var value = row.TryGetValue(p.Name, out var given) ? given : fallback;
                return value is null || converter is null ? value : converter.ConvertToProvider(value);
            }
            var storeType = p.GetColumnType(table) ?? mapping.StoreType;
            var paren = storeType.IndexOf('(');
            return new Column(p.GetColumnName(table)!, p.Name, paren < 0 ? storeType : storeType[..paren], mapping, Value);
        }).ToList();
        return new Table { Name = table.Name, Schema = table.Schema, Columns = columns };
    }

    public string CopyCommand() => $"COPY {Quoted} ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";

    public DbCommand Insert(DbConnection connection, Action<DbCommand, string, object?> addParameter)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quoted} ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < Columns.Count; i++) addParameter(command, "@p" + i, null);
        return command;
    }

    /// <summary>Sets the parameters as EF would: the type mapping decides the stored form (a Guid as text on SQLite…).</summary>
    public void Bind(DbCommand command, Dictionary<string, object?> row)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            var parameter = command.Parameters[i];
            var value = Columns[i].Value(row);
            if (value is null) { parameter.Value = DBNull.Value; continue; }
            var template = Columns[i].Mapping.CreateParameter(command, parameter.ParameterName, value);
            parameter.DbType = template.DbType;
            if (template is SqliteParameter s && parameter is SqliteParameter target) target.SqliteType = s.SqliteType;
            parameter.Value = template.Value;
        }
    }
}
