using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Sms;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Timing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; } = DateTime.UtcNow;

    public void Set(string beijing) => UtcNow = DateTimeOffset.Parse(beijing, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
}

/// <summary>An SMS gateway that fails when told to and remembers what it sent under which idempotency key.</summary>
public sealed class RecordingSmsSender : ISmsSender
{
    private readonly Lock _lock = new();
    public int FailuresLeft { get; set; }
    public List<SmsMessage> Sent { get; } = [];

    public Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new HttpRequestException("gateway timeout");
            }
            Sent.Add(message);
        }
        return Task.FromResult<string?>("gw-" + message.IdempotencyKey.ToString("N")[..8]);
    }
}

/// <summary>
/// The cases host on a clock the tests set (Beijing time), with the outbox and the job runner driven by hand, a
/// recording SMS gateway, and the client IP taken from an X-Test-Ip header so rate-limit tests do not share a budget.
/// Adds a visitor and an approver in the joint office.
/// </summary>
public sealed class WorkflowHost : CasesHost
{
    public const string Visitor = "visitor";
    public const string Approver = "approver";
    public const string Admin = "admin";

    private bool _extraUsers;

    public TestClock Clock { get; } = new();
    public RecordingSmsSender Sms { get; } = new();

    public WorkflowHost() => Clock.Set("2026-02-13T10:00:00+08:00");

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Jobs:PollInterval", "01:00:00");
        builder.UseSetting("Dalad:PublicQueryUrl", "https://wage.dalad.gov.cn/query");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<ISmsSender>(Sms);
            services.AddSingleton<IStartupFilter, TestIpStartupFilter>();
        });
    }

    public async Task<HttpClient> User(string user)
    {
        if (!_extraUsers)
        {
            await As(Operator); // the standard users first
            await CreateUserAsync(Visitor, ["joint-office"], [CasesPermissions.Default, CasesPermissions.Visit]);
            await CreateUserAsync(Approver, ["joint-office"], [CasesPermissions.Default, CasesPermissions.ApproveExtension]);
            _extraUsers = true;
        }
        return await As(user);
    }

    /// <summary>Opens a construction case (housing leads, 白泥井镇 assists) registered now; returns its id.</summary>
    public async Task<(Guid Id, string Number, string Phone)> OpenAsync()
    {
        var phone = NewPhone();
        var lead = await RegisterAsync(Construction(phone: phone));
        var detail = await ConfirmAsync(lead.Id());
        return (detail.Case().Id(), detail.Case().Str("number"), phone);
    }

    public async Task<HttpResponseMessage> PostAsync(string user, Guid caseId, string action, object? body = null)
    {
        var client = await User(user);
        return await client.PostAsJsonAsync($"/api/app/cases/{caseId}/{action}", body ?? new { });
    }

    /// <summary>Posts an action that must succeed; returns the case detail it answers with.</summary>
    public async Task<JsonElement> DoAsync(string user, Guid caseId, string action, object? body = null)
    {
        using var response = await PostAsync(user, caseId, action, body);
        return await ReadAsync<JsonElement>(response);
    }

    public async Task<JsonElement> DetailAsync(Guid caseId, string user = HousingClerk)
    {
        var client = await User(user);
        return await client.GetFromJsonAsync<JsonElement>($"/api/app/cases/{caseId}");
    }

    public async Task DispatchOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync() > 0) { }
    }

    public Task<IReadOnlyList<string>> RunJobsAsync() => RunDueJobsAsync();

    public async Task<(HttpStatusCode Status, string Body)> LookupAsync(string number, string phone, string? code, string ip, string? forwardedFor = null)
    {
        using var client = CreateClient();
        var query = $"?phone={Uri.EscapeDataString(phone)}" + (code is null ? "" : $"&code={Uri.EscapeDataString(code)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/cases/{Uri.EscapeDataString(number)}{query}");
        request.Headers.Add(TestIpStartupFilter.Header, ip);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens a case and signs it, which sends the first SMS; returns the lookup code that SMS carries.</summary>
    public async Task<(Guid Id, string Number, string Phone, string Code)> OpenSignedAsync()
    {
        var (id, number, phone) = await OpenAsync();
        await DoAsync(HousingClerk, id, "sign");
        return (id, number, phone, await LookupCodeFromSmsAsync(phone));
    }

    /// <summary>The lookup code the complainant read in his SMS (the outbox is delivered first).</summary>
    public async Task<string> LookupCodeFromSmsAsync(string phone)
    {
        await DispatchOutboxAsync();
        var text = Sms.Sent.Last(s => s.Phone == phone).Text;
        var match = System.Text.RegularExpressions.Regex.Match(text, "查询码([2-9A-Z]{6})）$");
        match.Success.ShouldBeTrue(text);
        return match.Groups[1].Value;
    }
}

internal sealed class TestIpStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
            return nextMiddleware(context);
        });
        next(app);
    };
}

internal static class WorkflowJson
{
    public static JsonElement Workflow(this JsonElement detail) => detail.GetProperty("workflow");

    public static DateTimeOffset Time(this JsonElement e, string name) => e.GetProperty(name).GetDateTimeOffset();

    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        if (detailContains is not null) body.ShouldContain(detailContains);
    }
}
