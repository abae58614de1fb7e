using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
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

namespace Dalad.SamplePlugin;

/// <summary>A note owned by one body: the smallest body-owned record, with its own table brought by the plugin.</summary>
public sealed class SampleNote : AuditedEntity, IBodyOwned
{
    public const int MaxTextLength = 200;

    public required string OwnerBodyCode { get; set; }
    public required string Text { get; set; }
}

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "sample";

    protected override string Schema => SchemaName;

    public DbSet<SampleNote> Notes => Set<SampleNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleNote>(b =>
        {
            b.ToTable("Notes");
            b.Property(n => n.OwnerBodyCode).HasMaxLength(64);
            b.Property(n => n.Text).HasMaxLength(SampleNote.MaxTextLength);
            b.Property(n => n.CreatedBy).HasMaxLength(256);
            b.Property(n => n.LastModifiedBy).HasMaxLength(256);
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class SampleDesignTimeFactory() : ModuleDesignTimeFactory<SampleDbContext>(SampleDbContext.SchemaName)
{
    protected override SampleDbContext Create(DbContextOptions<SampleDbContext> options, DataScope scope) => new(options, scope);
}

public sealed record CreateSampleNoteRequest(string? OwnerBodyCode, string? Text);

public sealed class CreateSampleNoteValidator : AbstractValidator<CreateSampleNoteRequest>
{
    public CreateSampleNoteValidator(IStringLocalizer l)
    {
        RuleFor(r => r.OwnerBodyCode).NotEmpty().WithName(_ => l["Sample:OwnerBody"]);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(SampleNote.MaxTextLength).WithName(_ => l["Sample:Text"]);
    }
}

public sealed class SamplePluginModule : DaladModule
{
    public const string Permission = "Sample.Notes";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<SampleDbContext>(SampleDbContext.SchemaName);
        context.Services.AddSingleton<IPermissionDefinitionProvider, SamplePermissions>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/app/sample-notes").RequirePermission(Permission);
        notes.MapPost("", async (CreateSampleNoteRequest request, SampleDbContext db, DataScope scope) =>
        {
            if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(request.OwnerBodyCode!))
                throw new BusinessException("Sample:NotYourBody") { StatusCode = StatusCodes.Status403Forbidden };
            var note = new SampleNote { OwnerBodyCode = request.OwnerBodyCode!, Text = request.Text! };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return Results.Created($"/api/app/sample-notes/{note.Id}", new { note.Id, note.OwnerBodyCode, note.Text, note.CreatedBy });
        }).Validate<CreateSampleNoteRequest>();
        notes.MapGet("/{id:guid}", async (Guid id, SampleDbContext db) =>
            await db.Notes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id) is { } note
                ? Results.Ok(new { note.Id, note.OwnerBodyCode, note.Text, note.CreatedBy })
                : throw new EntityNotFoundException(nameof(SampleNote), id));
        notes.MapGet("", async (SampleDbContext db) =>
            Results.Ok(await db.Notes.AsNoTracking().OrderBy(n => n.CreatedAt).Select(n => new { n.Id, n.OwnerBodyCode, n.Text }).ToListAsync()));
    }
}

internal sealed class SamplePermissions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup("Sample", "Sample:Permission").AddPermission(SamplePluginModule.Permission, "Sample:Permission");
}
