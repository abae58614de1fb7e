using Dalad.Platform.Events;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Registers;

/// <summary>The register API every department plugin gets, under <c>/api/app/departments/{key}/register</c>.</summary>
public static class RegisterEndpoints
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 1000;

    public static void Map<TContext>(IEndpointRouteBuilder endpoints, RegisterDefinition register) where TContext : RegisterDbContext
    {
        var group = endpoints.MapGroup($"/api/app/departments/{register.Key}/register").RequirePermission(register.Permission).WithTags("Register: " + register.Key);

        // Handlers take the HttpContext rather than TContext: the route-handler analyzer cannot follow generic parameters.
        static RegisterDbContext Db(HttpContext http) => http.RequestServices.GetRequiredService<TContext>();
        RegisterEditor Editor(IServiceProvider sp) =>
            new(register, sp.GetRequiredService<TContext>(), sp.GetRequiredService<DataScope>(), sp.GetRequiredService<IEventBus>());

        group.MapGet("", async ([AsParameters] RegisterListQuery query, HttpContext http, CancellationToken ct) =>
        {
            var db = Db(http);
            var entries = db.Entries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Filter))
            {
                var filter = query.Filter.Trim();
                entries = entries.Where(e => e.Name.Contains(filter) || e.Aliases.Contains(filter));
            }
            if (!string.IsNullOrWhiteSpace(query.Kind)) entries = entries.Where(e => e.Kind == query.Kind);
            if (!string.IsNullOrWhiteSpace(query.TerritoryCode)) entries = entries.Where(e => e.TerritoryCode == query.TerritoryCode);
            if (query.IsActive is { } active) entries = entries.Where(e => e.IsActive == active);
            var total = await entries.LongCountAsync(ct);
            var page = await entries.OrderBy(e => e.Kind).ThenBy(e => e.Name)
                .Skip(Math.Max(0, query.SkipCount ?? 0))
                .Take(Math.Clamp(query.MaxResultCount ?? DefaultPageSize, 1, MaxPageSize))
                .ToListAsync(ct);
            return new RegisterPage(total, page.Select(RegisterEntryView.From).ToList());
        });

        group.MapGet("/kinds", (IStringLocalizer l) => register.Kinds.Select(k => new RegisterKindView(k, l[register.KindTextKey(k)])).ToList());

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, CancellationToken ct) =>
            await Db(http).Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } entry
                ? RegisterEntryView.From(entry)
                : throw new EntityNotFoundException(nameof(RegisterEntry), id));

        group.MapPost("", async (RegisterEntryInput input, HttpContext http, CancellationToken ct) =>
        {
            var entry = await Editor(http.RequestServices).CreateAsync(input, ct);
            return Results.Created($"/api/app/departments/{register.Key}/register/{entry.Id}", RegisterEntryView.From(entry));
        }).RequirePermission(register.ManagePermission).AddEndpointFilter(ValidateInput(register)).Produces<RegisterEntryView>(StatusCodes.Status201Created);

        group.MapPut("/{id:guid}", async (Guid id, RegisterEntryInput input, HttpContext http, CancellationToken ct) =>
            RegisterEntryView.From(await Editor(http.RequestServices).UpdateAsync(id, input, ct)))
            .RequirePermission(register.ManagePermission).AddEndpointFilter(ValidateInput(register));

        group.MapDelete("/{id:guid}", async (Guid id, HttpContext http, CancellationToken ct) =>
        {
            await Editor(http.RequestServices).DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequirePermission(register.ManagePermission);

        group.MapGet("/import-template", (IStringLocalizer l) =>
            Results.File(RegisterImporter.Template(l), RegisterImporter.ContentType, $"register-{register.Key}.xlsx"));

        // Bearer-token API: the browser never posts this form cross-site with cookies, so no antiforgery token.
        group.MapPost("/import", async (IFormFile? file, HttpContext http, IStringLocalizer l, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
                throw new BusinessException("Registers:Import:NoFile");
            if (file.Length > RegisterImporter.MaxFileBytes)
                throw new BusinessException("Registers:Import:TooLarge", RegisterImporter.MaxFileBytes / 1024 / 1024);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var importer = new RegisterImporter(register, Editor(http.RequestServices), http.RequestServices.GetRequiredService<TContext>(), l,
                http.RequestServices.GetRequiredService<LocalizationRegistry>());
            return await importer.ImportAsync(buffer, ct);
        }).RequirePermission(register.ManagePermission).DisableAntiforgery();
    }

    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> ValidateInput(RegisterDefinition register) =>
        async (context, next) =>
        {
            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
            if (context.Arguments.OfType<RegisterEntryInput>().FirstOrDefault() is not { } input)
                return Results.Problem(statusCode: 400, title: l["Error:BadRequest"], detail: l["Error:EmptyBody"]);
            var result = await RegisterEntryValidator.Create(register, l).ValidateAsync(input, context.HttpContext.RequestAborted);
            if (result.IsValid) return await next(context);
            var errors = result.Errors.GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
            return Results.ValidationProblem(errors, title: l["Error:Validation"], detail: string.Join("；", result.Errors.Select(e => e.ErrorMessage)));
        };
}
