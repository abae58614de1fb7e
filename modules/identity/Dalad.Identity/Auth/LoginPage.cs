using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dalad.Identity.Domain;
using Dalad.Platform.Timing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Identity.Auth;

/// <summary>The server-rendered sign-in page the authorization endpoint sends the browser to.</summary>
internal static class LoginPage
{
    /// <summary>Escapes markup but leaves Chinese as it is (the default encoder turns every CJK character into &amp;#x…;).</summary>
    private static readonly HtmlEncoder PageEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/Account/Login", (HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, string? returnUrl, string? culture) =>
        {
            RememberChosenCulture(context, culture);
            return Render(context, antiforgery, l, SafeReturnUrl(returnUrl), userName: null, error: null);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapPost("/Account/Login", async (HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, SignInManager<AppUser> signIn, LoginCheck login,
            [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
                return Render(context, antiforgery, l, target, userName, l["Login:Required"]);
            var check = await login.CheckAsync(context, userName, password, context.RequestAborted);
            switch (check.Outcome)
            {
                case LoginCheck.Outcome.Throttled: return Render(context, antiforgery, l, target, userName, l["Login:Throttled", check.WaitSeconds]);
                case LoginCheck.Outcome.Invalid: return Render(context, antiforgery, l, target, userName, l["Login:InvalidCredentials"]);
                // The password was right: the same form asks for a new one (it posts the current one again, checked again).
                case LoginCheck.Outcome.MustChangePassword: return Render(context, antiforgery, l, target, userName, null, changePassword: password);
            }
            await signIn.SignInAsync(check.User!, isPersistent: false);
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapPost("/Account/ChangePassword", async (HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, SignInManager<AppUser> signIn, UserManager<AppUser> users,
            LoginCheck login, [FromForm] string? userName, [FromForm] string? password, [FromForm] string? newPassword, [FromForm] string? confirmPassword, [FromForm] string? returnUrl) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
                return Render(context, antiforgery, l, target, userName, l["Login:Required"]);
            var check = await login.CheckAsync(context, userName, password, context.RequestAborted);
            if (check.Outcome == LoginCheck.Outcome.Throttled) return Render(context, antiforgery, l, target, userName, l["Login:Throttled", check.WaitSeconds]);
            if (check.Outcome == LoginCheck.Outcome.Invalid) return Render(context, antiforgery, l, target, userName, l["Login:InvalidCredentials"]);
            var user = check.User!;
            if (check.Outcome == LoginCheck.Outcome.MustChangePassword)
            {
                string? error = null;
                if (string.IsNullOrEmpty(newPassword) || newPassword != confirmPassword) error = l["Login:PasswordsDiffer"];
                else if (newPassword == password) error = l["Login:PasswordUnchanged"];
                else
                {
                    var changed = await users.ChangePasswordAsync(user, password, newPassword);
                    if (!changed.Succeeded) error = string.Join(" ", changed.Errors.Select(e => e.Description).Distinct());
                }
                if (error is not null) return Render(context, antiforgery, l, target, userName, error, changePassword: password);
                user.MustChangePassword = false;
                await users.UpdateAsync(user);
            }
            await signIn.SignInAsync(user, isPersistent: false);
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapGet("/Account/Logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>Read once by the web UI as it starts (angular/src/app/core/culture.ts, adoptLoginPageLanguage).</summary>
    private const string LoginPageLanguageCookie = "dalad.login-language";

    /// <summary>
    /// The language link of this page (?culture=en) sets the culture cookie the server honours (this page after posting,
    /// the API), and tells the web UI, which otherwise starts in the language it stored before sign-in.
    /// </summary>
    private static void RememberChosenCulture(HttpContext context, string? culture)
    {
        if (culture is not ("zh-Hans" or "en")) return;
        var options = new CookieOptions { Path = "/", IsEssential = true, SameSite = SameSiteMode.Lax };
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions(options) { MaxAge = TimeSpan.FromDays(365) });
        context.Response.Cookies.Append(LoginPageLanguageCookie, culture, new CookieOptions(options) { MaxAge = TimeSpan.FromHours(1) });
    }

    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";

    private static IResult Render(HttpContext context, IAntiforgery antiforgery, IStringLocalizer l, string returnUrl, string? userName, string? error, string? changePassword = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var h = PageEncoder;
        var culture = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "en" : "zh-Hans";
        var otherCulture = culture == "en" ? "zh-Hans" : "en";
        var switchUrl = "/Account/Login?returnUrl=" + Uri.EscapeDataString(returnUrl) + "&culture=" + otherCulture + "&ui-culture=" + otherCulture;
        var errorHtml = error is null ? "" : $"""<div class="error" role="alert" id="login-error">{h.Encode(error)}</div>""";
        var year = BeijingTime.FromUtc(context.RequestServices.GetRequiredService<IClock>().UtcNow).Year;
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{culture}}">
            <head>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg">
            <title>{{h.Encode(l["Login:Title"])}} - {{h.Encode(l["AppName"])}}</title>
            <style>
              * { box-sizing:border-box; }
              body { margin:0; min-height:100vh; display:flex; flex-direction:column; background:#eef2f7; color:#1f2d3d; font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif; }
              header { background:linear-gradient(90deg,#0b3d6e,#0f5aa0); color:#fff; }
              .bar { max-width:1100px; margin:0 auto; padding:14px 24px; display:flex; align-items:center; gap:12px; }
              .bar img { width:34px; height:34px; } .bar .name { font-size:20px; font-weight:600; letter-spacing:1px; }
              .bar .lang { margin-left:auto; font-size:14px; } .bar .lang a { color:#fff; text-decoration:none; border:1px solid rgba(255,255,255,.5); border-radius:4px; padding:4px 12px; }
              .bar .lang a:hover { background:rgba(255,255,255,.15); }
              .hero { flex:1; display:flex; align-items:center; justify-content:center; padding:48px 24px; background:linear-gradient(180deg,#dfe8f3 0%,#eef2f7 60%); }
              .card { background:#fff; width:400px; max-width:100%; border-radius:8px; box-shadow:0 10px 30px rgba(15,50,90,.15); overflow:hidden; }
              .card .top { border-top:4px solid #c0392b; padding:28px 36px 8px; }
              h1 { font-size:22px; margin:0; color:#0b3d6e; } .hint { color:#6b7785; font-size:13px; margin-top:6px; }
              form { padding:8px 36px 32px; }
              label { display:block; font-size:14px; margin:16px 0 6px; color:#33404d; }
              input[type=text], input[type=password] { width:100%; padding:11px 12px; border:1px solid #c9d3de; border-radius:4px; font-size:15px; outline:none; }
              input[type=text]:focus, input[type=password]:focus { border-color:#0f5aa0; box-shadow:0 0 0 3px rgba(15,90,160,.15); }
              button { margin-top:26px; width:100%; padding:12px; border:0; border-radius:4px; background:#0f5aa0; color:#fff; font-size:16px; letter-spacing:4px; cursor:pointer; }
              button:hover { background:#0b4a86; }
              .error { background:#fdecea; border:1px solid #f5c2bd; color:#a12622; padding:10px 12px; border-radius:4px; font-size:14px; margin:16px 36px 0; }
              footer { text-align:center; color:#7a8694; font-size:12px; padding:18px; }
            </style>
            </head>
            <body>
            <header><div class="bar">
              <img src="/favicon.svg" alt="">
              <span class="name">{{h.Encode(l["AppName"])}}</span>
              <span class="lang"><a href="{{h.Encode(switchUrl)}}" id="login-language">{{h.Encode(l["Login:SwitchLanguage"])}}</a></span>
            </div></header>
            <div class="hero">
            <main class="card">
              <div class="top">
                <h1>{{h.Encode(l["Login:Title"])}}</h1>
                <div class="hint">{{h.Encode(l["Login:Hint"])}}</div>
              </div>
              {{errorHtml}}
              {{(changePassword is null ? "" : $"<div class=\"hint change\" id=\"change-password-hint\">{h.Encode(l["Login:ChangePasswordHint"])}</div>")}}
              <form method="post" action="{{(changePassword is null ? "/Account/Login" : "/Account/ChangePassword")}}">
                <input type="hidden" name="{{tokens.FormFieldName}}" value="{{h.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="returnUrl" value="{{h.Encode(returnUrl)}}">
                <label for="userName">{{h.Encode(l["Login:UserName"])}}</label>
                <input type="text" id="userName" name="userName" autocomplete="username" value="{{h.Encode(userName ?? "")}}" {{(userName is null ? "autofocus" : "")}} required>
                {{(changePassword is null ? PasswordField(h, l, userName) : NewPasswordFields(h, l, changePassword))}}
                <button type="submit" id="login-submit">{{h.Encode(l[changePassword is null ? "Login:Submit" : "Login:ChangePasswordSubmit"])}}</button>
              </form>
            </main>
            </div>
            <footer>{{year}} &copy; {{h.Encode(l["AppName"])}}</footer>
            </body>
            </html>
            """;
        // The page may carry the current password (the change form): never cached.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string PasswordField(HtmlEncoder h, IStringLocalizer l, string? userName) => $"""
        <label for="password">{h.Encode(l["Login:Password"])}</label>
        <input type="password" id="password" name="password" autocomplete="current-password" {(userName is null ? "" : "autofocus")} required>
        """;

    private static string NewPasswordFields(HtmlEncoder h, IStringLocalizer l, string currentPassword) => $"""
        <input type="hidden" name="password" value="{h.Encode(currentPassword)}">
        <label for="newPassword">{h.Encode(l["Login:NewPassword"])}</label>
        <input type="password" id="newPassword" name="newPassword" autocomplete="new-password" autofocus required>
        <label for="confirmPassword">{h.Encode(l["Login:ConfirmPassword"])}</label>
        <input type="password" id="confirmPassword" name="confirmPassword" autocomplete="new-password" required>
        """;
}
