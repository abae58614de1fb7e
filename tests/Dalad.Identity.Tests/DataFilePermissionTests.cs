using System.Net;
using System.Security.Cryptography;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Identity.Tests;

/// <summary>The host on a data folder the test chooses (and may prepare before the host starts).</summary>
public sealed class DataFolderHostFactory : DaladHostFactory
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "dalad-tests", "data-" + Guid.NewGuid().ToString("N"));

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Dalad:DataPath", DataPath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Issue 15, finding 2: the keys, the search index and the SQLite file are the service's alone.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFilePermissionTests
{
    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task Keys_index_and_database_are_created_readable_by_the_service_only()
    {
        await using var host = new DataFolderHostFactory();
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.GetAsync("/api/abp/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var data = host.DataPath;
        var keys = Path.Combine(data, "keys");
        File.GetUnixFileMode(data).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(keys).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(keys, "signing.pem")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.Combine(keys, "encryption.pem")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var everything = Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories).ToList();
        if (!TestEnvironment.UsePostgreSql) everything.ShouldContain(Path.Combine(data, "dalad.db"));
        everything.ShouldContain(p => p.StartsWith(Path.Combine(keys, "data-protection"), StringComparison.Ordinal));
        // The full-text index (of cases and leads) is built at start.
        everything.ShouldContain(p => p.StartsWith(Path.Combine(data, "search") + "/", StringComparison.Ordinal));
        everything.Where(p => (File.GetUnixFileMode(p) & OthersAndGroup) != 0).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_key_others_can_read()
    {
        await using var host = new DataFolderHostFactory();
        var keys = Directory.CreateDirectory(Path.Combine(host.DataPath, "keys")).FullName;
        var pem = Path.Combine(keys, "signing.pem");
        using (var rsa = RSA.Create(2048)) File.WriteAllText(pem, rsa.ExportRSAPrivateKeyPem());
        File.SetUnixFileMode(pem, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var failure = Should.Throw<Exception>(() => host.CreateClient());
        var message = string.Join(" | ", Flatten(failure).Select(e => e.Message));
        message.ShouldContain("signing.pem");
        message.ShouldContain("chmod 600");
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
        if (e is AggregateException a) foreach (var inner in a.InnerExceptions.SelectMany(Flatten)) yield return inner;
    }
}
