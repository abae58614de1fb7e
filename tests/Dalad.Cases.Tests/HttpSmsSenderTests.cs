using System.Net;
using Dalad.Cases.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace Dalad.Cases.Tests;

public sealed class HttpSmsSenderTests
{
    private sealed class Gateway(HttpStatusCode status) : HttpMessageHandler
    {
        public List<(Uri? Url, string? Key, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(status) { Content = new StringContent("{\"messageId\":\"gw-42\"}") };
        }
    }

    private static HttpSmsSender Sender(Gateway gateway) => new(new HttpClient(gateway),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sms:Http:Url"] = "https://sms.example/send" }).Build(),
        NullLogger<HttpSmsSender>.Instance);

    [Fact]
    public async Task The_gateway_gets_the_outbox_message_id_as_idempotency_key_and_its_message_id_is_kept()
    {
        var gateway = new Gateway(HttpStatusCode.OK);
        var key = Guid.NewGuid();
        var id = await Sender(gateway).SendAsync(new SmsMessage("13812345678", "您反映的欠薪问题已接收", key), CancellationToken.None);
        id.ShouldBe("gw-42");
        var sent = gateway.Requests.Single();
        sent.Url.ShouldBe(new Uri("https://sms.example/send"));
        sent.Key.ShouldBe(key.ToString());
        sent.Body.ShouldContain("13812345678");
    }

    [Fact]
    public async Task A_failing_gateway_throws_so_the_outbox_retries() =>
        await Should.ThrowAsync<HttpRequestException>(() => Sender(new Gateway(HttpStatusCode.ServiceUnavailable)).SendAsync(new SmsMessage("13812345678", "x", Guid.NewGuid()), CancellationToken.None));
}
