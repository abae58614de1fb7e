using System.Globalization;
using System.Text;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Web;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Dalad.Projects.Application;

/// <summary>One data row of an uploaded file: its row number in the file, and its cells by canonical header.</summary>
internal sealed record FileRow(int Number, IReadOnlyDictionary<string, object?> Cells)
{
    public object? this[string header] => Cells.GetValueOrDefault(header);
}

/// <summary>
/// Reads an uploaded attendance or bank file, .csv (UTF-8 or GB18030, comma or tab separated) or .xlsx (the first
/// sheet), headers in the first row. Columns are found by their Chinese header or an alias; order does not matter,
/// other columns are ignored, empty rows skipped. Values are parsed by the caller, which reports each bad cell as the
/// row's Chinese error.
/// </summary>
internal static class ImportFiles
{
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>Attendance columns (考勤文件).</summary>
    public const string DeviceId = "设备编号";
    public const string IdNumber = "身份证号";
    public const string Time = "打卡时间";

    /// <summary>Bank payment-file columns (银行代发明细).</summary>
    public const string DaysPaid = "发放天数";
    public const string Amount = "实发金额";
    public const string PaidOn = "发放日期";

    public static readonly IReadOnlyList<string> AttendanceColumns = [DeviceId, IdNumber, Time];
    public static readonly IReadOnlyList<string> PaymentColumns = [IdNumber, DaysPaid, Amount, PaidOn];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["考勤设备编号"] = DeviceId, ["设备号"] = DeviceId, ["deviceId"] = DeviceId,
        ["身份证号码"] = IdNumber, ["证件号码"] = IdNumber, ["证件号"] = IdNumber, ["idNumber"] = IdNumber,
        ["考勤时间"] = Time, ["刷卡时间"] = Time, ["time"] = Time,
        ["工资天数"] = DaysPaid, ["计薪天数"] = DaysPaid, ["daysPaid"] = DaysPaid,
        ["金额"] = Amount, ["发放金额"] = Amount, ["交易金额"] = Amount, ["amount"] = Amount,
        ["代发日期"] = PaidOn, ["交易日期"] = PaidOn, ["paidOn"] = PaidOn,
    };

    /// <summary>The file's rows; <see cref="BusinessException"/> (Chinese) for a file of another kind, unreadable or lacking a column.</summary>
    public static IReadOnlyList<FileRow> Read(string fileName, byte[] content, IReadOnlyList<string> required, int maxRows)
    {
        List<(int Number, object?[] Cells)> sheet;
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            sheet = ReadCsv(Decode(content));
        else if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try { sheet = ReadXlsx(content, maxRows); }
            catch (InvalidDataException) { throw new BusinessException("Projects:File:Unreadable"); }
        }
        else throw new BusinessException("Projects:File:Kind");
        if (sheet.Count == 0) throw new BusinessException("Projects:EmptyImport");

        var columns = new Dictionary<int, string>();
        var header = sheet[0].Cells;
        for (var c = 0; c < header.Length; c++)
        {
            var name = Text(header[c]);
            if (name is null) continue;
            name = Aliases.GetValueOrDefault(name, name);
            if (!columns.ContainsValue(name)) columns[c] = name;
        }
        var missing = required.Where(h => !columns.ContainsValue(h)).ToList();
        if (missing.Count > 0) throw new BusinessException("Projects:File:MissingColumns", string.Join("、", missing));

        var rows = new List<FileRow>();
        foreach (var (number, cells) in sheet.Skip(1))
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (c, name) in columns)
                if (c < cells.Length && cells[c] is { } v && !(v is string s && string.IsNullOrWhiteSpace(s)))
                    values[name] = v;
            if (values.Count == 0) continue;
            if (rows.Count == maxRows) throw new BusinessException("Projects:TooManyRows", maxRows);
            rows.Add(new FileRow(number, values));
        }
        if (rows.Count == 0) throw new BusinessException("Projects:EmptyImport");
        return rows;
    }

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (what Excel and most banks save in China).</summary>
    public static string Decode(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(content);
        }
    }

    /// <summary>RFC 4180: quoted fields may hold separators, quotes ("") and line breaks. Tab-separated when the header has tabs and no commas.</summary>
    public static List<(int Number, object?[] Cells)> ReadCsv(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length));
        var separator = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var rows = new List<(int, object?[])>();
        var cells = new List<object?>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; cell.Append(ch); }
            }
            else if (ch == '"' && cell.Length == 0) quoted = true;
            else if (ch == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\r') { }
            else if (ch == '\n')
            {
                cells.Add(cell.ToString()); cell.Clear();
                rows.Add((rowStart, cells.ToArray())); cells.Clear();
                rowStart = ++line;
            }
            else cell.Append(ch);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((rowStart, cells.ToArray()));
        }
        return rows;
    }

    private static List<(int, object?[])> ReadXlsx(byte[] content, int maxRows)
    {
        XlsxGuard.Check(content, new XlsxLimits { MaxRows = maxRows });
        using var stream = new MemoryStream(content, writable: false);
        var rows = new List<(int, object?[])>();
        try
        {
            var number = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
                rows.Add((++number, row.Values.ToArray()));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not BusinessException)
        {
            throw new InvalidDataException("Not a readable .xlsx workbook.", e);
        }
        return rows;
    }

    /// <summary>A cell as trimmed text (numbers without exponent), or null when empty.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyyMMddHHmmss", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日 H:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>A clock-in time: with an offset as written, else Beijing time (the terminals' and the banks' clock).</summary>
    public static DateTimeOffset? ParseTime(object? value)
    {
        if (value is DateTime dt) return new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), BeijingOffset);
        if (value is double oa && oa is > 0 and < 2958466) return new DateTimeOffset(DateTime.FromOADate(oa), BeijingOffset);
        var text = Text(value);
        if (text is null) return null;
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, BeijingOffset);
        if (text.Length > 19 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)) return withOffset;
        return null;
    }

    public static DateOnly? ParseDate(object? value)
    {
        if (value is DateTime dt) return DateOnly.FromDateTime(dt);
        if (value is double oa && oa is > 0 and < 2958466 && oa == Math.Floor(oa)) return DateOnly.FromDateTime(DateTime.FromOADate(oa));
        var text = Text(value);
        return text is not null && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public static int? ParseInt(object? value) =>
        ParseDecimal(value) is { } d && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null;

    /// <summary>A number as banks write it: thousands separators, a currency sign or 元 allowed.</summary>
    public static decimal? ParseDecimal(object? value)
    {
        if (value is double d) return double.IsFinite(d) && Math.Abs(d) < 1e15 ? Math.Round((decimal)d, 6) : null;
        var text = Text(value)?.Replace(",", "").Replace("，", "").Replace("¥", "").Replace("￥", "").Replace("元", "").Trim();
        return text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) ? m : null;
    }

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);
}
