using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Timing;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Enforcement.Tests;

public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; }

    /// <summary>Sets the clock to 10:00 Beijing time of the day.</summary>
    public void SetDay(DateOnly day) => UtcNow = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).UtcDateTime;
}

/// <summary>
/// The real host on a test clock with the bodies of the dishonest-employer list: HRSS (records arrears, proposes),
/// 发改 (decides), the public resources trading centre (checks only) and the housing department (no credit rights).
/// </summary>
public class EnforcementHost : DaladHostFactory
{
    public const string Hrss = "hrss-credit-clerk";
    public const string Drc = "drc-credit-clerk";
    public const string TradingCentre = "ggzy-checker";
    public const string Housing = "housing-no-credit";
    public const string Inspector = "hrss-inspector";
    public const string Police = "police-officer";
    public const string Court = "court-clerk";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private bool _users;

    public TestClock Clock { get; } = new();

    public EnforcementHost() => Clock.SetDay(new DateOnly(2026, 6, 1));

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
                await CreateUserAsync(Hrss, ["hrss"], [CreditPermissions.Default, CreditPermissions.Propose]);
                await CreateUserAsync(Drc, ["drc"], [CreditPermissions.Default, CreditPermissions.Decide]);
                await CreateUserAsync(TradingCentre, ["ggzy"], [CreditPermissions.Check]);
                await CreateUserAsync(Housing, ["housing"], []);
                await CreateUserAsync(Inspector, ["hrss"], [OrdersPermissions.Default, OrdersPermissions.Manage, ReferralsPermissions.Default, ReferralsPermissions.Create]);
                await CreateUserAsync(Police, ["police"], [ReferralsPermissions.Default, ReferralsPermissions.Handle]);
                // Has the police's permission but not their body: sees no referral and acts on none.
                await CreateUserAsync(Court, ["court"], [ReferralsPermissions.Default, ReferralsPermissions.Handle]);
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

    public async Task<JsonElement> PostAsync(string user, string url, object body) =>
        await ReadAsync<JsonElement>(await (await As(user)).PostAsJsonAsync(url, body));

    public async Task<JsonElement> GetAsync(string user, string url) => await (await As(user)).GetFromJsonAsync<JsonElement>(url);
}

internal static class Json
{
    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static async Task<string> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return body;
    }
}
