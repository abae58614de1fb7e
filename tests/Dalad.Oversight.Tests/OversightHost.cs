using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases;
using Dalad.Platform.Timing;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Oversight.Tests;

public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; }

    /// <summary>Sets the clock to the hour of the day, Beijing time.</summary>
    public void Set(int month, int day, int hour = 10) => UtcNow = new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;
}

/// <summary>
/// The real host on a test clock with the people of the command view: the 12345 desk, the owners of a construction
/// case in 白泥井镇 (housing leads, the town assists), an unrelated body (transport) and the joint office's 督办员.
/// </summary>
public class OversightHost : DaladHostFactory
{
    public const string Operator = "operator-12345";
    public const string Dispatcher = "dispatcher-12345";
    public const string HousingClerk = "housing-clerk";
    public const string BainijingClerk = "bainijing-clerk";
    public const string TransportClerk = "transport-clerk";
    public const string Supervisor = "supervisor";
    public const string Bainijing = "150621102";

    public const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";

    private static readonly string[] BodyClerk = [CasesPermissions.Default, OversightPermissions.Default, OversightPermissions.Answer];

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private bool _users;

    public TestClock Clock { get; } = new();

    public OversightHost() => Clock.Set(3, 2);

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
                string[] desk = [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch];
                await CreateUserAsync(Operator, ["data-12345"], desk);
                await CreateUserAsync(Dispatcher, ["data-12345"], desk);
                await CreateUserAsync(HousingClerk, ["housing"], BodyClerk);
                await CreateUserAsync(BainijingClerk, ["bainijing-town"], BodyClerk);
                await CreateUserAsync(TransportClerk, ["transport"], BodyClerk);
                await CreateUserAsync(Supervisor, ["joint-office"], [CasesPermissions.Default, OversightPermissions.Default, OversightPermissions.Supervise]);
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

    /// <summary>Registers and dispatches a construction complaint (housing leads, 白泥井镇 assists); returns the case id.</summary>
    public async Task<Guid> OpenConstructionCaseAsync()
    {
        var op = await As(Operator);
        var lead = await ReadAsync<JsonElement>(await op.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345",
            ticketNumber = "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            text = ConstructionText,
            address = "达拉特旗白泥井镇和顺家园三期工地",
            complainantName = "王师傅",
            phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            employer = "鑫路达建筑劳务有限公司" + Guid.NewGuid().ToString("N")[..4],
            project = "和顺家园三期",
            workerCount = 14,
            amountOwed = 230000m,
        }));
        var dispatcher = await As(Dispatcher);
        using var confirmed = await dispatcher.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new { });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        return (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid();
    }

    public async Task SignAsync(Guid caseId)
    {
        var client = await As(HousingClerk);
        using var response = await client.PostAsJsonAsync($"/api/app/cases/{caseId}/sign", new { });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> GetAsync(string user, string url)
    {
        var client = await As(user);
        using var response = await client.GetAsync(url);
        return await ReadAsync<JsonElement>(response);
    }

    public async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        var client = await As(user);
        return await client.PostAsJsonAsync(url, body);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _lock.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

internal static class Json
{
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    public static JsonElement Row(this JsonElement rows, string code) => rows.EnumerateArray().Single(r => r.Str("code") == code);

    public static async Task<string> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return body;
    }
}
