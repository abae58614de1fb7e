using System.Data;
using MiniExcelLibs;

namespace Dalad.Platform.Spreadsheets;

/// <summary>
/// The one way the platform writes an .xlsx (issue 15, finding 10): every text cell and header that begins with
/// = + - @ (or a tab or carriage return, which Excel skips before reading a formula) is prefixed with an apostrophe,
/// so a value typed by a complainant can never run as a formula in the workbook an officer opens.
/// </summary>
public static class XlsxExport
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text as Excel will show it, never as a formula.</summary>
    public static string Neutralise(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    public static object? NeutraliseCell(object? value) => value is string s ? Neutralise(s) : value;

    /// <summary>A workbook of one sheet from a table: its column names are the header row.</summary>
    public static byte[] Write(DataTable table)
    {
        var safe = new DataTable(table.TableName);
        foreach (DataColumn column in table.Columns)
            safe.Columns.Add(Neutralise(column.ColumnName), column.DataType == typeof(string) ? typeof(string) : column.DataType);
        foreach (DataRow row in table.Rows)
            safe.Rows.Add(row.ItemArray.Select(NeutraliseCell).ToArray());
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, safe);
        return stream.ToArray();
    }

    /// <summary>A workbook of one sheet from rows of header → value (the first row's keys are the header row).</summary>
    public static byte[] Write(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var safe = rows.Select(r => (IDictionary<string, object?>)r.ToDictionary(c => Neutralise(c.Key), c => NeutraliseCell(c.Value))).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, safe);
        return stream.ToArray();
    }

    /// <summary>A workbook of several sheets (name → rows of header → value), in the order given.</summary>
    public static byte[] WriteSheets(IEnumerable<(string Name, IEnumerable<IReadOnlyDictionary<string, object?>> Rows)> sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
            book[name] = rows.Select(r => (IDictionary<string, object?>)r.ToDictionary(c => Neutralise(c.Key), c => NeutraliseCell(c.Value))).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, book);
        return stream.ToArray();
    }
}
