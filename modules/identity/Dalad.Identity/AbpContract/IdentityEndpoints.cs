using Dalad.Identity.PermissionManagement;
using Dalad.Identity.Roles;
using Dalad.Identity.Users;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Identity.AbpContract;

/// <summary>
/// ABP's identity HTTP API (IdentityUserController, IdentityUserLookupController, IdentityRoleController) and permission
/// management (PermissionsController), with the routes and permissions of ABP's application services.
/// </summary>
internal static class IdentityEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        MapUsers(endpoints.MapGroup("/api/identity/users").WithTags("Identity users"));
        MapRoles(endpoints.MapGroup("/api/identity/roles").WithTags("Identity roles"));
        MapPermissions(endpoints.MapGroup("/api/permission-management/permissions").WithTags("Permission management"));
        MapProfile(endpoints.MapGroup("/api/account/my-profile").WithTags("Profile"));
    }

    /// <summary>ABP's ProfileController: every signed-in user manages their own name, e-mail, phone and password.</summary>
    private static void MapProfile(RouteGroupBuilder profile)
    {
        profile.RequireAuthorization();
        profile.MapGet("/", (ProfileAppService service, CancellationToken ct) => service.GetAsync(ct));
        profile.MapPut("/", (UpdateProfileDto input, ProfileAppService service, CancellationToken ct) => service.UpdateAsync(input, ct))
            .Validate<UpdateProfileDto>();
        profile.MapPost("/change-password", async (ChangePasswordInput input, ProfileAppService service, CancellationToken ct) =>
        {
            await service.ChangePasswordAsync(input, ct);
            return Results.NoContent();
        }).Validate<ChangePasswordInput>();
    }

    private static void MapUsers(RouteGroupBuilder users)
    {
        const string read = IdentityPermissions.Users.Default;
        users.MapGet("/", ([AsParameters] GetIdentityUsersInput input, IdentityUserAppService service, CancellationToken ct) => service.GetListAsync(input, ct))
            .RequirePermission(read).Validate<GetIdentityUsersInput>();
        users.MapGet("/{id:guid}", (Guid id, IdentityUserAppService service, CancellationToken ct) => service.GetAsync(id, ct)).RequirePermission(read);
        users.MapPost("/", (IdentityUserCreateDto input, IdentityUserAppService service, CancellationToken ct) => service.CreateAsync(input, ct))
            .RequirePermission(IdentityPermissions.Users.Create).Validate<IdentityUserCreateDto>();
        users.MapPut("/{id:guid}", (Guid id, IdentityUserUpdateDto input, IdentityUserAppService service, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .RequirePermission(IdentityPermissions.Users.Update).Validate<IdentityUserUpdateDto>();
        users.MapDelete("/{id:guid}", async (Guid id, IdentityUserAppService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(IdentityPermissions.Users.Delete);
        users.MapGet("/{id:guid}/roles", (Guid id, IdentityUserAppService service, CancellationToken ct) => service.GetRolesAsync(id, ct)).RequirePermission(read);
        // ABP asks only for Users.Update here; we also ask for ManageRoles, which ABP itself requires to set roles through create and update.
        users.MapPut("/{id:guid}/roles", async (Guid id, IdentityUserUpdateRolesDto input, IdentityUserAppService service, CancellationToken ct) =>
        {
            await service.UpdateRolesAsync(id, input, ct);
            return Results.NoContent();
        }).RequirePermission(IdentityPermissions.Users.Update).RequirePermission(IdentityPermissions.Users.ManageRoles).Validate<IdentityUserUpdateRolesDto>();
        users.MapGet("/assignable-roles", (IdentityUserAppService service, CancellationToken ct) => service.GetAssignableRolesAsync(ct)).RequirePermission(read);
        // ABP answers an unknown name or email with 204 No Content (a null result), not 404.
        users.MapGet("/by-username/{userName}", async (string userName, IdentityUserAppService service, CancellationToken ct) =>
            OkOrNoContent(await service.FindByUserNameAsync(userName, ct))).RequirePermission(read);
        users.MapGet("/by-email/{email}", async (string email, IdentityUserAppService service, CancellationToken ct) =>
            OkOrNoContent(await service.FindByEmailAsync(email, ct))).RequirePermission(read);

        var lookup = users.MapGroup("/lookup").RequirePermission(IdentityPermissions.UserLookup.Default);
        lookup.MapGet("/{id:guid}", async (Guid id, IdentityUserAppService service, CancellationToken ct) => OkOrNoContent(await service.LookupAsync(id, ct)));
        lookup.MapGet("/by-username/{userName}", async (string userName, IdentityUserAppService service, CancellationToken ct) =>
            OkOrNoContent(await service.LookupByUserNameAsync(userName, ct)));
        lookup.MapGet("/search", ([AsParameters] UserLookupSearchInputDto input, IdentityUserAppService service, CancellationToken ct) => service.SearchAsync(input, ct))
            .Validate<UserLookupSearchInputDto>();
        lookup.MapGet("/count", (string? filter, IdentityUserAppService service, CancellationToken ct) => service.CountAsync(filter, ct));
    }

    private static void MapRoles(RouteGroupBuilder roles)
    {
        roles.RequirePermission(IdentityPermissions.Roles.Default);
        roles.MapGet("/", ([AsParameters] GetIdentityRolesInput input, IdentityRoleAppService service, CancellationToken ct) => service.GetListAsync(input, ct))
            .Validate<GetIdentityRolesInput>();
        roles.MapGet("/all", (IdentityRoleAppService service, CancellationToken ct) => service.GetAllAsync(ct));
        roles.MapGet("/{id:guid}", (Guid id, IdentityRoleAppService service, CancellationToken ct) => service.GetAsync(id, ct));
        roles.MapPost("/", (IdentityRoleCreateDto input, IdentityRoleAppService service, CancellationToken ct) => service.CreateAsync(input, ct))
            .RequirePermission(IdentityPermissions.Roles.Create).Validate<IdentityRoleCreateDto>();
        roles.MapPut("/{id:guid}", (Guid id, IdentityRoleUpdateDto input, IdentityRoleAppService service, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .RequirePermission(IdentityPermissions.Roles.Update).Validate<IdentityRoleUpdateDto>();
        roles.MapDelete("/{id:guid}", async (Guid id, IdentityRoleAppService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(IdentityPermissions.Roles.Delete);
    }

    private static void MapPermissions(RouteGroupBuilder permissions)
    {
        // Which permission is needed depends on the provider (R: Roles.ManagePermissions, U: Users.ManagePermissions);
        // the filter checks it before the body is validated, so an unauthorized caller learns nothing from the answer.
        permissions.RequireAuthorization().AddEndpointFilter(async (context, next) => await CheckProviderAsync(context.HttpContext) ?? await next(context));
        permissions.MapGet("/", async (string providerName, string providerKey, PermissionManagementAppService service, CancellationToken ct) =>
            await service.GetAsync(providerName, providerKey, ct));
        permissions.MapPut("/", async (string providerName, string providerKey, UpdatePermissionsDto input, PermissionManagementAppService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(providerName, providerKey, input, ct);
            return Results.NoContent();
        }).Validate<UpdatePermissionsDto>();
    }

    /// <summary>Null when the caller may manage the grants of the provider named in the query; otherwise the answer to send.</summary>
    private static async Task<object?> CheckProviderAsync(HttpContext context)
    {
        var providerName = context.Request.Query["providerName"].ToString();
        var providerKey = context.Request.Query["providerKey"].ToString();
        var l = context.RequestServices.GetRequiredService<IStringLocalizer>();
        if (string.IsNullOrWhiteSpace(providerKey) || PermissionManagementAppService.ManagePermissionFor(providerName) is not { } required)
            return Results.Problem(statusCode: 400, title: l["Error:BadRequest"], detail: l["Identity:UnknownPermissionProvider", providerName]);
        var checker = context.RequestServices.GetRequiredService<IPermissionChecker>();
        return await checker.IsGrantedAsync(context.User, required) ? null : Results.Forbid();
    }

    private static IResult OkOrNoContent<T>(T? value) where T : class => value is null ? Results.NoContent() : Results.Ok(value);
}
