using System.Net;
using System.Threading.RateLimiting;
using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement.Endpoints;

/// <summary>The protected-account register under /api/app/protected-accounts: the rate-limited check and its log.</summary>
internal static class ProtectedAccountEndpoints
{
    public const string CheckPolicy = "protected-account-check";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/protected-accounts").WithTags("ProtectedAccounts");
        group.MapGet("/check", async (string? accountNumber, ProtectedAccountService service, CancellationToken ct) => Results.Ok(await service.CheckAsync(accountNumber, ct)))
            .RequirePermission(ProtectedAccountPermissions.Check).RequireRateLimiting(CheckPolicy).Produces<ProtectedAccountCheckDto>();
        group.MapGet("/checks", async (string? accountNumber, ProtectedAccountService service, CancellationToken ct) => Results.Ok(await service.ChecksAsync(accountNumber, ct)))
            .RequirePermission(ProtectedAccountPermissions.Default).Produces<IReadOnlyList<ProtectedAccountCheckLogDto>>();
    }

    /// <summary>
    /// As the credit check: per signed-in user (else per IP), ProtectedAccounts:CheckPermitLimit (30) checks per
    /// ProtectedAccounts:CheckWindow (1 minute); the 429 and its Chinese text are the host's.
    /// </summary>
    public static void AddCheckRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("ProtectedAccounts:CheckPermitLimit", 30);
        var window = configuration.GetValue("ProtectedAccounts:CheckWindow", TimeSpan.FromMinutes(1));
        services.AddRateLimiter(options => options.AddPolicy(CheckPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
    }
}
