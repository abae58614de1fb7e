using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Npgsql;
using Shouldly;

namespace Dalad.Faults.Tests;

/// <summary>
/// Issue 15, backup and restore: scripts/backup.sh takes the database, the keys and the search index of a running
/// platform into one archive; scripts/restore.sh puts it into a fresh folder (and, on PostgreSQL, an empty database);
/// the platform started there serves the same cases, and tokens issued before the backup still work (same keys, same
/// token entries). On SQLite in the SQLite pass, on PostgreSQL (pg_dump/pg_restore) in the PostgreSQL pass.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_restored_into_a_fresh_folder_serves_the_same_cases_and_accepts_the_tokens_issued_before()
    {
        var root = Path.Combine(Path.GetTempPath(), "dalad-faults", "backup-" + Guid.NewGuid().ToString("N")[..10]);
        var source = Path.Combine(root, "source");
        var restored = Path.Combine(root, "restored");
        var archive = Path.Combine(root, "backup.tar.gz");
        var sourceDb = "dalad_backup_" + Guid.NewGuid().ToString("N")[..10];
        var restoredDb = sourceDb + "_restored";
        var postgres = TestEnvironment.UsePostgreSql;
        try
        {
            Dictionary<string, string> before;
            string officeToken, deskToken;
            var backupArgs = new List<string> { source, archive };
            await using (var original = Host(source, postgres ? sourceDb : null))
            {
                await original.CreateUsersAsync();
                using var desk = await original.CreateClientAsAsync(FaultHost.Desk);
                using var office = await original.CreateClientAsAsync(FaultHost.Office);
                for (var i = 0; i < 3; i++) await Api.OpenCaseAsync(desk);
                before = await Api.CasesAsync(office);
                before.Count.ShouldBe(3);
                officeToken = office.DefaultRequestHeaders.Authorization!.Parameter!;
                deskToken = desk.DefaultRequestHeaders.Authorization!.Parameter!;

                // Taken while the platform runs.
                if (postgres) backupArgs.AddRange(["--pg", Uri(sourceDb)]);
                await RunScriptAsync("backup.sh", backupArgs);
            }
            File.GetUnixFileMode(archive).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

            var restoreArgs = new List<string> { archive, restored };
            if (postgres)
            {
                await CreateDatabaseAsync(restoredDb);
                restoreArgs.AddRange(["--pg", Uri(restoredDb)]);
            }
            await RunScriptAsync("restore.sh", restoreArgs);
            File.ReadAllText(Path.Combine(restored, "keys", "signing.pem")).ShouldBe(File.ReadAllText(Path.Combine(source, "keys", "signing.pem")));
            Directory.Exists(Path.Combine(restored, "search")).ShouldBeTrue();

            await using var copy = Host(restored, postgres ? restoredDb : null);
            using var officeAgain = copy.CreateClient();
            officeAgain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", officeToken);
            (await Api.CasesAsync(officeAgain)).ShouldBe(before, ignoreOrder: true);

            // The full-text index answers as before (restored, or rebuilt at start if it was stale).
            foreach (var number in before.Keys)
            {
                var hits = await officeAgain.GetFromJsonAsync<JsonElement>($"/api/app/search?in=cases&max=10&q={number}");
                hits.GetProperty("items").EnumerateArray().ShouldContain(h => h.GetProperty("number").GetString() == number);
            }

            // The restored platform goes on: a new case gets the next number, not one already given.
            using var deskAgain = copy.CreateClient();
            deskAgain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", deskToken);
            var next = await Api.OpenCaseAsync(deskAgain);
            before.Keys.ShouldNotContain(next.GetProperty("number").GetString());
            (await Api.CasesAsync(officeAgain)).Count.ShouldBe(4);

        }
        finally
        {
            if (postgres)
            {
                NpgsqlConnection.ClearAllPools();
                foreach (var db in new[] { sourceDb, restoredDb }) await ExecuteAsync($"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)");
            }
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// A running host commits to its search index while the backup copies it, and each commit deletes the files of the
    /// one before: a copy that meets a vanished file is taken again instead of failing the backup (a PostgreSQL pass of
    /// CI failed so: "cp: cannot stat …/search/cases/segments_2").
    /// </summary>
    [Fact]
    public async Task A_backup_taken_while_the_index_commits_and_deletes_files_still_succeeds()
    {
        var root = Path.Combine(Path.GetTempPath(), "dalad-faults", "churn-" + Guid.NewGuid().ToString("N")[..10]);
        var data = Path.Combine(root, "data");
        var index = Path.Combine(data, "search", "cases");
        Directory.CreateDirectory(index);
        Directory.CreateDirectory(Path.Combine(data, "keys"));
        File.WriteAllText(Path.Combine(data, "keys", "signing.pem"), "key");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "dalad.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE t (a INTEGER)";
            await create.ExecuteNonQueryAsync();
        }
        using var stop = new CancellationTokenSource();
        // Commits as Lucene makes them: new files, then the previous commit's files deleted.
        var commits = Task.Run(() =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                for (var f = 0; f < 20; f++) File.WriteAllText(Path.Combine(index, $"_{n}_{f}.cfs"), new string('x', 512));
                File.WriteAllText(Path.Combine(index, $"segments_{n}"), n.ToString());
                if (n > 1)
                {
                    for (var f = 0; f < 20; f++) File.Delete(Path.Combine(index, $"_{n - 1}_{f}.cfs"));
                    File.Delete(Path.Combine(index, $"segments_{n - 1}"));
                }
            }
        });
        try
        {
            for (var i = 0; i < 5; i++) await RunScriptAsync("backup.sh", [data, Path.Combine(root, $"backup-{i}.tar.gz")]);
            Enumerable.Range(0, 5).ShouldAllBe(i => File.Exists(Path.Combine(root, $"backup-{i}.tar.gz")));
        }
        finally
        {
            await stop.CancelAsync();
            await commits;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_folder_that_is_not_empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "dalad-faults", "restore-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(root, "live"));
        File.WriteAllText(Path.Combine(root, "live", "dalad.db"), "live data");
        try
        {
            var failure = await Should.ThrowAsync<InvalidOperationException>(() => RunScriptAsync("restore.sh", [Path.Combine(root, "none.tar.gz"), Path.Combine(root, "live")]));
            failure.Message.ShouldContain("not empty");
            File.ReadAllText(Path.Combine(root, "live", "dalad.db")).ShouldBe("live data");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static FaultHost Host(string dataPath, string? database)
    {
        var settings = new Dictionary<string, string> { ["Dalad:DataPath"] = dataPath, ["Redis:Configuration"] = "" };
        if (database is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Default"] = $"{TestEnvironment.PostgreSqlServer};Database={database}";
        }
        else
        {
            settings["Database:Provider"] = "Sqlite";
            settings["ConnectionStrings:Default"] = "";
        }
        return new FaultHost(settings);
    }

    /// <summary>The suite's PostgreSQL as a libpq URI (what pg_dump and pg_restore take).</summary>
    private static string Uri(string database)
    {
        var cs = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgreSqlServer);
        var password = string.IsNullOrEmpty(cs.Password) ? "" : ":" + System.Uri.EscapeDataString(cs.Password);
        return $"postgresql://{System.Uri.EscapeDataString(cs.Username ?? "postgres")}{password}@{cs.Host}:{cs.Port}/{database}";
    }

    private static Task CreateDatabaseAsync(string database) => ExecuteAsync($"CREATE DATABASE \"{database}\"");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgreSqlServer + ";Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task RunScriptAsync(string script, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"scripts/{script} exited with {process.ExitCode}: {await output}{await error}");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dalad.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Dalad.sln not found above " + AppContext.BaseDirectory);
    }
}
