using System.Data.Common;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Dalad.Projects.Application;

/// <summary>
/// Writes validated clock-ins in bulk, storing each (worker, device, time) once: the unique index decides, so a file
/// sent twice, repeats inside one file and two imports racing each other all store a clock-in once. PostgreSQL: binary
/// COPY into a temporary table, then <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>; SQLite: one prepared multi-row
/// <c>INSERT … ON CONFLICT DO NOTHING</c> per 500 rows. Both in one transaction: all rows or none.
/// </summary>
internal static class AttendanceWriter
{
    private const int SqliteRowsPerStatement = 500;
    private static readonly string[] Columns = ["Id", "ProjectId", "WorkerId", "DeviceId", "Time", "Date", "Month"];

    /// <summary>Stores the records not stored before; returns how many were new.</summary>
    public static async Task<int> WriteAsync(ProjectsDbContext db, IReadOnlyList<AttendanceRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(AttendanceRecord))!;
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inserted = db.Database.IsNpgsql()
                ? await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), table, columns, records, ct)
                : await InsertAsync(db, entity, transaction.GetDbTransaction(), table, columns, records, ct);
            await transaction.CommitAsync(ct);
            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, string table, string columns, IReadOnlyList<AttendanceRecord> records, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE attendance_import (\"Id\" uuid, \"ProjectId\" uuid, \"WorkerId\" uuid, \"DeviceId\" varchar(64), \"Time\" timestamptz, \"Date\" date, \"Month\" varchar(7)) ON COMMIT DROP",
            connection))
            await create.ExecuteNonQueryAsync(ct);
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY attendance_import ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in records)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.ProjectId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.WorkerId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.DeviceId, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(r.Time, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(r.Date, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(r.Month, NpgsqlDbType.Varchar, ct);
            }
            await importer.CompleteAsync(ct);
        }
        // Sorted by the unique key: the index pages are visited in order, and repeats inside the file meet each other.
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {table} ({columns}) SELECT {columns} FROM attendance_import ORDER BY \"WorkerId\", \"DeviceId\", \"Time\" ON CONFLICT DO NOTHING", connection);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> InsertAsync(ProjectsDbContext db, Microsoft.EntityFrameworkCore.Metadata.IEntityType entity, DbTransaction transaction,
        string table, string columns, IReadOnlyList<AttendanceRecord> records, CancellationToken ct)
    {
        // The values in the form EF stores them (a Guid as upper-case text, a time as ISO text), from the model's mappings.
        var mappings = Columns.Select(c => (RelationalTypeMapping)entity.FindProperty(c)!.GetTypeMapping()).ToArray();
        var connection = db.Database.GetDbConnection();
        SqliteCommand Prepare(int rows)
        {
            var command = (SqliteCommand)connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText = $"INSERT INTO {table} ({columns}) VALUES "
                + string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Columns.Select((_, c) => $"@p{r}_{c}")) + ")"))
                + " ON CONFLICT DO NOTHING";
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < Columns.Length; c++)
                    command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{r}_{c}" });
            command.Prepare();
            return command;
        }
        SqliteCommand? full = null;
        var inserted = 0;
        try
        {
            foreach (var chunk in records.Chunk(SqliteRowsPerStatement))
            {
                var command = chunk.Length == SqliteRowsPerStatement ? full ??= Prepare(chunk.Length) : Prepare(chunk.Length);
                for (var r = 0; r < chunk.Length; r++)
                {
                    var x = chunk[r];
                    object[] values = [x.Id, x.ProjectId, x.WorkerId, x.DeviceId, x.Time, x.Date, x.Month];
                    for (var c = 0; c < values.Length; c++)
                    {
                        var parameter = command.Parameters[r * Columns.Length + c];
                        var template = (SqliteParameter)mappings[c].CreateParameter(command, parameter.ParameterName, values[c]);
                        parameter.DbType = template.DbType;
                        parameter.SqliteType = template.SqliteType;
                        parameter.Value = template.Value;
                    }
                }
                inserted += await command.ExecuteNonQueryAsync(ct);
                if (command != full) await command.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
        return inserted;
    }
}
