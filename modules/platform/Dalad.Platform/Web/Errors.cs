using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Dalad.Platform.Web;

/// <summary>A rule of the domain was broken; the message key is localized and the request changes nothing.</summary>
public class BusinessException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;

    /// <summary>409 for conflicts with existing data, 400 for everything else.</summary>
    public int StatusCode { get; init; } = StatusCodes.Status400BadRequest;
}

/// <summary>A service the request needs (a search cluster, a gateway) cannot be reached: 503 with Retry-After, like a
/// database that is down. The request changed nothing it could not finish.</summary>
public class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class EntityNotFoundException(string entityName, object id) : Exception($"{entityName} {id} was not found.")
{
    public string EntityName { get; } = entityName;
    public object Id { get; } = id;
}

/// <summary>Turns exceptions into RFC 7807 problem details with localized text.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer localizer, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The exception handler sits outside the request-localization middleware, whose culture has unwound by now.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } requested)
        {
            CultureInfo.CurrentCulture = requested.Culture;
            CultureInfo.CurrentUICulture = requested.UICulture;
        }
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, localizer["Error:BadRequest"].Value, localizer["Error:MalformedJson", json.Path ?? "$"].Value),
            BadHttpRequestException when httpContext.Request.ContentLength == 0
                => (400, localizer["Error:BadRequest"].Value, localizer["Error:EmptyBody"].Value),
            BadHttpRequestException bad => (bad.StatusCode, localizer["Error:BadRequest"].Value, localizer["Error:InvalidRequest"].Value),
            BusinessException business => (business.StatusCode, localizer["Error:BusinessRule"].Value, localizer[business.MessageKey, business.Arguments].Value),
            EntityNotFoundException => (404, localizer["Error:NotFound"].Value, localizer["Error:NotFoundDetail"].Value),
            _ when IsDatabaseUnavailable(exception) => (503, localizer["Error:Unavailable"].Value, localizer["Error:UnavailableDetail"].Value),
            _ => (500, localizer["Error:Internal"].Value, localizer["Error:InternalDetail"].Value),
        };
        if (status == 503)
        {
            // The database is down or restarting: the request changed nothing (its transaction did not commit), and the
            // client may simply try again.
            logger.LogWarning("Service unavailable: {Error}", exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = "5";
        }
        else if (status >= 500) logger.LogError(exception, "Unhandled exception");

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>
    /// A transient database failure anywhere in the chain (EF wraps the provider's exception): the server cannot be
    /// reached, is shutting down or starting up, or the connection pool is exhausted (Npgsql's IsTransient; SQLite's
    /// busy and locked).
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } or ServiceUnavailableException) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsDatabaseUnavailable)) return true;
        }
        return false;
    }
}
