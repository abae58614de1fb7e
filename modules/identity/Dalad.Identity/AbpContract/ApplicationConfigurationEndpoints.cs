using System.Globalization;
using System.Text.Json;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Dalad.Identity.AbpContract;

/// <summary>
/// <c>/api/abp/application-configuration</c> and <c>/api/abp/application-localization</c> in the shapes of ABP's
/// ApplicationConfigurationDto and ApplicationLocalizationDto, which ABP's Angular packages read at start.
/// </summary>
internal static class ApplicationConfigurationEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/abp").WithTags("Abp").AllowAnonymous();
        group.MapGet("/application-configuration", GetConfiguration);
        group.MapGet("/application-localization", (LocalizationRegistry localization, string? cultureName, bool? onlyDynamics) =>
        {
            var culture = LocalizationRegistry.NormalizeCulture(cultureName ?? CultureInfo.CurrentUICulture.Name);
            return Results.Ok(new
            {
                resources = onlyDynamics == true ? new Dictionary<string, object>() : Resources(localization, culture),
                currentCulture = CurrentCulture(culture),
            });
        });
    }

    private static async Task<IResult> GetConfiguration(HttpContext context, ICurrentUser currentUser, IPermissionChecker permissions, LocalizationRegistry localization,
        IdentityDataContext db, IDistributedCache cache, IdentityCacheStamp stamp, IOptions<IdentityOptions> identityOptions, IEnumerable<Platform.Configuration.IApplicationConfigurationContributor> contributors, bool? includeLocalizationResources)
    {
        var culture = LocalizationRegistry.NormalizeCulture(CultureInfo.CurrentUICulture.Name);
        var include = includeLocalizationResources == true;
        var cacheKey = $"identity:{await stamp.GetAsync(context.RequestAborted)}:appconfig:{currentUser.Id?.ToString() ?? "anonymous"}:{culture}:{include}";
        if (await cache.GetStringAsync(cacheKey, context.RequestAborted) is { } cached)
            return Results.Text(cached, "application/json; charset=utf-8");

        var user = currentUser.Id is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.UserName, u.Name, u.Surname, u.Email, u.EmailConfirmed, u.PhoneNumber, u.PhoneNumberConfirmed }).FirstOrDefaultAsync(context.RequestAborted)
            : null;
        var roles = user is null ? [] : await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync(context.RequestAborted);
        var granted = user is null ? new HashSet<string>() : await permissions.GetGrantedAsync(context.User);
        var password = identityOptions.Value.Password;
        var extraProperties = new Dictionary<string, object?>();
        foreach (var contributor in contributors) await contributor.ContributeAsync(context.User, extraProperties, context.RequestAborted);

        var configuration = new
        {
            localization = new
            {
                values = localization.ResourceNames.ToDictionary(r => r, r => localization.GetTexts(r, culture)),
                resources = include ? Resources(localization, culture) : new Dictionary<string, object>(),
                languages = localization.Languages.Select(l => new
                {
                    cultureName = l.CultureName,
                    uiCultureName = l.CultureName,
                    displayName = l.DisplayName,
                    twoLetterISOLanguageName = l.CultureName[..2],
                    flagIcon = l.FlagIcon,
                }),
                currentCulture = CurrentCulture(culture),
                defaultResourceName = Platform.LocalizationResourceNames.Default,
                languagesMap = new Dictionary<string, object>(),
                languageFilesMap = new Dictionary<string, object>(),
            },
            auth = new { grantedPolicies = granted.Order(StringComparer.Ordinal).ToDictionary(p => p, _ => true) },
            setting = new
            {
                values = new Dictionary<string, string>
                {
                    ["Abp.Localization.DefaultLanguage"] = LocalizationRegistry.DefaultCulture,
                    ["Abp.Timing.TimeZone"] = "Asia/Shanghai",
                    // Read by ABP's password fields (getPasswordValidators) so the form checks what the server enforces.
                    ["Abp.Identity.Password.RequiredLength"] = password.RequiredLength.ToString(CultureInfo.InvariantCulture),
                    ["Abp.Identity.Password.RequiredUniqueChars"] = password.RequiredUniqueChars.ToString(CultureInfo.InvariantCulture),
                    ["Abp.Identity.Password.RequireNonAlphanumeric"] = password.RequireNonAlphanumeric ? "True" : "False",
                    ["Abp.Identity.Password.RequireLowercase"] = password.RequireLowercase ? "True" : "False",
                    ["Abp.Identity.Password.RequireUppercase"] = password.RequireUppercase ? "True" : "False",
                    ["Abp.Identity.Password.RequireDigit"] = password.RequireDigit ? "True" : "False",
                },
            },
            currentUser = new
            {
                isAuthenticated = user is not null,
                id = user?.Id,
                tenantId = (Guid?)null,
                impersonatorUserId = (Guid?)null,
                impersonatorTenantId = (Guid?)null,
                impersonatorUserName = (string?)null,
                impersonatorTenantName = (string?)null,
                userName = user?.UserName,
                name = user?.Name,
                surName = user?.Surname,
                email = user?.Email,
                emailVerified = user?.EmailConfirmed ?? false,
                phoneNumber = user?.PhoneNumber,
                phoneNumberVerified = user?.PhoneNumberConfirmed ?? false,
                roles,
                sessionId = (string?)null,
            },
            features = new { values = new Dictionary<string, string>() },
            globalFeatures = new { enabledFeatures = Array.Empty<string>() },
            multiTenancy = new { isEnabled = false },
            currentTenant = new { id = (Guid?)null, name = (string?)null, isAvailable = false },
            timing = new { timeZone = new { iana = new { timeZoneName = "Asia/Shanghai" }, windows = new { timeZoneId = "China Standard Time" } } },
            clock = new { kind = "Utc" },
            objectExtensions = IdentityObjectExtensions.Create(),
            extraProperties,
        };

        var body = JsonSerializer.Serialize(configuration, Json);
        await cache.SetStringAsync(cacheKey, body, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) }, context.RequestAborted);
        return Results.Text(body, "application/json; charset=utf-8");
    }

    private static Dictionary<string, object> Resources(LocalizationRegistry localization, string culture) =>
        localization.ResourceNames.ToDictionary(r => r, r => (object)new { texts = localization.GetTexts(r, culture), baseResources = Array.Empty<string>() });

    private static object CurrentCulture(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var format = culture.DateTimeFormat;
        return new
        {
            displayName = culture.DisplayName,
            englishName = culture.EnglishName,
            threeLetterIsoLanguageName = culture.ThreeLetterISOLanguageName,
            twoLetterIsoLanguageName = culture.TwoLetterISOLanguageName,
            isRightToLeft = culture.TextInfo.IsRightToLeft,
            cultureName = culture.Name,
            name = culture.Name,
            nativeName = culture.NativeName,
            dateTimeFormat = new
            {
                calendarAlgorithmType = format.Calendar.AlgorithmType.ToString(),
                dateTimeFormatLong = format.LongDatePattern,
                shortDatePattern = format.ShortDatePattern,
                fullDateTimePattern = format.FullDateTimePattern,
                dateSeparator = format.DateSeparator,
                shortTimePattern = format.ShortTimePattern,
                longTimePattern = format.LongTimePattern,
            },
        };
    }
}
