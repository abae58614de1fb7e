using Dalad.Platform.PersonalData;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.PersonalData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Sms;

/// <param name="IdempotencyKey">The outbox message id: a gateway that sees it twice sends once.</param>
public sealed record SmsMessage(string Phone, string Text, Guid IdempotencyKey);

/// <summary>Sends one SMS; returns the gateway's message id. Throws when the gateway fails (the outbox retries).</summary>
public interface ISmsSender
{
    Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>The default (Sms:Gateway = log): writes the notice to the log with the phone masked; the SmsLog table keeps it.</summary>
internal sealed class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS to {Phone}: {Text}", ChinesePhone.Mask(message.Phone), message.Text);
        return Task.FromResult<string?>("log-" + message.IdempotencyKey.ToString("N"));
    }
}

/// <summary>
/// Sms:Gateway = http: POSTs <c>{ "phone", "text" }</c> as JSON to Sms:Http:Url with the header <c>Idempotency-Key</c> (the
/// outbox message id) and an optional <c>Authorization: Bearer Sms:Http:Token</c>; reads <c>messageId</c> from the answer.
/// </summary>
internal sealed class HttpSmsSender(HttpClient http, IConfiguration configuration, ILogger<HttpSmsSender> logger) : ISmsSender
{
    public async Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var url = configuration["Sms:Http:Url"] ?? throw new InvalidOperationException("Sms:Http:Url is not configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { phone = message.Phone, text = message.Text }) };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey.ToString());
        if (configuration["Sms:Http:Token"] is { Length: > 0 } token) request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        logger.LogInformation("SMS to {Phone} accepted by the gateway", ChinesePhone.Mask(message.Phone));
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("messageId", out var id) ? id.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
