using Microsoft.AspNetCore.Mvc;

namespace Dalad.Host;

/// <summary>
/// A URL longer than <see cref="MaxLength"/> characters is refused with 414 in problem details, before routing or any
/// query parsing sees it (issue 15, finding 7). Kestrel lets request lines up to 64 KB through to here.
/// </summary>
internal static class UrlLengthLimit
{
    public const int MaxLength = 8 * 1024;

    public static IApplicationBuilder UseUrlLengthLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.Value?.Length + request.PathBase.Value?.Length + request.QueryString.Value?.Length > MaxLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            var l = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer>();
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = l["Error:BadRequest"].Value,
                    Detail = l["Error:UriTooLong", MaxLength].Value,
                },
            });
            return;
        }
        await next(context);
    });
}
