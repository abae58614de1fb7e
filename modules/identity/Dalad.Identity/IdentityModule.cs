using Microsoft.AspNetCore.DataProtection;
using Dalad.Identity.AbpContract;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Identity.PermissionManagement;
using Dalad.Identity.Roles;
using Dalad.Identity.Users;
using Dalad.Platform.Data;
using Dalad.Platform.Hosting;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Dalad.Identity;

/// <summary>Users, roles, body membership, permissions, OpenIddict, and ABP's UI contract endpoints.</summary>
public sealed class IdentityModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        context.AddModuleDbContext<IdentityDataContext>(IdentityDataContext.Schema);

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                // PasswordClassesValidator: at least 8 characters of 3 of the 4 classes (MLPS), not all four.
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.ClaimsIdentity.UserIdClaimType = DaladClaimTypes.Subject;
                o.ClaimsIdentity.UserNameClaimType = DaladClaimTypes.Name;
                o.ClaimsIdentity.RoleClaimType = DaladClaimTypes.Role;
            })
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordClassesValidator>()
            .AddDefaultTokenProviders();
        // The login cookie of the authorize endpoint re-checks the security stamp every minute, so a password reset
        // or deactivation also ends the browser's silent sign-in.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.Cookie.Name = "Dalad.Login";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        // APIs authenticate with bearer tokens; the login cookie only serves the authorize endpoint.
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.DefaultAuthenticateScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        });
        services.AddAuthorization();

        var keysPath = context.Configuration["Auth:KeysPath"] is { Length: > 0 } keys
            ? Path.GetFullPath(keys, context.Environment.ContentRootPath)
            : Path.Combine(context.Paths.DataPath, "keys");

        // Instances of a scaled deployment share the key folder, so a login cookie made by one is read by all.
        services.AddDataProtection().PersistKeysToFileSystem(PrivateFiles.CreateFolder(Path.Combine(keysPath, "data-protection"))).SetApplicationName("Dalad");

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDataContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    // The UI revokes its tokens here before it ends the session.
                    .SetRevocationEndpointUris("connect/revoke");
                o.AllowPasswordFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(OpenIddictSeeder.AllScopes);
                // Behind a proxy or with several instances, one fixed issuer (Auth:Issuer) makes every instance accept every token.
                if (context.Configuration["Auth:Issuer"] is { Length: > 0 } issuer) o.SetIssuer(new Uri(issuer));
                o.AddSigningKey(SigningKeys.LoadOrCreate(keysPath, "signing"));
                o.AddEncryptionKey(SigningKeys.LoadOrCreate(keysPath, "encryption"));
                // Short access tokens; the browser renews them with its refresh token (offline_access) while the user works.
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(15));
                o.SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                o.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    // TLS belongs to the reverse proxy; the embedded default serves plain HTTP on 127.0.0.1.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                // Tokens are for this API only, and a revoked token is refused at once (its entry is looked up).
                o.AddAudiences(OpenIddictSeeder.ApiScope);
                o.EnableTokenEntryValidation();
                o.AddEventHandler(SessionCheck.ValidationHandler.Descriptor);
            });
        // Tokens travel in the Authorization header only: a query string ends up in logs, histories and Referer headers.
        services.Configure<OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreOptions>(o =>
        {
            o.DisableAccessTokenExtractionFromQueryString = true;
            o.DisableAccessTokenExtractionFromBodyForm = true;
        });
        services.AddMemoryCache();
        services.AddScoped<SessionCheck>();
        services.AddScoped<LoginCheck>();
        services.AddScoped<SessionCheck.ValidationHandler>();

        services.AddScoped<IdentityCacheStamp>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<Platform.Events.IIntegrationEventHandler<PermissionDefinitionsChanged>, PermissionDefinitionsChangedHandler>();
        services.AddScoped<Platform.Events.IIntegrationEventHandler<Platform.Configuration.ApplicationConfigurationChanged>, ApplicationConfigurationChangedHandler>();
        services.AddScoped<IUserBodyMembership, UserBodyMembership>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<AdministrationGuard>();
        services.AddScoped<AuditLogQueries>();
        services.AddScoped<IdentityUserAppService>();
        services.AddScoped<ProfileAppService>();
        services.AddScoped<IdentityRoleAppService>();
        services.AddScoped<PermissionManagementAppService>();
        // ABP's Angular packages show server error texts only in ABP's error format (see AbpErrorFormat).
        services.Configure<ProblemDetailsOptions>(o =>
        {
            var previous = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = c =>
            {
                previous?.Invoke(c);
                AbpErrorFormat.Apply(c);
            };
        });
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitions>();
        services.AddOptions<AdminSeedOptions>().Bind(context.Configuration.GetSection("Identity:Admin"))
            .Configure(o => o.DemoUsers = context.Configuration.GetValue<bool>("Identity:DemoUsers"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TokenEndpoints.Map(endpoints);
        LoginPage.Map(endpoints);
        ApplicationConfigurationEndpoints.Map(endpoints);
        IdentityEndpoints.Map(endpoints);
        AuditLogEndpoints.Map(endpoints);
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        await IdentitySeeder.SeedAsync(context.Services, context.CancellationToken);
        await OpenIddictSeeder.SeedAsync(context.Services, context.CancellationToken);
    }
}

internal sealed class IdentityPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        const string abp = "AbpIdentity";
        var group = context.AddGroup(IdentityPermissions.GroupName, "Permission:IdentityManagement", abp);
        var users = group.AddPermission(IdentityPermissions.Users.Default, "Permission:UserManagement");
        users.AddChild(IdentityPermissions.Users.Create, "Permission:Create");
        users.AddChild(IdentityPermissions.Users.Update, "Permission:Edit")
            .AddChild(IdentityPermissions.Users.ManageRoles, "Permission:ManageRoles");
        users.AddChild(IdentityPermissions.Users.Delete, "Permission:Delete");
        users.AddChild(IdentityPermissions.Users.ManagePermissions, "Permission:ChangePermissions");
        var roles = group.AddPermission(IdentityPermissions.Roles.Default, "Permission:RoleManagement");
        roles.AddChild(IdentityPermissions.Roles.Create, "Permission:Create");
        roles.AddChild(IdentityPermissions.Roles.Update, "Permission:Edit");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Permission:Delete");
        roles.AddChild(IdentityPermissions.Roles.ManagePermissions, "Permission:ChangePermissions");
        group.AddPermission(IdentityPermissions.UserLookup.Default, "Permission:UserLookup");

        context.AddGroup(AdministrationPolicy.AuditLogPermission, "Permission:AuditGroup")
            .AddPermission(AdministrationPolicy.AuditLogPermission, "Permission:AuditLog");

        var personal = context.AddGroup("Dalad.PersonalData", "Permission:PersonalDataGroup");
        personal.AddPermission(IdentityPermissions.Users.ViewPersonalData, "Permission:PersonalData");
    }
}

public sealed class AdminSeedOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>The demo default, shorter than the password policy allows: accounts created with it must change it at
    /// their first sign-in.</summary>
    public const string DemoPassword = "1q2w3E*";

    /// <summary>The demo default; change it (Identity:Admin:Password) before real use.</summary>
    public string Password { get; set; } = DemoPassword;

    public string Email { get; set; } = "admin@dalad.local";

    /// <summary>Identity:DemoUsers — seed the demo accounts of SeedData/demo-users.json (with the admin's password).</summary>
    public bool DemoUsers { get; set; }
}
