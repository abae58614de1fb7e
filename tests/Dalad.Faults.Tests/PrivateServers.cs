using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

// Private servers, file modes and shell scripts: these tests run on Linux (as CI does).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]

namespace Dalad.Faults.Tests;

/// <summary>
/// A PostgreSQL of the test's own (Debian's newest /usr/lib/postgresql/*/bin, as scripts/test.sh finds it), in a temporary
/// folder on a free loopback port, which the test may stop and start again. Never the suite's shared server.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _root = Path.Combine("/tmp", "dalad-faults-pg-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string _bin;

    public int Port { get; }

    /// <summary>Without a database name (add <c>;Database=…</c>).</summary>
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres;Timeout=5;Command Timeout=15";

    private PrivatePostgres(string bin, int port)
    {
        _bin = bin;
        Port = port;
    }

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : new Version(0, 0)).LastOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb); scripts/test.sh installs it.");
        var server = new PrivatePostgres(bin, FreePort());
        Directory.CreateDirectory(server._root);
        // The host under test sets umask 077 in this process; the postgres user must still reach its folder.
        File.SetUnixFileMode(server._root, (UnixFileMode)0b111_101_101);
        if (Environment.UserName == "root") Process.Start("chown", ["postgres:", server._root]).WaitForExit();
        await RunAsync(AsPostgres($"{bin}/initdb -D {server._root}/data -U postgres -A trust -E UTF8 --locale=C >{server._root}/initdb.log 2>&1"), "initdb", server._root + "/initdb.log");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the stopped server on the same port and data. fsync is off (the machine does not crash, only the
    /// server), but synchronous_commit stays on: a commit the host was told of must survive the server's crash.</summary>
    public Task StartAgainAsync() => RunAsync(AsPostgres(
        $"{_bin}/pg_ctl -D {_root}/data -l {_root}/postgres.log -w -t 60 start -o '-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_root} -c fsync=off -c full_page_writes=off'"),
        "pg_ctl start", _root + "/postgres.log");

    /// <summary>Stops the server the hard way (as a crash would: open transactions are lost, recovery runs at the next start).</summary>
    public Task StopAsync() => RunAsync(AsPostgres($"{_bin}/pg_ctl -D {_root}/data -m immediate -w stop"), "pg_ctl stop", _root + "/postgres.log");

    /// <summary>Runs one SQL statement on the database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Server + ";Database=" + database + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try { await RunAsync(AsPostgres($"{_bin}/pg_ctl -D {_root}/data -m immediate -w stop"), "pg_ctl stop", _root + "/postgres.log"); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    // Root may not run PostgreSQL: as root the server runs as the postgres user, owning its folder.
    private static string AsPostgres(string command)
    {
        if (Environment.UserName != "root") return command;
        return $"su postgres -s /bin/sh -c \"cd / && {command.Replace("\"", "\\\"")}\"";
    }

    private static async Task RunAsync(string shell, string what, string log)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", shell]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{what} failed ({process.ExitCode}): {output}\n{(File.Exists(log) ? File.ReadAllText(log) : "")}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A Redis of the test's own (redis-server from PATH), without persistence: a restart starts empty, as after a crash.</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; } = PrivatePostgres.FreePort();

    public string Endpoint => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedis> StartAsync()
    {
        var redis = new PrivateRedis();
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server is not installed; scripts/test.sh installs it.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            if (await PingAsync()) return;
            await Task.Delay(50);
        }
        throw new InvalidOperationException("redis-server did not answer on " + Endpoint);
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Sends one inline command and returns the reply's first line.</summary>
    public async Task<string> CommandAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(command + "\r\n"));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read).Split("\r\n")[0];
    }

    private async Task<bool> PingAsync()
    {
        try { return await CommandAsync("PING") == "+PONG"; }
        catch (SocketException) { return false; }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
