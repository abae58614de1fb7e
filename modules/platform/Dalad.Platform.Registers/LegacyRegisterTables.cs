using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Registers;

/// <summary>
/// Until issue 11 each department plugin kept its register in a table of its own (<c>{schema}.RegisterEntries</c> on
/// PostgreSQL, <c>{schema}_RegisterEntries</c> on SQLite, schema = key with '-' → '_'). At start, after the migrations,
/// the rows of any such table still present move into the shared table (keyed by department) and the old table is
/// dropped, in one transaction per table. A migration cannot do this: whether the old table exists differs per
/// installation, and SQLite has no conditional DDL.
/// </summary>
internal static class LegacyRegisterTables
{
    public static readonly IReadOnlyList<string> Keys = ["housing", "transport", "water", "energy", "forestry", "development-zones", "townships"];

    private const string Columns = "\"Id\", \"OwnerBodyCode\", \"Kind\", \"Name\", \"Aliases\", \"TerritoryCode\", \"IndustryBodyCode\", \"Attributes\", \"IsActive\", \"CreatedAt\", \"CreatedBy\", \"LastModifiedAt\", \"LastModifiedBy\"";

    public static async Task MoveAsync(RegistersDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var target = sqlite ? "\"registers_RegisterEntries\"" : "registers.\"RegisterEntries\"";
        foreach (var key in Keys)
        {
            var schema = key.Replace('-', '_');
            var exists = sqlite
                ? await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {schema + "_RegisterEntries"}").SingleAsync(ct) > 0
                : await db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = {schema} AND table_name = 'RegisterEntries'").SingleAsync(ct) > 0;
            if (!exists) continue;
            var source = sqlite ? $"\"{schema}_RegisterEntries\"" : $"\"{schema}\".\"RegisterEntries\"";
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Keys are literals from the list above, never input.
#pragma warning disable EF1002, EF1003
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {target} (\"Department\", {Columns}) SELECT '{key}', {Columns} FROM {source} " +
                $"WHERE NOT EXISTS (SELECT 1 FROM {target} t WHERE t.\"Id\" = {source}.\"Id\")", ct);
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE {source}", ct);
#pragma warning restore EF1002, EF1003
            await transaction.CommitAsync(ct);
        }
    }
}
