using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement.Endpoints;

/// <summary>
/// The checks other bodies make by number (credit code, account number): per signed-in user (else per IP),
/// <c>{section}:CheckPermitLimit</c> (30) checks per <c>{section}:CheckWindow</c> (1 minute). The rejection (429 with
/// its Chinese text) is the host's, set up with the public lookup's limiter.
/// </summary>
internal static class PerUserRateLimit
{
    public static void AddCheckPolicy(IServiceCollection services, IConfiguration configuration, string policy, string section)
    {
        var permits = configuration.GetValue($"{section}:CheckPermitLimit", 30);
        var window = configuration.GetValue($"{section}:CheckWindow", TimeSpan.FromMinutes(1));
        services.AddRateLimiter(options => options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
    }
}
