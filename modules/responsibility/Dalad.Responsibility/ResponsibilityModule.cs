using Dalad.Platform;
using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Responsibility;

/// <summary>Bodies, territories and the responsibility matrix of the Dalad plan.</summary>
public sealed class ResponsibilityModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<ResponsibilityDbContext>(ResponsibilityDbContext.SchemaName);
        context.Services.AddScoped<IBodyDirectory, BodyDirectory>();
        context.Services.AddSingleton<IPermissionDefinitionProvider, ResponsibilityPermissionDefinitions>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        var db = context.Services.GetRequiredService<ResponsibilityDbContext>();
        await ResponsibilitySeeder.SeedAsync(db, context.CancellationToken);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app").WithTags("Responsibility");
        group.MapGet("/bodies", async (ResponsibilityDbContext db, string? filter, string? kind, bool? isActive, int? skipCount, int? maxResultCount, CancellationToken ct) =>
        {
            var query = db.Bodies.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(filter)) query = query.Where(b => b.Name.Contains(filter) || b.Code.Contains(filter));
            if (!string.IsNullOrWhiteSpace(kind)) query = query.Where(b => b.Kind == kind);
            if (isActive is { } active) query = query.Where(b => b.IsActive == active);
            var total = await query.CountAsync(ct);
            var items = await query.OrderBy(b => b.Kind).ThenBy(b => b.Code)
                .Skip(Math.Max(skipCount ?? 0, 0)).Take(Math.Clamp(maxResultCount ?? 1000, 1, 1000))
                .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).ToListAsync(ct);
            return Results.Ok(new { totalCount = total, items });
        }).RequireAuthorization();
    }
}

internal sealed class ResponsibilityPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ResponsibilityPermissions.GroupName, "Permission:Responsibility");
        group.AddPermission(ResponsibilityPermissions.Default, "Permission:Responsibility.View")
            .AddChild(ResponsibilityPermissions.Manage, "Permission:Responsibility.Manage");
    }
}

internal sealed class BodyDirectory(ResponsibilityDbContext db) : IBodyDirectory
{
    public async Task<BodyDto?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Bodies.AsNoTracking().Where(b => b.Code == code)
            .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<BodyDto>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.Code)
            .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).ToListAsync(cancellationToken);
}

internal static class ResponsibilitySeeder
{
    /// <summary>Adds the bodies of the Dalad plan that are missing; never overwrites what administrators changed.</summary>
    public static async Task SeedAsync(ResponsibilityDbContext db, CancellationToken ct)
    {
        var existing = (await db.Bodies.Select(b => b.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in ReadCsv("bodies.csv").Skip(1))
        {
            var fields = row.Split(',', 4);
            if (existing.Contains(fields[0])) continue;
            db.Bodies.Add(new Body { Code = fields[0], Name = fields[1], Kind = fields[2], Duty = fields.Length > 3 ? fields[3] : null });
        }
        await db.SaveChangesAsync(ct);
    }

    internal static IEnumerable<string> ReadCsv(string fileName)
    {
        var assembly = typeof(ResponsibilitySeeder).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".SeedData." + fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }
}
