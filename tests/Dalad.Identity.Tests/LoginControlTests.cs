using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalad.Identity.Domain;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

/// <summary>The host with a one-second login back-off, so a test can wait it out.</summary>
public sealed class ShortBackoffHostFactory : DaladHostFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:LoginBackoff", "00:00:01");
        // Every test request comes from one address: let the per-account back-off be what these tests meet.
        builder.UseSetting("Auth:LoginAddressThreshold", "1000");
    }
}

/// <summary>The host as a fresh installation starts it: the administrator has the demo password.</summary>
public sealed class DemoPasswordHostFactory : DaladHostFactory
{
    public const string DemoPassword = "1q2w3E*";

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Identity:Admin:Password", DemoPassword);
}

/// <summary>Issue 15, finding 8: throttling with back-off instead of a lockout anyone can cause, no user-name
/// enumeration, passwords of at least 8 characters of 3 classes.</summary>
public sealed class LoginControlTests(ShortBackoffHostFactory host) : IClassFixture<ShortBackoffHostFactory>
{
    internal static async Task<(HttpStatusCode Status, string Description)> PasswordGrantAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Dalad_App", ["username"] = userName, ["password"] = password, ["scope"] = "openid Dalad",
        }));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.TryGetProperty("error_description", out var d) ? d.GetString()! : "");
    }

    [Theory]
    [InlineData("Abcde1!")]     // 7 characters of 4 classes
    [InlineData("abcdefgh12")]  // 2 classes
    [InlineData("ABCDEFGH!!")]  // 2 classes
    public async Task A_password_shorter_than_8_or_of_fewer_than_3_classes_is_refused(string password)
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/identity/users", NewUser("weak." + Math.Abs(password.GetHashCode()), new[] { "hrss" }, password: password));
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("密码");
    }

    [Fact]
    public async Task A_password_of_8_characters_and_3_classes_is_accepted()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/identity/users", NewUser("strong.enough", new[] { "hrss" }, password: "abcdEF12"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Known_and_unknown_user_names_get_the_same_answer_in_similar_time()
    {
        await host.CreateUserAsync("known.name", ["hrss"], []);
        using var client = host.CreateClient();
        var known = await PasswordGrantAsync(client, "known.name", "Wrong-pass-1");
        var unknown = await PasswordGrantAsync(client, "nobody.here", "Wrong-pass-1");
        unknown.ShouldBe(known);

        async Task<double> MedianAsync(string userName)
        {
            var times = new List<double>();
            for (var i = 0; i < 4; i++)
            {
                var watch = Stopwatch.StartNew();
                // A name of its own per attempt, so no attempt meets the per-account back-off.
                await PasswordGrantAsync(client, userName + i, "Wrong-pass-" + i);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return times.Order().ElementAt(2);
        }
        await MedianAsync("timing.warmup"); // warm-up
        for (var i = 0; i < 4; i++) await host.CreateUserAsync("timing.known" + i, ["hrss"], []);
        var knownTime = await MedianAsync("timing.known");
        var unknownTime = await MedianAsync("timing.unknown");
        // Both hash the password: an unknown name is not answered in a fraction of the time.
        unknownTime.ShouldBeGreaterThan(knownTime * 0.4, $"known {knownTime:F1} ms, unknown {unknownTime:F1} ms");
    }

    [Fact]
    public async Task Failed_sign_ins_slow_the_account_down_for_a_while_but_never_lock_it()
    {
        var id = await host.CreateUserAsync("backoff.target", ["hrss"], []);
        using var client = host.CreateClient();
        for (var i = 0; i < 5; i++) await PasswordGrantAsync(client, "backoff.target", "Wrong-pass-" + i);

        // While the back-off runs even the right password waits, with the same words for every name.
        var throttled = await PasswordGrantAsync(client, "backoff.target", Password);
        throttled.Status.ShouldBe(HttpStatusCode.BadRequest);
        throttled.Description.ShouldContain("秒后再试");

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await PasswordGrantAsync(client, "backoff.target", Password)).Status.ShouldBe(HttpStatusCode.OK);
        using var scope = host.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString());
        user!.LockoutEnd.ShouldBeNull();
    }
}

public sealed class LoginBackoffRuleTests
{
    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 2)]
    [InlineData(6, 4)]
    [InlineData(9, 32)]
    [InlineData(50, 60)]
    public void An_account_waits_longer_after_each_failure_but_never_more_than_a_minute(int failures, int seconds) =>
        LoginBackoff.Delay(failures, LoginBackoff.AccountThreshold, TimeSpan.FromSeconds(2), LoginBackoff.AccountCap).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("abcdefgh", false)]
    [InlineData("abcdEFGH", false)]
    [InlineData("abcdEF12", true)]
    [InlineData("ab1!", false)]
    [InlineData("密码很长很长12ab", true)]
    public void A_password_needs_8_characters_of_3_classes(string password, bool strong) => PasswordPolicy.IsStrong(password).ShouldBe(strong);
}

/// <summary>Issue 15, finding 8: the demo password must be changed at the first sign-in.</summary>
public sealed class DemoPasswordChangeTests(DemoPasswordHostFactory host) : IClassFixture<DemoPasswordHostFactory>
{
    [Fact]
    public async Task The_admin_with_the_demo_password_changes_it_on_the_login_page_before_getting_a_token()
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await LoginControlTests.PasswordGrantAsync(client, "admin", DemoPasswordHostFactory.DemoPassword);
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Description.ShouldContain("修改密码");

        var page = await client.GetStringAsync("/Account/Login?returnUrl=%2F");
        var login = await client.PostAsync("/Account/Login", Form(page, new() { ["userName"] = "admin", ["password"] = DemoPasswordHostFactory.DemoPassword, ["returnUrl"] = "/" }));
        var changePage = await login.Content.ReadAsStringAsync();
        changePage.ShouldContain("id=\"newPassword\"");

        var weak = await client.PostAsync("/Account/ChangePassword", Form(changePage, new()
        {
            ["userName"] = "admin", ["password"] = DemoPasswordHostFactory.DemoPassword, ["newPassword"] = "short", ["confirmPassword"] = "short", ["returnUrl"] = "/",
        }));
        var weakPage = await weak.Content.ReadAsStringAsync();
        weakPage.ShouldContain("id=\"login-error\"");
        (await LoginControlTests.PasswordGrantAsync(client, "admin", "short")).Status.ShouldBe(HttpStatusCode.BadRequest);

        var changed = await client.PostAsync("/Account/ChangePassword", Form(weakPage, new()
        {
            ["userName"] = "admin", ["password"] = DemoPasswordHostFactory.DemoPassword, ["newPassword"] = "New-admin-2026", ["confirmPassword"] = "New-admin-2026", ["returnUrl"] = "/",
        }));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Headers.Location!.ToString().ShouldBe("/");
        (await LoginControlTests.PasswordGrantAsync(client, "admin", "New-admin-2026")).Status.ShouldBe(HttpStatusCode.OK);
        (await LoginControlTests.PasswordGrantAsync(client, "admin", DemoPasswordHostFactory.DemoPassword)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        return new FormUrlEncodedContent(fields);
    }
}
