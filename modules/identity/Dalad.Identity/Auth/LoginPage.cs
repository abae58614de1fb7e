using System.Globalization;
using System.Text.Encodings.Web;
using Dalad.Identity.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Dalad.Identity.Auth;

/// <summary>The server-rendered sign-in page the authorization endpoint sends the browser to.</summary>
internal static class LoginPage
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/Account/Login", (HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, string? returnUrl) =>
            Render(context, antiforgery, l, SafeReturnUrl(returnUrl), userName: null, error: null)).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapPost("/Account/Login", async (HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, SignInManager<AppUser> signIn, UserManager<AppUser> users,
            [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
                return Render(context, antiforgery, l, target, userName, l["Login:Required"]);
            var user = await users.FindByNameAsync(userName.Trim());
            if (user is null || !user.IsActive)
                return Render(context, antiforgery, l, target, userName, l["Login:InvalidCredentials"]);
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut) return Render(context, antiforgery, l, target, userName, l["Login:LockedOut"]);
            if (!result.Succeeded) return Render(context, antiforgery, l, target, userName, l["Login:InvalidCredentials"]);
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapGet("/Account/Logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";

    private static IResult Render(HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, string returnUrl, string? userName, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var h = HtmlEncoder.Default;
        var culture = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "en" : "zh-Hans";
        var otherCulture = culture == "en" ? "zh-Hans" : "en";
        var switchUrl = "/Account/Login?returnUrl=" + Uri.EscapeDataString(returnUrl) + "&culture=" + otherCulture + "&ui-culture=" + otherCulture;
        var errorHtml = error is null ? "" : $"""<div class="error" role="alert" id="login-error">{h.Encode(error)}</div>""";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{culture}}">
            <head>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{h.Encode(l["Login:Title"])}} - {{h.Encode(l["AppName"])}}</title>
            <style>
              body { margin:0; min-height:100vh; display:flex; align-items:center; justify-content:center; background:linear-gradient(135deg,#0b4f8a,#1f7a6d); font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif; }
              .card { background:#fff; width:380px; padding:36px 40px; border-radius:10px; box-shadow:0 12px 40px rgba(0,0,0,.25); }
              h1 { font-size:20px; margin:0 0 4px; color:#0b4f8a; } .sub { color:#666; font-size:13px; margin-bottom:24px; }
              label { display:block; font-size:14px; margin:14px 0 6px; color:#333; }
              input[type=text], input[type=password] { width:100%; box-sizing:border-box; padding:10px 12px; border:1px solid #ccd; border-radius:6px; font-size:15px; }
              button { margin-top:22px; width:100%; padding:11px; border:0; border-radius:6px; background:#0b4f8a; color:#fff; font-size:16px; cursor:pointer; }
              .error { background:#fdecea; color:#a12622; padding:10px 12px; border-radius:6px; font-size:14px; margin-bottom:8px; }
              .lang { margin-top:18px; text-align:right; font-size:13px; } .lang a { color:#0b4f8a; }
            </style>
            </head>
            <body>
            <main class="card">
              <h1>{{h.Encode(l["AppName"])}}</h1>
              <div class="sub">{{h.Encode(l["Login:Title"])}}</div>
              {{errorHtml}}
              <form method="post" action="/Account/Login">
                <input type="hidden" name="{{tokens.FormFieldName}}" value="{{h.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="returnUrl" value="{{h.Encode(returnUrl)}}">
                <label for="userName">{{h.Encode(l["Login:UserName"])}}</label>
                <input type="text" id="userName" name="userName" autocomplete="username" value="{{h.Encode(userName ?? "")}}" autofocus required>
                <label for="password">{{h.Encode(l["Login:Password"])}}</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                <button type="submit" id="login-submit">{{h.Encode(l["Login:Submit"])}}</button>
              </form>
              <div class="lang"><a href="{{h.Encode(switchUrl)}}">{{h.Encode(l["Login:SwitchLanguage"])}}</a></div>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
