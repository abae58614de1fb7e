using Dalad.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>
/// Every endpoint says who may call it: <c>.AllowAnonymous()</c>, <c>.RequireAuthorization()</c> or
/// <c>.RequirePermission(...)</c>. The fallback policy would still demand a signed-in user, but an endpoint that
/// declares nothing is one whose author never decided, so it is reported here by name.
/// </summary>
public sealed class EndpointAuthorizationTests(EndpointAuthorizationTests.HostWithUi host) : IClassFixture<EndpointAuthorizationTests.HostWithUi>
{
    /// <summary>The host with a web UI folder, so that the single-page app's fallback endpoint is mapped and checked too.</summary>
    public sealed class HostWithUi : DaladHostFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            var ui = Path.Combine(Path.GetDirectoryName(PluginPath)!, "ui");
            Directory.CreateDirectory(ui);
            File.WriteAllText(Path.Combine(ui, "index.html"), "<!doctype html><title>Dalad</title>");
            builder.UseSetting("Ui:Path", ui);
        }
    }

    [Fact]
    public void Every_endpoint_declares_anonymous_access_or_an_authorization_requirement()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var routes = endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText).ToList();
        // The enumeration must really see the host's endpoints, or the check below proves nothing.
        routes.ShouldContain("/api/app/bodies");
        routes.ShouldContain("/connect/token");
        routes.ShouldContain("/health/live");
        routes.ShouldContain(r => r != null && r.StartsWith("{*path", StringComparison.Ordinal), "the UI fallback endpoint");

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && e.Metadata.GetMetadata<IAuthorizeData>() is null
                        && e.Metadata.GetMetadata<AuthorizationPolicy>() is null)
            .Select(e => e.DisplayName ?? (e as RouteEndpoint)?.RoutePattern.RawText ?? "?")
            .Order(StringComparer.Ordinal)
            .ToList();

        undeclared.ShouldBeEmpty("endpoints that declare neither AllowAnonymous nor an authorization requirement:\n  "
            + string.Join("\n  ", undeclared));
    }
}
