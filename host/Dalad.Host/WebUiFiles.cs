using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Dalad.Host;

/// <summary>
/// How the web UI's files are sent (issue 16, item 4): compressed, and cached for a year when their name carries the
/// build's content hash, so a returning clerk downloads nothing; index.html and unhashed theme files are revalidated.
/// Only the UI's files are compressed: API answers carry tokens and personal data next to reflected input (BREACH).
/// </summary>
internal static partial class WebUiFiles
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    // Angular's output hashing: chunk-ABCDEFGH.js, main-ABCDEFGH.js, styles-ABCDEFGH.css, media/x-ABCDEFGH.woff2.
    [GeneratedRegex(@"-[A-Z0-9]{8}\.[a-z0-9]+$")]
    private static partial Regex HashedName();

    public static void AddWebUiCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"];
        });
        // Fastest keeps the CPU cost per first load small; the ratio is still about 4:1 on the UI's JavaScript.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    public static void UseWebUi(this WebApplication app, IFileProvider ui)
    {
        app.UseWhen(context => IsUiRequest(context.Request.Path), branch => branch.UseResponseCompression());
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = ui,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = CacheControlFor(file.File.Name),
        });
    }

    public static string CacheControlFor(string fileName) => HashedName().IsMatch(fileName) ? Immutable : Revalidate;

    private static bool IsUiRequest(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/connect") && !path.StartsWithSegments("/Account")
        && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/openapi");
}
