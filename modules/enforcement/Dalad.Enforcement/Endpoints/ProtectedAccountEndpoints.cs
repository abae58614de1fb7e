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

    /// <summary>ProtectedAccounts:CheckPermitLimit checks per ProtectedAccounts:CheckWindow per user (<see cref="PerUserRateLimit"/>).</summary>
    public static void AddCheckRateLimit(IServiceCollection services, IConfiguration configuration) =>
        PerUserRateLimit.AddCheckPolicy(services, configuration, CheckPolicy, "ProtectedAccounts");
}
