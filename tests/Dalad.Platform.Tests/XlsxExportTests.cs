using System.Data;
using Dalad.Platform.Spreadsheets;
using MiniExcelLibs;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>Issue 15, finding 10: no exported cell can run as a formula, and every writer goes through the one that ensures it.</summary>
public sealed class XlsxExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点击\")", "'=HYPERLINK(\"http://evil.example\",\"点击\")")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("鑫路达建筑劳务有限公司", "鑫路达建筑劳务有限公司")]
    [InlineData("13800138000", "13800138000")]
    public void Cells_and_headers_that_start_a_formula_are_written_as_text(string value, string expected)
    {
        var table = new DataTable();
        table.Columns.Add(value);
        table.Columns.Add("用人单位");
        table.Columns.Add("涉及人数", typeof(int));
        table.Rows.Add(value, value, -3);

        var workbook = XlsxExport.Write(table);

        using var stream = new MemoryStream(workbook);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        rows[0]["A"].ShouldBe(expected);
        rows[1]["A"].ShouldBe(expected);
        rows[1]["B"].ShouldBe(expected);
        Convert.ToInt32(rows[1]["C"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(-3, "numbers stay numbers");
    }

    [Fact]
    public void Rows_of_header_and_value_are_neutralised_too()
    {
        var workbook = XlsxExport.Write([new Dictionary<string, object?> { ["=来电人"] = "=1+1", ["金额"] = 5m }]);

        using var stream = new MemoryStream(workbook);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        rows[0]["A"].ShouldBe("'=来电人");
        rows[1]["A"].ShouldBe("'=1+1");
    }

    /// <summary>A new export that writes with MiniExcel directly would skip the neutralisation: it must use <see cref="XlsxExport"/>.</summary>
    [Fact]
    public void Every_xlsx_writer_of_the_platform_goes_through_XlsxExport()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Dalad.sln"))) root = root.Parent;
        root.ShouldNotBeNull("the repository root (Dalad.sln) above the test binaries");
        var sources = new[] { "modules", "host" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root.FullName, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        sources.Count.ShouldBeGreaterThan(50, "the scan must really see the sources");

        var direct = sources
            .Where(f => Path.GetFileName(f) != "XlsxExport.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("MiniExcel.SaveAs", StringComparison.Ordinal) || text.Contains(".SaveAs(", StringComparison.Ordinal) && text.Contains("MiniExcel", StringComparison.Ordinal)
                        || text.Contains("MiniExcel.Insert", StringComparison.Ordinal) || text.Contains("SaveAsByTemplate", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root.FullName, f))
            .ToList();

        direct.ShouldBeEmpty("xlsx written without XlsxExport (formula cells not neutralised):\n  " + string.Join("\n  ", direct));
    }
}
