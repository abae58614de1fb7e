using System.IO.Compression;
using System.Xml;
using Dalad.Platform.Web;

namespace Dalad.Platform.Spreadsheets;

/// <summary>What an uploaded workbook may unpack to. The defaults keep any import well under 300 MB of memory.</summary>
public sealed record XlsxLimits
{
    /// <summary>Data rows of the first sheet (the header row not counted).</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>Uncompressed bytes of any one part of the package (a sheet, the shared strings).</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Uncompressed bytes of the whole package.</summary>
    public long MaxTotalBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Uncompressed ÷ compressed size of a part over 1 MB; real sheets stay far below it.</summary>
    public double MaxRatio { get; init; } = 100;
}

/// <summary>
/// Refuses a decompression bomb before any parser sees the workbook (issue 15, finding 5): the zip's declared sizes and
/// ratios first (the central directory, no inflating), then the first sheet's declared dimension, then its rows counted
/// while streaming through the XML with a byte budget (a package may lie about its sizes and its dimension). Memory
/// stays constant and a bomb is refused in the time it takes to inflate at most <see cref="XlsxLimits.MaxPartBytes"/>.
/// Throws <see cref="BusinessException"/> (a clear Chinese message) for a package too large, and
/// <see cref="InvalidDataException"/> for one that is not a workbook; nothing has been stored by then.
/// </summary>
public static class XlsxGuard
{
    private const long SmallPart = 1024 * 1024;

    public static void Check(Stream content, XlsxLimits? limits = null)
    {
        limits ??= new XlsxLimits();
        var start = content.CanSeek ? content.Position : 0;
        try
        {
            ZipArchive zip;
            try { zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true); }
            catch (InvalidDataException e) { throw new InvalidDataException("Not a zip package.", e); }
            using (zip)
            {
                long total = 0;
                foreach (var entry in zip.Entries)
                {
                    total += entry.Length;
                    if (entry.Length > limits.MaxPartBytes || total > limits.MaxTotalBytes
                        || (entry.Length > SmallPart && entry.Length > limits.MaxRatio * Math.Max(entry.CompressedLength, 1)))
                        throw new BusinessException("Xlsx:TooLarge");
                }
                var sheet = FirstSheet(zip) ?? throw new InvalidDataException("No worksheet.");
                CountRows(sheet, limits);
            }
        }
        finally
        {
            if (content.CanSeek) content.Position = start;
        }
    }

    public static void Check(byte[] content, XlsxLimits? limits = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        Check(stream, limits);
    }

    /// <summary>The first worksheet part (the one the importers read): sheet1.xml by convention, else the first by name.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip) =>
        zip.GetEntry("xl/worksheets/sheet1.xml")
        ?? zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault();

    private static void CountRows(ZipArchiveEntry sheet, XlsxLimits limits)
    {
        using var inflated = new BudgetStream(sheet.Open(), limits.MaxPartBytes);
        using var xml = XmlReader.Create(inflated, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true });
        var rows = 0;
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName == "dimension" && DeclaredRows(xml.GetAttribute("ref")) > limits.MaxRows + 1)
                    throw new BusinessException("Xlsx:TooManyRows", limits.MaxRows);
                if (xml.LocalName == "row" && ++rows > limits.MaxRows + 1)
                    throw new BusinessException("Xlsx:TooManyRows", limits.MaxRows);
            }
        }
        catch (XmlException e) { throw new InvalidDataException("The worksheet is not well-formed XML.", e); }
    }

    /// <summary>Rows spanned by a dimension such as "A1:K20001" (0 when absent or unreadable).</summary>
    internal static long DeclaredRows(string? reference)
    {
        if (reference is null) return 0;
        var parts = reference.Split(':');
        if (parts.Length != 2) return 0;
        return RowOf(parts[1]) - RowOf(parts[0]) + 1;

        static long RowOf(string cell) => long.TryParse(cell.AsSpan(cell.TakeWhile(char.IsLetter).Count()), out var row) ? row : 0;
    }

    /// <summary>Refuses to inflate more than its budget, whatever the zip declared.</summary>
    private sealed class BudgetStream(Stream inner, long budget) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > budget) throw new BusinessException("Xlsx:TooLarge");
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
