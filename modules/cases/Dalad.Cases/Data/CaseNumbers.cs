using System.Data.Common;
using Dalad.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dalad.Cases.Data;

/// <summary>
/// Case numbers DLT-yyyy-nnnnnn, sequential per year. The counter is bumped by one atomic upsert inside the caller's
/// transaction: PostgreSQL locks the year's row until commit, SQLite's transactions take the write lock up front, so
/// concurrent openings queue instead of colliding, and a rolled-back opening gives its number back.
/// </summary>
internal static class CaseNumbers
{
    public static string Format(int year, int sequence) => $"DLT-{year}-{sequence:D6}";

    public static async Task<int> NextAsync(CasesDbContext db, int year, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Case numbers are taken inside the transaction that opens the case.");
        var entity = db.Model.FindEntityType(typeof(CaseNumberCounter))!;
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";

        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {table} AS c (\"Year\", \"LastNumber\") VALUES (@year, 1) " +
            "ON CONFLICT (\"Year\") DO UPDATE SET \"LastNumber\" = c.\"LastNumber\" + 1 RETURNING \"LastNumber\"";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
