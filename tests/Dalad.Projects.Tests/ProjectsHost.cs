using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases;
using Dalad.Platform.Jobs;
using Dalad.Platform.Timing;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Projects.Tests;

public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; }

    /// <summary>Sets the clock to 10:00 Beijing time of the day.</summary>
    public void SetDay(DateOnly day) => UtcNow = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).UtcDateTime;
}

/// <summary>
/// The real host on a clock the tests set (Beijing time), with the job runner driven by hand, and the owners of a
/// housing project in 白泥井镇 (housing, the town), an unrelated body (transport) and the joint office.
/// </summary>
public class ProjectsHost : DaladHostFactory
{
    public const string HousingClerk = "housing-clerk";
    public const string BainijingClerk = "bainijing-clerk";
    public const string TransportClerk = "transport-clerk";
    public const string JointOffice = "joint-office-clerk";
    public const string Bainijing = "150621102";

    private static readonly string[] Clerk =
    [
        ProjectsPermissions.Default, ProjectsPermissions.Manage, WarningsPermissions.Default, WarningsPermissions.Handle, CasesPermissions.Default,
    ];

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private bool _users;

    public TestClock Clock { get; } = new();

    public const string EnergyClerk = "energy-clerk";
    public const string RulesKeeper = "rules-keeper";

    /// <summary>The seven department plugins (built beside the tests), as on a real installation: their definitions bring
    /// the project types' departments, their checklist items and their own warning rules.</summary>
    public static readonly string BuiltPlugins = Path.Combine(AppContext.BaseDirectory, "department-plugins");

    public ProjectsHost()
    {
        Clock.SetDay(new DateOnly(2026, 3, 2));
        foreach (var plugin in Directory.GetDirectories(BuiltPlugins))
        {
            var target = Directory.CreateDirectory(Path.Combine(PluginPath, Path.GetFileName(plugin)));
            foreach (var file in Directory.GetFiles(plugin)) File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Jobs:PollInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    public async Task<HttpClient> As(string user)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_users)
            {
                await CreateUserAsync(HousingClerk, ["housing"], Clerk);
                await CreateUserAsync(BainijingClerk, ["bainijing-town"], Clerk);
                await CreateUserAsync(TransportClerk, ["transport"], Clerk);
                await CreateUserAsync(EnergyClerk, ["energy"], Clerk);
                await CreateUserAsync(RulesKeeper, ["joint-office"], [ProjectsPermissions.Default, WarningsPermissions.Default, WarningsPermissions.ManageRules]);
                await CreateUserAsync(JointOffice, ["joint-office"], [ProjectsPermissions.Default, WarningsPermissions.Default, CasesPermissions.Default]);
                _users = true;
            }
            if (!_clients.TryGetValue(user, out var client))
            {
                _clients[user] = client = await CreateClientAsAsync(user);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
            }
            return client;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Runs the due recurring jobs (the warning evaluation among them) as the platform's runner does.</summary>
    public Task<IReadOnlyList<string>> RunJobsAsync() => RunDueJobsAsync();

    /// <summary>Runs the scheduled warning evaluation now, whatever its schedule says (tests move the clock back and forth).</summary>
    public async Task RunWarningJobAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetServices<IRecurringJob>().Single(j => j.Name == "projects-warnings").RunAsync(CancellationToken.None);
    }

    /// <summary>A residential building in 白泥井镇 (housing leads, the town assists), contracted on the given day.</summary>
    public static Dictionary<string, object?> Residential(string name, DateOnly? contract, object? account = null, object? deposit = null) => new()
    {
        ["name"] = name,
        ["aliases"] = new[] { name + "工地" },
        ["typeCode"] = "E4710",
        ["territoryCode"] = Bainijing,
        ["address"] = "达拉特旗白泥井镇",
        ["builder"] = "达拉特旗某置业有限公司",
        ["generalContractor"] = "鄂尔多斯某建设集团有限公司",
        ["subcontractors"] = new[] { new { name = "鑫路达建筑劳务有限公司", kind = "labour" } },
        ["governmentInvested"] = false,
        ["contractDate"] = contract?.ToString("yyyy-MM-dd"),
        ["fundingSource"] = "企业自筹",
        ["fundsInPlace"] = true,
        ["wageAccount"] = account,
        ["wageDeposit"] = deposit,
    };

    public async Task<JsonElement> CreateAsync(string user, object body)
    {
        var client = await As(user);
        return await ReadAsync<JsonElement>(await client.PostAsJsonAsync("/api/app/projects", body));
    }

    public async Task<JsonElement> WarningsAsync(string user, string query = "")
    {
        var client = await As(user);
        return await client.GetFromJsonAsync<JsonElement>("/api/app/warnings" + query);
    }

    public static IEnumerable<JsonElement> Of(JsonElement warnings, Guid projectId, string rule) =>
        warnings.EnumerateArray().Where(w => w.GetProperty("projectId").GetGuid() == projectId && w.GetProperty("ruleKey").GetString() == rule);
}

internal static class Json
{
    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static async Task<string> ProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return body;
    }
}
