using Dalad.Calendar.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Calendar.Data;

public sealed class CalendarDbContext(DbContextOptions<CalendarDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "calendar";

    protected override string Schema => SchemaName;

    public DbSet<CalendarDay> Days => Set<CalendarDay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CalendarDay>(b =>
        {
            b.ToTable("Days");
            b.HasIndex(x => x.Date).IsUnique();
            b.Property(x => x.Type).HasMaxLength(CalendarDay.MaxTypeLength);
            b.Property(x => x.Name).HasMaxLength(CalendarDay.MaxNameLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class CalendarDesignTimeFactory() : ModuleDesignTimeFactory<CalendarDbContext>(CalendarDbContext.SchemaName)
{
    protected override CalendarDbContext Create(DbContextOptions<CalendarDbContext> options, DataScope scope) => new(options, scope);
}
