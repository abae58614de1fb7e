using System.Data;
using Dalad.Platform.Localization;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Web;
using FluentValidation;
using Microsoft.Extensions.Localization;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Dalad.Platform.Registers;

public sealed record RegisterImportRow(int Row, string Outcome, string? Kind, string? Name, string? Reason);

/// <summary>What an import did, row by row (rows are numbered as in the sheet: the header is row 1).</summary>
public sealed record RegisterImportReport(int Imported, int Updated, int Rejected, IReadOnlyList<RegisterImportRow> Rows);

public static class ImportOutcomes
{
    public const string Imported = "imported";
    public const string Updated = "updated";
    public const string Rejected = "rejected";
}

/// <summary>
/// Imports an .xlsx sheet into a register: columns kind, name, aliases, territory (headers in Chinese or English, kinds and
/// territories by code or by name); any other column is kept as an attribute. A row matching an entry of the same owner,
/// kind and name updates it, so importing the same sheet twice creates nothing twice. Bad rows are reported, not stored.
/// </summary>
internal sealed class RegisterImporter(DepartmentDefinition register, IReadOnlyList<Responsibility.TerritoryDto> territories, RegisterEditor editor, RegistersDbContext db, IStringLocalizer l, LocalizationRegistry texts)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>A register holds at most a few thousand entries; an import is read at once, so it is bounded tighter.</summary>
    public static readonly XlsxLimits Limits = new() { MaxRows = 5_000, MaxPartBytes = 32L * 1024 * 1024, MaxTotalBytes = 64L * 1024 * 1024 };

    private static readonly string[] Columns = ["Kind", "Name", "Aliases", "Territory"];
    private static readonly char[] AliasSeparators = [';', '；', ',', '，', '、', '\n'];

    public static byte[] Template(DepartmentDefinition register, IStringLocalizer l)
    {
        var table = new DataTable();
        foreach (var column in Columns) table.Columns.Add(l["Registers:Column:" + column].Value);
        foreach (var field in register.Kinds.SelectMany(k => k.Fields.Select(f => (k, f))).DistinctBy(x => x.f.Key))
        {
            var title = l[register.FieldTextKey(field.k.Key, field.f.Key)].Value;
            if (!table.Columns.Contains(title)) table.Columns.Add(title);
        }
        return XlsxExport.Write(table);
    }

    public async Task<RegisterImportReport> ImportAsync(Stream sheet, CancellationToken ct)
    {
        // A decompression bomb or an oversized sheet is refused before MiniExcel inflates anything.
        try { XlsxGuard.Check(sheet, Limits); }
        catch (InvalidDataException) { throw new BusinessException("Registers:Import:NotExcel"); }
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(sheet, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BusinessException("Registers:Import:NotExcel");
        }
        var headers = rows.FirstOrDefault()?.Keys.ToList() ?? [];
        var columns = Columns.ToDictionary(c => c, c => headers.FirstOrDefault(h => HeaderMatches(h, c)));
        if (columns["Kind"] is null || columns["Name"] is null)
            throw new BusinessException("Registers:Import:MissingColumns", l["Registers:Column:Kind"].Value, l["Registers:Column:Name"].Value);

        var validator = RegisterEntryValidator.Create(register, territories, l);
        var seen = new Dictionary<(string, string, string), RegisterEntry>();
        var report = new List<RegisterImportRow>();
        var changed = new List<Guid>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].ToDictionary(c => c.Key, c => Text(c.Value));
            if (cells.Values.All(v => v is null)) continue;
            var rowNumber = i + 2;
            var kind = ResolveKind(Cell(cells, columns["Kind"]));
            var name = Cell(cells, columns["Name"]);
            var territory = Cell(cells, columns["Territory"]) is { } t ? (territories.FirstOrDefault(x => x.Code == t || x.Name == t || x.Aliases.Contains(t))?.Code ?? t) : null;
            var aliases = Cell(cells, columns["Aliases"])?.Split(AliasSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var attributes = cells.Where(c => !columns.ContainsValue(c.Key) && c.Value is not null && !string.IsNullOrWhiteSpace(c.Key))
                .GroupBy(c => FieldKey(c.Key.Trim())).ToDictionary(g => g.Key, g => g.First().Value!);
            var input = new RegisterEntryInput(kind, name, aliases, territory, attributes);

            var validation = await validator.ValidateAsync(input, ct);
            if (!validation.IsValid)
            {
                report.Add(new(rowNumber, ImportOutcomes.Rejected, kind, name, string.Join("；", validation.Errors.Select(e => e.ErrorMessage))));
                continue;
            }
            string owner;
            try { owner = editor.OwnerOf(input); }
            catch (BusinessException e)
            {
                report.Add(new(rowNumber, ImportOutcomes.Rejected, kind, name, l[e.MessageKey, e.Arguments]));
                continue;
            }

            var key = (owner, kind!, name!.Trim());
            var entry = seen.GetValueOrDefault(key) ?? await editor.FindAsync(owner, kind!, key.Item3, ct);
            var outcome = ImportOutcomes.Updated;
            if (entry is null)
            {
                entry = new RegisterEntry { Department = register.Key, OwnerBodyCode = owner, Kind = kind!, Name = key.Item3, IndustryBodyCode = register.IndustryBodyCode };
                db.Entries.Add(entry);
                outcome = ImportOutcomes.Imported;
            }
            RegisterEditor.Apply(entry, input);
            seen[key] = entry;
            changed.Add(entry.Id);
            report.Add(new(rowNumber, outcome, kind, key.Item3, null));
        }
        if (report.Count == 0) throw new BusinessException("Registers:Import:Empty");

        await editor.SaveAsync(changed.Distinct().ToList(), ct);
        return new RegisterImportReport(
            report.Count(r => r.Outcome == ImportOutcomes.Imported),
            report.Count(r => r.Outcome == ImportOutcomes.Updated),
            report.Count(r => r.Outcome == ImportOutcomes.Rejected),
            report);
    }

    /// <summary>A header names a column in either language: the localized column title or its English identifier.</summary>
    private bool HeaderMatches(string header, string column)
    {
        var h = header.Trim();
        return string.Equals(h, column, StringComparison.OrdinalIgnoreCase)
            || texts.Languages.Any(language => h == Localized("Registers:Column:" + column, language.CultureName));
    }

    /// <summary>A kind by its code or its display name in either language.</summary>
    private string? ResolveKind(string? cell)
    {
        if (cell is null) return null;
        return register.KindKeys.FirstOrDefault(k => k == cell
            || texts.Languages.Any(language => cell == Localized(register.KindTextKey(k), language.CultureName))) ?? cell;
    }

    /// <summary>A column titled with a free field's name (either language) or key fills that field; any other is kept as it is.</summary>
    private string FieldKey(string header) =>
        register.Kinds.SelectMany(k => k.Fields).FirstOrDefault(f => f.Key == header || f.Names.ContainsValue(header))?.Key ?? header;

    private string? Localized(string key, string culture) => texts.Find(LocalizationResourceNames.Default, key, culture);

    private static string? Cell(Dictionary<string, string?> cells, string? column) => column is null ? null : cells.GetValueOrDefault(column);

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } s ? s.Trim() : null,
        _ => value.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };

}
