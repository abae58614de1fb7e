using System.Linq.Expressions;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Data;

/// <summary>
/// Base of a module's DbContext: applies the module's schema or prefix and the department scoping filter
/// to every <see cref="IBodyOwned"/> entity (like ABP's data filters, enforced on the server).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, DataScope scope) : DbContext(options)
{
    /// <summary>The module's PostgreSQL schema and SQLite table prefix.</summary>
    protected abstract string Schema { get; }

    // Read by the query filters at query time, so each context instance filters by its own user.
    protected bool SeesAllBodies => scope.SeesAllBodies;
    protected IReadOnlyList<string> VisibleBodyCodes => scope.BodyCodes;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IBodyOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            var method = typeof(ModuleDbContext).GetMethod(nameof(BodyFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter((LambdaExpression)method.Invoke(this, null)!);
        }
        modelBuilder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }

    private Expression<Func<T, bool>> BodyFilter<T>() where T : IBodyOwned
        => e => SeesAllBodies || VisibleBodyCodes.Contains(e.OwnerBodyCode);
}
