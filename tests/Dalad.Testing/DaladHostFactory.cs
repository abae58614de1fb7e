using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Identity;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shouldly;

namespace Dalad.Testing;

/// <summary>
/// The real host, in memory, on its own fresh database (a temporary SQLite file, or a new PostgreSQL database)
/// and its own Redis key prefix, so test classes run in parallel without seeing each other's data.
/// </summary>
public class DaladHostFactory : WebApplicationFactory<Program>
{
    /// <summary>Not the demo default (1q2w3E*, which must be changed at the first sign-in): the tests' administrator
    /// and users sign in without that step. DemoPasswordHostFactory (Dalad.Identity.Tests) covers the change itself.</summary>
    public const string AdminPassword = "1q2w3E*Dalad";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dalad-tests", Guid.NewGuid().ToString("N"));
    private readonly string _databaseName = "dalad_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The plugin folder the host loads from; empty unless a test puts plugins in it.</summary>
    public string PluginPath { get; set; }

    public DaladHostFactory()
    {
        Directory.CreateDirectory(_root);
        PluginPath = Path.Combine(_root, "plugins");
    }

    protected virtual void Configure(IWebHostBuilder builder) { }

    /// <summary>The host's own PostgreSQL database, or null on SQLite.</summary>
    public string? PostgreSqlConnectionString => TestEnvironment.UsePostgreSql ? $"{TestEnvironment.PostgreSqlServer};Database={_databaseName}" : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Dalad:DataPath", Path.Combine(_root, "data"));
        builder.UseSetting("Plugins:Path", PluginPath);
        builder.UseSetting("Ui:Path", Path.Combine(_root, "no-ui"));
        builder.UseSetting("urls", "http://localhost");
        builder.UseSetting("Identity:Admin:Password", AdminPassword);
        if (TestEnvironment.UsePostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Default", PostgreSqlConnectionString);
        }
        if (TestEnvironment.Redis is { } redis)
        {
            builder.UseSetting("Redis:Configuration", redis);
            builder.UseSetting("Redis:InstanceName", _databaseName + ":");
        }
        Configure(builder);
    }

    /// <summary>
    /// Runs the due recurring jobs by hand, after the host's own first pass: that pass, still running on a slow start,
    /// would otherwise claim a job a test means to run under a moved clock and finish it after the test looked.
    /// </summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync()
    {
        var runner = Services.GetRequiredService<Dalad.Platform.Jobs.RecurringJobRunner>();
        await runner.FirstPass.WaitAsync(TimeSpan.FromMinutes(2));
        return await runner.RunDueJobsAsync();
    }

    /// <summary>A client authenticated with a password-grant token for the user.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string userName, string password = AdminPassword)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(userName, password));
        return client;
    }

    public async Task<string> GetTokenAsync(string userName, string password = AdminPassword)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "Dalad_App",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = "openid profile roles Dalad",
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"token request for {userName} failed: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates a user in the given bodies with the given permissions, straight through the identity services.</summary>
    public async Task<Guid> CreateUserAsync(string userName, string[] bodies, string[] permissions, string password = AdminPassword)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, Name = userName };
        foreach (var body in bodies) user.Bodies.Add(new UserBody { BodyCode = body });
        var result = await users.CreateAsync(user, password);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        foreach (var permission in permissions)
            db.PermissionGrants.Add(new PermissionGrant { Name = permission, ProviderName = PermissionProviders.User, ProviderKey = user.Id.ToString() });
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IdentityCacheStamp>().RenewAsync();
        return user.Id;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (TestEnvironment.UsePostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgreSqlServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
