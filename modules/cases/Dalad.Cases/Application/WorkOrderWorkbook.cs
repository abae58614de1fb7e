using System.Globalization;
using Dalad.Platform.Spreadsheets;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Dalad.Cases.Application;

/// <summary>
/// A 12345 work-order workbook (.xlsx): the first sheet, headers in row 1, one work order per row. Columns are found by
/// their Chinese header (see README); order does not matter, unknown columns are ignored, empty rows are skipped.
/// </summary>
internal static class WorkOrderWorkbook
{
    public const string TicketNumber = "工单编号";
    public const string ReceivedAt = "来电时间";
    public const string Text = "诉求内容";
    public const string Address = "地址";
    public const string ComplainantName = "来电人";
    public const string Phone = "联系电话";
    public const string IdCardNumber = "身份证号";
    public const string Employer = "用人单位";
    public const string Project = "项目名称";
    public const string WorkerCount = "涉及人数";
    public const string AmountOwed = "欠薪金额";

    public static readonly IReadOnlyList<string> Required = [TicketNumber, Text, Phone];

    /// <summary>Other headers seen on work-order exports, read as the column they name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["工单号"] = TicketNumber,
        ["受理时间"] = ReceivedAt,
        ["来电内容"] = Text,
        ["诉求地址"] = Address,
        ["来电人姓名"] = ComplainantName,
        ["来电号码"] = Phone,
        ["联系方式"] = Phone,
        ["身份证号码"] = IdCardNumber,
        ["欠薪单位"] = Employer,
        ["涉及人数（人）"] = WorkerCount,
        ["欠薪金额（元）"] = AmountOwed,
    };

    /// <summary>One data row: its sheet row number and its cells by (canonical) header.</summary>
    public sealed record Row(int Number, IReadOnlyDictionary<string, object?> Cells)
    {
        public object? this[string header] => Cells.GetValueOrDefault(header);
    }

    /// <summary>The canonical headers the workbook has; throws <see cref="InvalidDataException"/> when it is not a readable workbook.</summary>
    /// <summary>Bounds every work-order workbook: 10,000 rows, and what its package may unpack to (see <see cref="XlsxGuard"/>).</summary>
    public static readonly XlsxLimits Limits = new() { MaxRows = 10_000 };

    /// <summary>
    /// Refuses a workbook too large to import (<see cref="BusinessException"/>, a decompression bomb included) or not a
    /// workbook (<see cref="InvalidDataException"/>), and returns its canonical headers, reading only the first row.
    /// </summary>
    public static IReadOnlyList<string> CheckAndReadHeaders(byte[] content)
    {
        XlsxGuard.Check(content, Limits);
        return Columns(Query(content).Take(1).ToList()).Values.ToList();
    }

    public static (IReadOnlyList<string> Headers, IReadOnlyList<Row> Rows) Read(byte[] content)
    {
        XlsxGuard.Check(content, Limits);
        var sheet = Query(content).ToList();
        if (sheet.Count == 0) return ([], []);

        var columns = Columns(sheet);

        var rows = new List<Row>();
        for (var i = 1; i < sheet.Count; i++)
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (column, header) in columns)
                if (sheet[i].TryGetValue(column, out var value) && value is not null && !(value is string s && string.IsNullOrWhiteSpace(s)))
                    cells[header] = value;
            if (cells.Count > 0) rows.Add(new Row(i + 1, cells));
        }
        return (columns.Values.ToList(), rows);
    }

    /// <summary>The sheet's rows as MiniExcel streams them; any parsing failure is an <see cref="InvalidDataException"/>.</summary>
    private static IEnumerable<IDictionary<string, object?>> Query(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext()) yield break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidDataException("Not a readable .xlsx workbook.", e);
            }
            yield return rows.Current;
        }
    }

    /// <summary>Column letter → canonical header, from the header row.</summary>
    private static Dictionary<string, string> Columns(List<IDictionary<string, object?>> sheet)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sheet.Count == 0) return columns;
        foreach (var (column, value) in sheet[0])
        {
            var header = Clean(value);
            if (header is null) continue;
            header = Aliases.GetValueOrDefault(header, header);
            if (!columns.ContainsValue(header)) columns[column] = header;
        }
        return columns;
    }

    /// <summary>A cell as text: numbers without exponent or trailing ".0" (a phone number typed as a number).</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => Clean(s),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("F0", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Clean(value.ToString()),
    };

    private static string? Clean(object? value) => value?.ToString()?.Trim() is { Length: > 0 } s ? s : null;
}
