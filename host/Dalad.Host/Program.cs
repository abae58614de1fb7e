using Dalad.Host;
using Dalad.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// The embedded default serves plain HTTP on loopback; --urls (or ASPNETCORE_URLS) changes it. TLS belongs to a reverse proxy.
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
    builder.WebHost.UseUrls("http://127.0.0.1:5000");

// No Server header; request lines up to 64 KB reach the pipeline, which answers longer URLs than it accepts with a
// 414 in problem details (Kestrel's own 414 has no body).
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestLineSize = 64 * 1024;
});

builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext().WriteTo.Console());

using var startupLogger = LoggerFactoryForStartup();
builder.AddDaladModules<HostModule>(startupLogger.CreateLogger("Dalad.Modules"));
builder.Services.AddDaladHealthChecks();
builder.Services.AddOpenApi(OpenApiConventions.Apply);
builder.Services.AddWebUiCompression();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new NoNulStringConverter()));
builder.Services.AddAuthorizationBuilder()
    // Any endpoint that forgets to declare its permission still requires a signed-in user.
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

var app = builder.Build();
await app.InitializeDaladModulesAsync();

// Behind a reverse proxy (TLS terminated there), keep the client's address, scheme and host: only from the proxies
// named in Http:KnownProxies (none by default, so nobody can forge them).
if (ForwardedHeadersSetup.FromConfiguration(app.Configuration) is { } forwarded)
    app.UseForwardedHeaders(forwarded);
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUrlLengthLimit();
app.UseDaladLocalization();

// The Angular production build, served at / (Ui:Path, default angular/dist/dalad/browser of the repository).
var uiPath = Path.GetFullPath(app.Configuration["Ui:Path"] is { Length: > 0 } configured ? configured : "../../angular/dist/dalad/browser", app.Environment.ContentRootPath);
var ui = Directory.Exists(uiPath) ? new PhysicalFileProvider(uiPath) : null;
if (ui is not null)
{
    app.UseWebUi(ui);
}

app.UseRouting();
app.UseAuthentication();
app.UseDaladDataScope();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthCheckRegistration.ReadyTag), ResponseWriter = HealthCheckRegistration.WriteReport }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-docs").AllowAnonymous();
app.MapDaladModules();

// An API path nothing answers is a 404 for everyone: without this endpoint the fallback policy (signed in) would
// answer 401 first, and a signed-in caller would get the web UI's index.html.
app.MapFallback("/api/{**path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return context.RequestServices.GetRequiredService<IProblemDetailsService>()
        .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = StatusCodes.Status404NotFound } }).AsTask();
}).AllowAnonymous();

if (ui is not null)
{
    // Deep links of the single-page app fall back to index.html; API paths never do.
    app.MapFallback("{*path:nonfile}", async context =>
    {
        if (context.Request.Path.StartsWithSegments("/connect"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = WebUiFiles.Revalidate;
        await context.Response.SendFileAsync(ui.GetFileInfo("index.html"));
    }).AllowAnonymous();
}

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Dalad platform is listening on {Urls} (database: {Provider})", string.Join(", ", app.Urls), app.Configuration["Database:Provider"] ?? "Sqlite"));

await app.RunAsync();

static ILoggerFactory LoggerFactoryForStartup() => LoggerFactory.Create(b => b.AddSimpleConsole());

/// <summary>Visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
