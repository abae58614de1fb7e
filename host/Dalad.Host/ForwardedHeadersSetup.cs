using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dalad.Host;

/// <summary>
/// Which peers may tell the client's address and scheme (X-Forwarded-For/-Proto/-Host): only the reverse proxies named
/// in <c>Http:KnownProxies</c> (addresses or CIDR networks, separated by commas or semicolons). None by default: the
/// loopback defaults of ASP.NET Core are cleared, so a local user cannot forge his address to the rate limits and the
/// sign-in back-off (issue 15, finding 9).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Setting = "Http:KnownProxies";

    /// <summary>The options, or null when no proxy is configured (then forwarded headers are ignored altogether).</summary>
    public static ForwardedHeadersOptions? FromConfiguration(IConfiguration configuration)
    {
        var entries = (configuration[Setting] ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0) return null;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
        // Empty lists would mean "trust every peer": they are filled below, never left empty.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in entries)
        {
            if (entry.Contains('/'))
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(entry, out var network)
                    ? network : throw new InvalidOperationException($"{Setting}: '{entry}' is not an address or a CIDR network."));
            else
                options.KnownProxies.Add(IPAddress.TryParse(entry, out var address)
                    ? address : throw new InvalidOperationException($"{Setting}: '{entry}' is not an address or a CIDR network."));
        }
        return options;
    }
}
