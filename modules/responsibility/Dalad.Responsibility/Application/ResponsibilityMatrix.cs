using System.Text.Json;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Responsibility.Application;

/// <summary>
/// Reads the matrix. Design: current-state tables for today's matrix, plus the append-only change log
/// (<see cref="MatrixChange"/>) whose entries carry each changed aggregate whole. The matrix as of a moment is
/// therefore the last logged state of every aggregate changed up to that moment — no replay of individual edits,
/// no valid-from/valid-to bookkeeping on the live tables. The current read and the as-of read at "now" agree
/// (the tests check it).
/// </summary>
internal sealed class ResponsibilityMatrix(ResponsibilityDbContext db) : IResponsibilityMatrix
{
    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        await db.MatrixChanges.MaxAsync(c => (long?)c.Version, cancellationToken) ?? 0;

    public async Task<ResponsibilityMatrixSnapshot> GetSnapshotAsync(DateTimeOffset? asOf = null, CancellationToken cancellationToken = default) =>
        asOf is { } moment ? await ReadAsOfAsync(moment, cancellationToken) : await ReadCurrentAsync(cancellationToken);

    private async Task<ResponsibilityMatrixSnapshot> ReadCurrentAsync(CancellationToken ct)
    {
        // Version first: if a change lands while the tables are read, the snapshot is at least this version and the
        // change's event follows, so a consumer never misses it.
        var version = await GetVersionAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().ToListAsync(ct);
        var territories = await db.Territories.AsNoTracking().Include(t => t.Aliases).Include(t => t.Villages).AsSplitQuery().ToListAsync(ct);
        var items = await db.ScopeItems.AsNoTracking().Include(i => i.Keywords).ToListAsync(ct);
        return Sorted(version, null, bodies.Select(b => b.ToDto()), territories.Select(t => t.ToDto()), items.Select(i => i.ToDto()));
    }

    private async Task<ResponsibilityMatrixSnapshot> ReadAsOfAsync(DateTimeOffset asOf, CancellationToken ct)
    {
        var until = asOf.UtcDateTime;
        var included = db.MatrixChanges.Where(c => c.Time <= until);
        var version = await included.MaxAsync(c => (long?)c.Version, ct) ?? 0;
        var latest = included.GroupBy(c => new { c.EntityType, c.EntityKey }).Select(g => g.Max(c => c.Version));
        var states = await db.MatrixChanges.AsNoTracking().Where(c => latest.Contains(c.Version) && c.After != null)
            .Select(c => new { c.EntityType, c.After }).ToListAsync(ct);

        IEnumerable<T> Of<T>(string type) => states.Where(s => s.EntityType == type).Select(s => JsonSerializer.Deserialize<T>(s.After!, MatrixEditor.Json)!);
        return Sorted(version, asOf, Of<BodyDto>(MatrixEntityTypes.Body), Of<TerritoryDto>(MatrixEntityTypes.Territory), Of<ScopeItemDto>(MatrixEntityTypes.ScopeItem));
    }

    // Sorted in memory with ordinal comparison: database collations differ between SQLite and PostgreSQL.
    private static ResponsibilityMatrixSnapshot Sorted(long version, DateTimeOffset? asOf, IEnumerable<BodyDto> bodies, IEnumerable<TerritoryDto> territories, IEnumerable<ScopeItemDto> items) => new(
        version,
        asOf,
        bodies.OrderBy(b => b.Code, StringComparer.Ordinal).ToList(),
        territories.OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
        items.OrderBy(i => i.BodyCode, StringComparer.Ordinal).ThenBy(i => i.Sector, StringComparer.Ordinal).ThenBy(i => i.Id).ToList());
}
