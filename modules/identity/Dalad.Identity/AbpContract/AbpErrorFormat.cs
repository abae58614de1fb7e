using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;

namespace Dalad.Identity.AbpContract;

/// <summary>
/// ABP's Angular packages show a server's error text only when the answer carries the header <c>_AbpErrorFormat</c>
/// and an <c>error</c> object ({ code, message, details, validationErrors }, ABP's RemoteServiceErrorInfo); otherwise
/// they show a generic message. Every problem-details answer that explains itself (has a detail) gets both, beside the
/// RFC 7807 fields it keeps. A bare 401/403/404 is left alone: the packages then show their own localized text for it.
/// </summary>
internal static class AbpErrorFormat
{
    public const string HeaderName = "_AbpErrorFormat";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (string.IsNullOrEmpty(problem.Detail)) return;
        object[]? validationErrors = problem is HttpValidationProblemDetails validation
            ? validation.Errors.Select(e => (object)new { message = string.Join(" ", e.Value), members = new[] { e.Key } }).ToArray()
            : null;
        problem.Extensions["error"] = new
        {
            code = (context.Exception as BusinessException)?.MessageKey,
            message = problem.Title,
            details = problem.Detail,
            data = new Dictionary<string, object>(),
            validationErrors,
        };
        if (!context.HttpContext.Response.HasStarted) context.HttpContext.Response.Headers[HeaderName] = "true";
    }
}
