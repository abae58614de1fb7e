using Microsoft.Extensions.Configuration;

namespace Dalad.Cases.Sms;

/// <summary>
/// The address of the public status page every SMS ends with: <c>Dalad:PublicQueryUrl</c>, by default <c>/query</c> on
/// the host's public address (<c>Auth:Issuer</c> when set, else the first of <c>urls</c>).
/// </summary>
public sealed class PublicQueryAddress(IConfiguration configuration)
{
    public const string DefaultPath = "/query";
    private const string DefaultHost = "http://127.0.0.1:5000";

    public string Value => Resolve(configuration["Dalad:PublicQueryUrl"], configuration["Auth:Issuer"], configuration["urls"]);

    public static string Resolve(string? configured, string? issuer, string? urls)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured.Trim();
        // "/query" parses as an absolute file: URI on Unix; only web addresses count as absolute here.
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        var host = !string.IsNullOrWhiteSpace(issuer) ? issuer.Trim()
            : urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DefaultHost;
        // Listening on every interface says nothing about the public name.
        host = host.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(new Uri(host.EndsWith('/') ? host : host + "/"), path.TrimStart('/')).ToString();
    }
}
