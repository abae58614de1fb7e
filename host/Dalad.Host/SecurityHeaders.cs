using Microsoft.Extensions.Primitives;

namespace Dalad.Host;

/// <summary>
/// Headers every answer carries (issue 15, finding 6): a content security policy without inline script and without
/// framing, no MIME sniffing, no full referrer to other sites, HSTS on HTTPS requests (TLS is terminated by the proxy,
/// whose X-Forwarded-Proto makes the request HTTPS here), and no Server header (Kestrel's is switched off in Program).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The web UI and the login page run no inline script; Angular injects component styles, hence style 'unsafe-inline'.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>The API reference page (Scalar, a tool for integrators) starts itself with an inline script; it is still never framed.</summary>
    public const string ApiDocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    });
}
