using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dalad.Platform.Data;

public static class ModelBuilderConventions
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc = new(v => v.HasValue ? v.Value.ToUniversalTime() : v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>
    /// Call last in OnModelCreating. Puts the module's tables in its own schema on PostgreSQL and behind its own
    /// prefix on SQLite, and stores every DateTime as UTC.
    /// </summary>
    public static void ApplyModuleConventions(this ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        if (isSqlite)
        {
            var prefix = schema + "_";
            foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null && e.BaseType is null))
            {
                var table = entity.GetTableName()!;
                if (!table.StartsWith(prefix, StringComparison.Ordinal)) entity.SetTableName(prefix + table);
            }
        }
        else
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime)) property.SetValueConverter(Utc);
            else if (property.ClrType == typeof(DateTime?)) property.SetValueConverter(NullableUtc);
        }
    }
}
