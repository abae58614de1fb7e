using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases;
using Dalad.Search;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Faults.Tests;

/// <summary>
/// The real host on the database, data folder and Redis the test chooses (settings given here win over the suite's).
/// An empty <c>Redis:Configuration</c> means no Redis.
/// </summary>
public sealed class FaultHost(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null) : DaladHostFactory
{
    public const string Desk = "fault-desk";
    public const string Office = "fault-office";
    /// <summary>A caseworker of housing, the lead owner of the construction cases the tests open.</summary>
    public const string Housing = "fault-housing";

    protected override void Configure(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>On PostgreSQL (<paramref name="server"/> without a database name), optionally with Redis.</summary>
    public static FaultHost OnPostgres(string server, string database, string? redis = null, string? redisPrefix = null, Dictionary<string, string>? more = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string>(more ?? [])
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = $"{server};Database={database}",
            ["Redis:Configuration"] = redis ?? "",
            ["Redis:InstanceName"] = redisPrefix ?? database + ":",
        };
        return new FaultHost(settings, services);
    }

    /// <summary>A 12345 desk user (registers and dispatches leads), a housing caseworker and a joint-office reader of every case.</summary>
    public async Task CreateUsersAsync()
    {
        await CreateUserAsync(Housing, ["housing"], [CasesPermissions.Default]);
        await CreateUserAsync(Desk, ["data-12345"], [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch, SearchPermissions.Default]);
        await CreateUserAsync(Office, ["joint-office"], [CasesPermissions.Default, SearchPermissions.Default]);
    }
}

/// <summary>The API calls the fault tests make.</summary>
public static class Api
{
    public const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";

    public static string NewTicket() => "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static string NewPhone() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static object Lead(string ticket, string? phone = null) => new
    {
        channel = "12345",
        ticketNumber = ticket,
        text = ConstructionText,
        address = "达拉特旗白泥井镇和顺家园三期工地",
        complainantName = "王师傅",
        phone = phone ?? NewPhone(),
        // A new employer per lead: each opens its own case (no repeat joins an open one).
        employer = "鑫路达建筑劳务有限公司" + ticket[^6..],
        project = "和顺家园三期",
        workerCount = 14,
        amountOwed = 230000.00m,
    };

    /// <summary>Registers a lead and confirms it as proposed; returns the case (number, status).</summary>
    public static async Task<JsonElement> OpenCaseAsync(HttpClient desk, string? phone = null)
    {
        using var registered = await desk.PostAsJsonAsync("/api/app/leads", Lead(NewTicket(), phone));
        var lead = await DaladHostFactory.ReadAsync<JsonElement>(registered);
        using var confirmed = await desk.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new { });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        return (await DaladHostFactory.ReadAsync<JsonElement>(confirmed)).GetProperty("case");
    }

    /// <summary>Every case the client sees: number → status.</summary>
    public static async Task<Dictionary<string, string>> CasesAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/app/cases?maxResultCount=1000");
        var page = await DaladHostFactory.ReadAsync<JsonElement>(response);
        return page.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("number").GetString()!, c => c.GetProperty("status").GetString()!);
    }
}
