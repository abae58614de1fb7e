using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dalad.Identity.Domain;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Shouldly;
using static Dalad.Identity.Tests.IdentityApi;

namespace Dalad.Identity.Tests;

/// <summary>The host on a data folder of its own (its token keys are read by the forged-token test), re-checking
/// sessions every second instead of every 30 s so a lockout made straight in the database is seen quickly.</summary>
public sealed class SessionHostFactory : DaladHostFactory
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "dalad-tests", "session-" + Guid.NewGuid().ToString("N"));

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Dalad:DataPath", DataPath);
        builder.UseSetting("Auth:SessionRecheckInterval", "00:00:01");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Issue 15, finding 3: sessions end — short access tokens, refresh tokens, and revocation, a password reset,
/// deactivation or a lockout end access; tokens only in the Authorization header, for this API, encrypted.</summary>
public sealed class SessionTests(SessionHostFactory host) : IClassFixture<SessionHostFactory>
{
    private const string Password = "Session-pass-1";

    private async Task<JsonElement> TokenAsync(string userName, string password = Password, string scope = "openid profile roles offline_access Dalad")
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Dalad_App", ["username"] = userName, ["password"] = password, ["scope"] = scope,
        }));
        return await DaladHostFactory.ReadAsync<JsonElement>(response);
    }

    private async Task<HttpStatusCode> RefreshAsync(string refreshToken)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "Dalad_App", ["refresh_token"] = refreshToken,
        }));
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> CallAsync(string accessToken)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.GetAsync("/api/app/workspaces/mine");
        return response.StatusCode;
    }

    private async Task<Guid> NewUserAsync(string userName) => await host.CreateUserAsync(userName, ["hrss"], [], Password);

    [Fact]
    public async Task Access_tokens_live_fifteen_minutes_and_a_refresh_token_renews_them()
    {
        await NewUserAsync("session.short");
        var token = await TokenAsync("session.short");
        token.GetProperty("expires_in").GetInt32().ShouldBeLessThanOrEqualTo(15 * 60);
        var refresh = token.GetProperty("refresh_token").GetString()!;

        using var client = host.CreateClient();
        using var renewed = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "Dalad_App", ["refresh_token"] = refresh,
        }));
        var again = await DaladHostFactory.ReadAsync<JsonElement>(renewed);
        (await CallAsync(again.GetProperty("access_token").GetString()!)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_not_accepted()
    {
        await NewUserAsync("session.query");
        var token = (await TokenAsync("session.query")).GetProperty("access_token").GetString()!;
        using var client = host.CreateClient();
        (await client.GetAsync("/api/app/workspaces/mine?access_token=" + Uri.EscapeDataString(token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_the_token_ends_access()
    {
        await NewUserAsync("session.revoke");
        var token = (await TokenAsync("session.revoke")).GetProperty("access_token").GetString()!;
        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
        using var client = host.CreateClient();
        using var revoked = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "Dalad_App", ["token"] = token, ["token_type_hint"] = "access_token",
        }));
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_reset_ends_the_users_access_and_refresh_tokens()
    {
        var id = await NewUserAsync("session.reset");
        var token = await TokenAsync("session.reset");
        (await CallAsync(token.GetProperty("access_token").GetString()!)).ShouldBe(HttpStatusCode.OK);

        using var admin = await host.CreateClientAsAsync("admin");
        var user = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}"));
        var reset = await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
        {
            userName = "session.reset", email = "session.reset@dalad.test", name = "x", isActive = true, lockoutEnabled = true,
            password = "Another-pass-2", concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
        });
        reset.StatusCode.ShouldBe(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync());

        (await CallAsync(token.GetProperty("access_token").GetString()!)).ShouldBe(HttpStatusCode.Unauthorized);
        (await RefreshAsync(token.GetProperty("refresh_token").GetString()!)).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deactivation_ends_access()
    {
        var id = await NewUserAsync("session.off");
        var token = await TokenAsync("session.off");
        using var admin = await host.CreateClientAsAsync("admin");
        var user = await DaladHostFactory.ReadAsync<JsonElement>(await admin.GetAsync($"/api/identity/users/{id}"));
        (await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
        {
            userName = "session.off", email = "session.off@dalad.test", name = "x", isActive = false, lockoutEnabled = true,
            concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await CallAsync(token.GetProperty("access_token").GetString()!)).ShouldBe(HttpStatusCode.Unauthorized);
        (await RefreshAsync(token.GetProperty("refresh_token").GetString()!)).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_lockout_ends_access_within_the_recheck_interval()
    {
        var id = await NewUserAsync("session.locked");
        var token = (await TokenAsync("session.locked")).GetProperty("access_token").GetString()!;
        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            (await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded.ShouldBeTrue();
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tokens_minted_with_the_keys_are_refused_unless_encrypted_and_for_this_api()
    {
        await NewUserAsync("session.forge");
        var real = (await TokenAsync("session.forge")).GetProperty("access_token").GetString()!;
        var keys = Path.Combine(host.DataPath, "keys");
        var signing = Key(Path.Combine(keys, "signing.pem"), "signing");
        var encryption = Key(Path.Combine(keys, "encryption.pem"), "encryption");
        var handler = new JsonWebTokenHandler();
        var inner = new JsonWebToken(handler.DecryptToken(handler.ReadJsonWebToken(real), new TokenValidationParameters { TokenDecryptionKey = encryption }));
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(inner.EncodedPayload)))!.AsObject();
        var signingCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256);
        var encryptingCredentials = new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);
        var typ = new Dictionary<string, object> { ["typ"] = "at+jwt" };
        string Encrypted(JsonObject claims) => handler.EncryptToken(handler.CreateToken(claims.ToJsonString(), signingCredentials, typ), encryptingCredentials, typ);

        // The control: the same claims, signed and encrypted as the server does, are accepted.
        (await CallAsync(Encrypted(payload))).ShouldBe(HttpStatusCode.OK);
        // Signed but not encrypted.
        (await CallAsync(handler.CreateToken(payload.ToJsonString(), signingCredentials, typ))).ShouldBe(HttpStatusCode.Unauthorized);
        // For another audience.
        payload["aud"] = "another-api";
        (await CallAsync(Encrypted(payload))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static RsaSecurityKey Key(string path, string id)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = id };
    }
}
