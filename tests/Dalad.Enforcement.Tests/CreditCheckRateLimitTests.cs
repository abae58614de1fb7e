using System.Net;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Shouldly;

namespace Dalad.Enforcement.Tests;

/// <summary>The credit check is rate-limited per caller (here 3 a minute): the 4th is refused with 429 and not recorded.</summary>
public sealed class CreditCheckRateLimitTests(CreditCheckRateLimitTests.Host host) : IClassFixture<CreditCheckRateLimitTests.Host>
{
    public sealed class Host : EnforcementHost
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            base.Configure(builder);
            builder.UseSetting("Credit:CheckPermitLimit", "3");
            builder.UseSetting("Credit:CheckWindow", "00:10:00");
        }
    }

    [Fact]
    public async Task The_fourth_check_in_the_window_is_refused_and_not_recorded()
    {
        var client = await host.As(EnforcementHost.TradingCentre);
        for (var i = 0; i < 3; i++)
            (await client.GetAsync("/api/app/credit/check?creditCode=91350100M000100Y43")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await client.GetAsync("/api/app/credit/check?creditCode=91350100M000100Y43");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await host.GetAsync(EnforcementHost.Drc, "/api/app/credit/checks?creditCode=91350100M000100Y43")).GetArrayLength().ShouldBe(3);
    }
}
