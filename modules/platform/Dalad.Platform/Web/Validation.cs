using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Web;

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the <typeparamref name="T"/> argument with its FluentValidation validator before the handler runs;
    /// a failure answers 400 with localized problem details and the handler (so the database) is never reached.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) => builder.AddEndpointFilter(async (context, next) =>
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        var validator = context.HttpContext.RequestServices.GetService<IValidator<T>>();
        if (validator is null) throw new InvalidOperationException($"No validator is registered for {typeof(T).Name}.");
        if (argument is null)
        {
            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
            return Results.Problem(statusCode: 400, title: l["Error:BadRequest"], detail: l["Error:EmptyBody"]);
        }
        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
            var errors = result.Errors.GroupBy(e => JsonName(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
            return Results.ValidationProblem(errors, title: l["Error:Validation"], detail: string.Join("；", result.Errors.Select(e => e.ErrorMessage)));
        }
        return await next(context);
    });

    private static string JsonName(string propertyName) => string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>
/// FluentValidation ships simplified Chinese as zh-CN; our UI culture is zh-Hans. Its Chinese texts quote names with
/// ASCII apostrophes ('名称' 不能为空); a Chinese sentence quotes with “ ”.
/// </summary>
public sealed partial class DaladLanguageManager : LanguageManager
{
    private static readonly CultureInfo SimplifiedChinese = CultureInfo.GetCultureInfo("zh-CN");

    public override string GetString(string key, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (!culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return base.GetString(key, culture);
        var text = base.GetString(key, SimplifiedChinese);
        return string.IsNullOrEmpty(text) ? text : QuotedPlaceholder().Replace(text, "“$1”");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"'(\{[A-Za-z]+\})'")]
    private static partial System.Text.RegularExpressions.Regex QuotedPlaceholder();
}
