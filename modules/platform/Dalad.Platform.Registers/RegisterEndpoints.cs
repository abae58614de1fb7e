using Dalad.Platform.Events;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Registers;

/// <summary>
/// The register API of every department, under <c>/api/app/departments/{key}/register</c>: mapped once, the department
/// looked up in the catalog on each request (a department configured at run time has it at once; an unknown key is 404),
/// its read permission required, its manage permission for writes.
/// </summary>
public static class RegisterEndpoints
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 1000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/departments/{key}/register").WithTags("Register").RequireAuthorization()
            .AddEndpointFilter(RequireDepartment(manage: false));

        group.MapGet("", async (string key, [AsParameters] RegisterListQuery query, RegisterAppService registers, CancellationToken ct) =>
            await registers.GetListAsync(key, query, ct));

        group.MapGet("/kinds", (string key, DepartmentCatalog catalog, IStringLocalizer l) =>
            catalog.Find(key)!.Kinds.Select(k => new RegisterKindView(k.Key, l[catalog.Find(key)!.KindTextKey(k.Key)],
                k.Fields.Select(f => new RegisterFieldView(f.Key, l[catalog.Find(key)!.FieldTextKey(k.Key, f.Key)], f.Type, f.Required)).ToList())).ToList());

        group.MapGet("/{id:guid}", async (string key, Guid id, RegisterAppService registers, CancellationToken ct) => await registers.GetAsync(key, id, ct));

        group.MapPost("", async (string key, RegisterEntryInput input, RegisterAppService registers, CancellationToken ct) =>
        {
            var entry = await registers.CreateAsync(key, input, ct);
            return Results.Created($"/api/app/departments/{key}/register/{entry.Id}", entry);
        }).AddEndpointFilter(RequireDepartment(manage: true)).AddEndpointFilter(ValidateInput).Produces<RegisterEntryView>(StatusCodes.Status201Created);

        group.MapPut("/{id:guid}", async (string key, Guid id, RegisterEntryInput input, RegisterAppService registers, CancellationToken ct) =>
            await registers.UpdateAsync(key, id, input, ct))
            .AddEndpointFilter(RequireDepartment(manage: true)).AddEndpointFilter(ValidateInput);

        group.MapDelete("/{id:guid}", async (string key, Guid id, RegisterAppService registers, CancellationToken ct) =>
        {
            await registers.DeleteAsync(key, id, ct);
            return Results.NoContent();
        }).AddEndpointFilter(RequireDepartment(manage: true));

        group.MapGet("/import-template", (string key, DepartmentCatalog catalog, IStringLocalizer l) =>
            Results.File(RegisterImporter.Template(catalog.Find(key)!, l), RegisterImporter.ContentType, $"register-{key}.xlsx"));

        // Bearer-token API: the browser never posts this form cross-site with cookies, so no antiforgery token.
        group.MapPost("/import", async (string key, IFormFile? file, RegisterAppService registers, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
                throw new BusinessException("Registers:Import:NoFile");
            if (file.Length > RegisterImporter.MaxFileBytes)
                throw new BusinessException("Registers:Import:TooLarge", RegisterImporter.MaxFileBytes / 1024 / 1024);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            return await registers.ImportAsync(key, buffer, ct);
        }).AddEndpointFilter(RequireDepartment(manage: true)).DisableAntiforgery();
    }

    /// <summary>404 for a department that is not (or no longer) defined, 403 without its permission.</summary>
    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> RequireDepartment(bool manage) =>
        async (context, next) =>
        {
            var http = context.HttpContext;
            var catalog = http.RequestServices.GetRequiredService<DepartmentCatalog>();
            if (catalog.Find(http.GetRouteValue("key") as string) is not { } department)
                return Results.NotFound();
            var permission = manage ? department.ManagePermission : department.ReadPermission;
            if (!await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(http.User, permission))
                return Results.Forbid();
            return await next(context);
        };

    private static async ValueTask<object?> ValidateInput(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
        if (context.Arguments.OfType<RegisterEntryInput>().FirstOrDefault() is not { } input)
            return Results.Problem(statusCode: 400, title: l["Error:BadRequest"], detail: l["Error:EmptyBody"]);
        var department = context.HttpContext.RequestServices.GetRequiredService<DepartmentCatalog>().Find(context.HttpContext.GetRouteValue("key") as string)!;
        var territories = await context.HttpContext.RequestServices.GetRequiredService<RegisterAppService>().TerritoriesAsync(context.HttpContext.RequestAborted);
        var result = await RegisterEntryValidator.Create(department, territories, l).ValidateAsync(input, context.HttpContext.RequestAborted);
        if (result.IsValid) return await next(context);
        var errors = result.Errors.GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        return Results.ValidationProblem(errors, title: l["Error:Validation"], detail: string.Join("；", result.Errors.Select(e => e.ErrorMessage)));
    }
}

/// <summary>Reads and writes one department's part of the shared register table (the data scope keeps each body to its own).</summary>
public sealed class RegisterAppService(RegistersDbContext db, DepartmentCatalog catalog, IResponsibilityMatrix matrix, DataScope scope, IEventBus events,
    IStringLocalizer l, LocalizationRegistry texts)
{
    private IReadOnlyList<TerritoryDto>? _territories;

    /// <summary>The live gazetteer: the matrix's territories, including those created or changed at run time.</summary>
    public async Task<IReadOnlyList<TerritoryDto>> TerritoriesAsync(CancellationToken ct) =>
        _territories ??= (await matrix.GetSnapshotAsync(cancellationToken: ct)).Territories;

    private DepartmentDefinition Department(string key) => catalog.Find(key) ?? throw new EntityNotFoundException("Department", key);

    private async Task<RegisterEditor> EditorAsync(string key, CancellationToken ct) => new(Department(key), await TerritoriesAsync(ct), db, scope, events);

    public async Task<RegisterPage> GetListAsync(string key, RegisterListQuery query, CancellationToken ct)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.Department == key);
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
            .Take(Math.Clamp(query.MaxResultCount ?? RegisterEndpoints.DefaultPageSize, 1, RegisterEndpoints.MaxPageSize))
            .ToListAsync(ct);
        return new RegisterPage(total, page.Select(RegisterEntryView.From).ToList());
    }

    public async Task<RegisterEntryView> GetAsync(string key, Guid id, CancellationToken ct) =>
        await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Department == key, ct) is { } entry
            ? RegisterEntryView.From(entry)
            : throw new EntityNotFoundException(nameof(RegisterEntry), id);

    public async Task<RegisterEntryView> CreateAsync(string key, RegisterEntryInput input, CancellationToken ct) =>
        RegisterEntryView.From(await (await EditorAsync(key, ct)).CreateAsync(input, ct));

    public async Task<RegisterEntryView> UpdateAsync(string key, Guid id, RegisterEntryInput input, CancellationToken ct) =>
        RegisterEntryView.From(await (await EditorAsync(key, ct)).UpdateAsync(id, input, ct));

    public async Task DeleteAsync(string key, Guid id, CancellationToken ct) => await (await EditorAsync(key, ct)).DeleteAsync(id, ct);

    public async Task<RegisterImportReport> ImportAsync(string key, Stream sheet, CancellationToken ct) =>
        await new RegisterImporter(Department(key), await TerritoriesAsync(ct), await EditorAsync(key, ct), db, l, texts).ImportAsync(sheet, ct);
}
