using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Dalad.Platform.Web;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Dalad.Oversight.Application;

/// <summary>
/// The monthly report as a PDF (PDFsharp 6). PDFsharp embeds (a subset of) TrueType-outline fonts only: not CFF
/// OpenType (.otf, e.g. the Noto CJK of most Linux systems) and not collections (.ttc), and it finds no system font
/// on Linux by itself. So the report uses the TrueType Chinese font the module ships as a resource (a GB 2312
/// subset of LXGW WenKai, SIL OFL 1.1, renamed as the licence asks of a modified font); a character the font lacks is written as its code point (U+XXXX), never as an empty box.
/// </summary>
internal static class MonthlyReportPdf
{
    public const string FontFamily = "Dalad Report Kai";
    private const string Resource = "Dalad.Oversight.Fonts.DaladReportKai-Regular.ttf";

    private static readonly Lazy<byte[]?> FontBytes = new(() =>
    {
        using var stream = typeof(MonthlyReportPdf).Assembly.GetManifestResourceStream(Resource);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly Lazy<HashSet<int>> Covered = new(() => CodePoints(FontBytes.Value!));
    private static readonly object Gate = new();
    private static readonly ReportFontResolver Resolver = new();

    public static byte[] Render(MonthlyReportDto r, IStringLocalizer l)
    {
        if (FontBytes.Value is null) throw new BusinessException("MonthlyReport:FontMissing", "DaladReportKai-Regular.ttf");
        lock (Gate)
        {
            // PDFsharp takes one resolver per process, set before the first font is used; the same instance may be set again.
            if (GlobalFontSettings.FontResolver is null || ReferenceEquals(GlobalFontSettings.FontResolver, Resolver))
                GlobalFontSettings.FontResolver = Resolver;
        }

        using var document = new PdfDocument();
        document.Info.Title = r.Title;
        var writer = new Writer(document);
        string Pct(double? v) => v is null ? "—" : (v.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        string Time(DateTimeOffset? t) => t is { } v ? v.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

        writer.Text(r.Title, writer.Title);
        writer.Text(l["MonthlyReport:Pdf:Period", r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time(r.GeneratedAt), r.Revision], writer.Body);
        writer.Text(l["MonthlyReport:Pdf:Leads", r.LeadsReceived], writer.Body);

        string[] figureHeader = [l["Figures:Column:Name"], l["Figures:Column:Received"], l["Figures:Column:Open"], l["Figures:Column:OverdueNow"],
            l["Figures:Column:InTimeRate"], l["Figures:Column:FalseClosures"], l["Figures:Column:Satisfaction"], l["Figures:Column:Transfers"]];
        double[] figureWidths = [165, 45, 45, 55, 55, 55, 50, 45];
        string[] Figure(FigureRowDto f) => [f.Name, N(f.Received), N(f.Open), N(f.OverdueNow), Pct(f.InTimeRate), N(f.FalseClosures), Pct(f.Satisfaction), N(f.Transfers)];
        writer.Heading(l["MonthlyReport:Pdf:Bodies"]);
        writer.Table(figureWidths, figureHeader, r.Bodies.Select(Figure), l["MonthlyReport:None"]);
        writer.Heading(l["MonthlyReport:Pdf:Townships"]);
        writer.Table(figureWidths, figureHeader, r.TownshipRows.Select(Figure), l["MonthlyReport:None"]);

        string[] caseHeader = [l["MonthlyReport:Column:Body"], l["MonthlyReport:Column:CaseNumber"], l["MonthlyReport:Column:Step"], l["MonthlyReport:Column:At"]];
        double[] caseWidths = [175, 150, 80, 110];
        string[] Case(MonthlyReportCaseDto c) => [c.BodyName, c.Number, l["MonthlyReport:Step:" + c.Step], Time(c.At)];
        writer.Heading(l["MonthlyReport:Sheet:Overdue"]);
        writer.Table(caseWidths, caseHeader, r.OverdueCases.Select(Case), l["MonthlyReport:None"]);
        writer.Heading(l["MonthlyReport:Sheet:FalseClosures"]);
        writer.Table(caseWidths, caseHeader, r.FalseClosures.Select(Case), l["MonthlyReport:None"]);

        writer.Heading(l["MonthlyReport:Sheet:Supervisions"]);
        writer.Table([120, 185, 95, 115],
            [l["MonthlyReport:Column:Body"], l["Supervision:Text"], l["MonthlyReport:Column:DueAt"], l["MonthlyReport:Column:AnsweredAt"]],
            r.Supervisions.Select(s => new[]
            {
                s.BodyName, s.Text, Time(s.DueAt),
                s.AnsweredAt is null ? l["MonthlyReport:NotAnswered"] : s.Late ? l["MonthlyReport:AnsweredLateBy", Time(s.AnsweredAt), s.LateWorkingDays] : Time(s.AnsweredAt),
            }), l["MonthlyReport:None"]);

        writer.Heading(l["MonthlyReport:Sheet:Interviews"]);
        writer.Table([110, 70, 110, 225],
            [l["MonthlyReport:Column:Body"], l["Interview:Date"], l["Interview:People"], l["Interview:Reason"]],
            r.Interviews.Select(i => new[] { i.BodyName, i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.People, i.Reason + " / " + i.Rectification }),
            l["MonthlyReport:None"]);

        writer.Heading(l["MonthlyReport:Sheet:Unanswered"]);
        writer.Table([275, 120, 120], [l["MonthlyReport:Column:Body"], l["MonthlyReport:Column:Unanswered"], l["MonthlyReport:Column:AnsweredLate"]],
            r.UnansweredBodies.Select(b => new[] { b.BodyName, N(b.Unanswered), N(b.AnsweredLate) }), l["MonthlyReport:None"]);

        writer.Finish();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text with every character the font cannot draw spelled as U+XXXX (no box, no silent loss).</summary>
    internal static string Drawable(string text)
    {
        var covered = Covered.Value;
        StringBuilder? sb = null;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var ok = covered.Contains(rune.Value) || rune.Value is ' ' or '\t';
            if (!ok)
            {
                sb ??= new StringBuilder(text[..i]);
                sb.Append(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            }
            else sb?.Append(rune.ToString());
            i += rune.Utf16SequenceLength;
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>The code points a TrueType font maps to a glyph (cmap formats 4 and 12).</summary>
    private static HashSet<int> CodePoints(byte[] font)
    {
        var set = new HashSet<int>();
        ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
        uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at));
        int tables = U16(4), cmap = -1;
        for (var t = 0; t < tables; t++)
            if (Encoding.ASCII.GetString(font, 12 + 16 * t, 4) == "cmap") cmap = (int)U32(12 + 16 * t + 8);
        if (cmap < 0) return set;
        int count = U16(cmap + 2);
        for (var e = 0; e < count; e++)
        {
            var sub = cmap + (int)U32(cmap + 4 + 8 * e + 4);
            switch (U16(sub))
            {
                case 4:
                    int segs = U16(sub + 6) / 2, ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
                    for (var s = 0; s < segs; s++)
                    {
                        int end = U16(ends + 2 * s), start = U16(starts + 2 * s), delta = (short)U16(deltas + 2 * s), ro = U16(offsets + 2 * s);
                        for (var c = start; c <= end && c != 0xFFFF; c++)
                        {
                            var glyph = ro == 0 ? (c + delta) & 0xFFFF : U16(offsets + 2 * s + ro + 2 * (c - start)) is var g and not 0 ? (g + delta) & 0xFFFF : 0;
                            if (glyph != 0) set.Add(c);
                        }
                    }
                    break;
                case 12:
                    var groups = (int)U32(sub + 12);
                    for (var g = 0; g < groups; g++)
                    {
                        uint first = U32(sub + 16 + 12 * g), last = U32(sub + 16 + 12 * g + 4), glyph = U32(sub + 16 + 12 * g + 8);
                        for (var c = first; c <= last; c++) if (glyph + (c - first) != 0) set.Add((int)c);
                    }
                    break;
            }
        }
        return set;
    }

    private sealed class ReportFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(FontFamily, isBold, false); // one face for every request: PDFsharp simulates bold

        public byte[]? GetFont(string faceName) => FontBytes.Value;
    }

    /// <summary>Top-to-bottom text on A4 pages with simple wrapped tables.</summary>
    private sealed class Writer
    {
        // Created per document, after the font resolver is in place.
        public readonly XFont Title = Font(15, XFontStyleEx.Bold);
        public readonly XFont Heading2 = Font(11.5, XFontStyleEx.Bold);
        public readonly XFont Body = Font(9, XFontStyleEx.Regular);
        private const double Margin = 40, LineGap = 3;

        private readonly PdfDocument _document;
        private PdfPage _page = null!;
        private XGraphics _g = null!;
        private double _y;

        public Writer(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private static XFont Font(double size, XFontStyleEx style) =>
            new(FontFamily, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

        private double Width => _page.Width.Point - 2 * Margin;

        private void NewPage()
        {
            _g?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _g = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private void Room(double height)
        {
            if (_y + height > _page.Height.Point - Margin) NewPage();
        }

        public void Text(string text, XFont font)
        {
            foreach (var line in Wrap(Drawable(text), font, Width))
            {
                var h = font.GetHeight() + LineGap;
                Room(h);
                _g.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, h), XStringFormats.TopLeft);
                _y += h;
            }
        }

        public void Heading(string text)
        {
            _y += 8;
            Room(Heading2.GetHeight() * 3);
            Text(text, Heading2);
        }

        public void Table(double[] widths, string[] header, IEnumerable<string[]> rows, string none)
        {
            Row(widths, header, true);
            var any = false;
            foreach (var row in rows) { Row(widths, row, false); any = true; }
            if (!any) Text(none, Body);
        }

        private void Row(double[] widths, string[] cells, bool header)
        {
            var lines = cells.Select((c, i) => Wrap(Drawable(c), Body, widths[i] - 4)).ToList();
            var lineHeight = Body.GetHeight() + 1;
            var height = lines.Max(l => l.Count) * lineHeight + 4;
            Room(height);
            if (header) _g.DrawRectangle(XBrushes.Gainsboro, Margin, _y, widths.Sum(), height);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                for (var k = 0; k < lines[i].Count; k++)
                    _g.DrawString(lines[i][k], Body, XBrushes.Black, new XRect(x + 2, _y + 2 + k * lineHeight, widths[i] - 4, lineHeight), XStringFormats.TopLeft);
                x += widths[i];
            }
            _y += height;
            _g.DrawLine(XPens.LightGray, Margin, _y, Margin + widths.Sum(), _y);
        }

        /// <summary>Breaks the text into lines that fit the width (character by character: Chinese has no spaces).</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var result = new List<string>();
            foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            {
                var line = new StringBuilder();
                foreach (var rune in paragraph.EnumerateRunes())
                {
                    var next = line + rune.ToString();
                    if (line.Length > 0 && _g.MeasureString(next, font).Width > width)
                    {
                        result.Add(line.ToString());
                        line.Clear();
                    }
                    line.Append(rune.ToString());
                }
                result.Add(line.ToString());
            }
            return result;
        }

        public void Finish() => _g.Dispose();
    }
}
