using System.Globalization;
using Dalad.Cases.Data;
using Dalad.Platform.PersonalData;
using Dalad.Platform.Security;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>
/// Full-text search over cases and leads: the index finds the best matches with their facet values, they are counted
/// by facet, filtered and ordered here, and the database has the last word on the page shown (what the caller may see).
/// </summary>
internal sealed class CaseSearch(IFullTextSearch fullText, CasesDbContext db, DataScope scope, IBodyDirectory bodies, IStringLocalizer l)
{
    /// <summary>How many of the index's best matches a search counts and filters: enough for any facet a clerk reads,
    /// few enough that one search costs the same with a million records.</summary>
    public const int Considered = 1000;

    public async Task<SearchResultDto> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var (index, records, more, boundedTo, filter) = await MatchAsync(query, ct);
        var take = Math.Clamp(query.Max ?? 20, 1, 100);
        var names = await NamesAsync(ct);
        // Counted over the considered matches from the index's values (the database's for a document written without).
        var facets = new SearchFacetsDto(
            Count(records.Select(r => (IEnumerable<string>)[r.Status]), null),
            Count(records.Select(r => r.Bodies), names),
            Count(records.Select(r => Maybe(r.Territorial)), names),
            Count(records.Select(r => Maybe(r.Industry)), names),
            Count(records.Select(r => Maybe(r.Channel)), null),
            Count(records.Select(r => (IEnumerable<string>)[Month(r.At)]), null));
        // The database has the last word on the page shown: a record the caller may no longer see, or that no longer
        // passes the filters (the index a moment behind a change), is left out, and what is shown is the database's.
        var candidates = records.Take(take).ToList();
        var rows = await RowsAsync(index, candidates.Select(r => r.Id).ToList(), ct);
        var shown = candidates.Where(r => rows.TryGetValue(r.Id, out var row) && filter(row))
            .Select(r => From(r.IndexId, r.Score, rows[r.Id])).ToList();
        // Titles and snippets only for the page shown, not for every considered match.
        var texts = await fullText.TextsAsync(index, query.Q!, shown.Select(r => r.IndexId).ToList(), ct);
        var items = shown.Select(r => Shown(r, texts, query.Q!, mark: true)).ToList();
        return new SearchResultDto(records.Count, items, facets, Considered, more, boundedTo);
    }

    /// <summary>
    /// A record as a hit: its title and snippet masked (free text may carry a phone or an identity number typed by the
    /// caller, masked here as on the record's page), and the query's matches marked when shown on the page (after
    /// masking, never inside a masked number), on both backends alike.
    /// </summary>
    private static SearchHitDto Shown(SearchRecord r, IReadOnlyDictionary<string, FullTextText> texts, string q, bool mark)
    {
        // Removed from the index between the two calls (a moment's race): shown by its number, without text.
        var text = texts.GetValueOrDefault(r.IndexId) ?? new FullTextText("", "");
        var title = PersonalDataText.MaskWithSpans(text.Title);
        var snippet = PersonalDataText.MaskWithSpans(text.Snippet);
        var hit = new SearchHitDto(r.Id, r.Number, title.Text, snippet.Text, r.Status, r.Score, r.CaseId, CaseClocks.Beijing(r.At));
        return mark ? hit with { TitleParts = SearchHighlighter.Mark(title.Text, q, title.Masked), SnippetParts = SearchHighlighter.Mark(snippet.Text, q, snippet.Masked) } : hit;
    }

    /// <summary>The search's hits (all of the considered ones, in the chosen order) as an .xlsx workbook.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(SearchQuery query, CancellationToken ct)
    {
        var (index, matched, _, _, filter) = await MatchAsync(query, ct);
        // The workbook holds every considered hit, each read from the database (scope and filters checked again).
        var rows = await RowsAsync(index, matched.Select(r => r.Id).ToList(), ct);
        var records = matched.Where(r => rows.TryGetValue(r.Id, out var row) && filter(row)).Select(r => From(r.IndexId, r.Score, rows[r.Id])).ToList();
        var names = await NamesAsync(ct);
        string Name(string? code) => code is null ? "" : names.GetValueOrDefault(code, code);
        var texts = await fullText.TextsAsync(index, query.Q!, records.Select(r => r.IndexId).ToList(), ct);
        var sheet = records.Select(r => (Record: r, Hit: Shown(r, texts, query.Q!, mark: false))).Select(x => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            [l["Search:Column:Number"]] = x.Hit.Number,
            [l["Search:Column:Status"]] = StatusText(query.In, x.Record.Status),
            [l["Search:Column:At"]] = x.Hit.At?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
            [l["Search:Column:Territory"]] = Name(x.Record.Territorial),
            [l["Search:Column:Sector"]] = Name(x.Record.Industry),
            [l["Search:Column:Channel"]] = x.Record.Channel is null ? "" : l["Channel:" + x.Record.Channel].Value,
            [l["Search:Column:Title"]] = x.Hit.Title,
            [l["Search:Column:Snippet"]] = x.Hit.Snippet,
        }).ToList();
        if (sheet.Count == 0) sheet.Add(new Dictionary<string, object?> { [l["Search:Column:Number"]] = l["Search:NoResults"].Value });
        return (XlsxExport.Write(sheet), $"search-{DateTime.UtcNow.AddHours(8):yyyyMMdd-HHmm}.xlsx");
    }

    private string StatusText(string? index, string status) => index?.Trim() == SearchIndexNames.Leads
        ? l["Intake:LeadStatus:" + char.ToUpperInvariant(status[0]) + status[1..]].Value
        : l["CaseStatus:" + status].Value;

    /// <summary>
    /// The considered matches, narrowed by every filter, in the chosen order, each with what it says of its record: the
    /// index's values (the index is scoped to the caller's bodies already), or the database's for a match written without
    /// values (an index built before them, being fed again in the background). Also the filter, for the database's copy
    /// of the hits shown.
    /// </summary>
    private async Task<(string Index, List<SearchRecord> Records, bool More, int? BoundedTo, Func<SearchRow, bool> Filter)> MatchAsync(SearchQuery query, CancellationToken ct)
    {
        var index = string.IsNullOrWhiteSpace(query.In) ? SearchIndexNames.Cases : query.In.Trim();
        if (index is not (SearchIndexNames.Cases or SearchIndexNames.Leads)) throw new BusinessException("Search:BadIndex");
        if (string.IsNullOrWhiteSpace(query.Q)) throw new BusinessException("Search:QueryRequired");
        var sort = string.IsNullOrWhiteSpace(query.Sort) ? "relevance" : query.Sort.Trim();
        if (sort is not ("relevance" or "newest")) throw new BusinessException("Search:BadSort");
        if (!string.IsNullOrWhiteSpace(query.Month) && !DateOnly.TryParseExact(query.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new BusinessException("Search:BadMonth");

        // The index's best matches up to the considered number, in one query: ids, scores and values only.
        var visibleTo = scope.SeesAllBodies ? null : scope.BodyCodes;
        // A query of words found in a large part of the index is ranked among the newest of its matches only (the
        // engine's match budget): passed on, for the page to say so.
        var matches = await fullText.MatchAsync(index, query.Q, visibleTo, Considered, ct);
        var (hits, more) = matches;

        var ids = hits.Select(h => Guid.TryParse(h.Id, out var id) ? id : Guid.Empty).ToList();
        var rows = new Dictionary<Guid, SearchRow>();
        foreach (var (hit, id) in hits.Zip(ids))
            if (hit.Values is { } values && FromValues(id, values) is { } row) rows[id] = row;
        var unvalued = ids.Where(id => !rows.ContainsKey(id)).ToList();
        if (unvalued.Count > 0)
            foreach (var (id, row) in await RowsAsync(index, unvalued, ct)) rows[id] = row;

        // Dates are Beijing days: [from 00:00, to+1 00:00) Beijing = UTC minus 8 hours.
        DateTime? fromUtc = query.From?.ToDateTime(TimeOnly.MinValue).AddHours(-8);
        DateTime? toUtc = query.To?.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8);
        bool Is(string? wanted, string? actual) => string.IsNullOrWhiteSpace(wanted) || wanted.Trim() == actual;
        bool Filter(SearchRow row) => Is(query.Status, row.Status)
            && (string.IsNullOrWhiteSpace(query.BodyCode) || row.Bodies.Contains(query.BodyCode.Trim()))
            && Is(query.Territory, row.Territorial) && Is(query.Sector, row.Industry) && Is(query.Channel, row.Channel)
            && Is(query.Month, Month(row.At))
            && (fromUtc is null || row.At >= fromUtc) && (toUtc is null || row.At < toUtc);
        var records = hits.Zip(ids)
            .Where(h => rows.ContainsKey(h.Second))
            .Select(h => (Hit: h.First, Row: rows[h.Second]))
            .Where(x => Filter(x.Row))
            .Select(x => From(x.Hit.Id, x.Hit.Score, x.Row));
        if (sort == "newest") records = records.OrderByDescending(r => r.At).ThenBy(r => r.Number, StringComparer.Ordinal);
        return (index, records.ToList(), more, matches.BoundedTo, Filter);
    }

    private static SearchRecord From(string indexId, float score, SearchRow row) =>
        new(indexId, row.Id, row.Number, score, row.CaseId, row.Status, row.At, row.Bodies, row.Territorial, row.Industry, row.Channel);

    /// <summary>A record as its search document's values say (written by <see cref="CaseSearchIndex"/>).</summary>
    private static SearchRow? FromValues(Guid id, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        string? One(string key) => values.TryGetValue(key, out var list) && list.Count > 0 ? list[0] : null;
        if (One(CaseSearchIndex.StatusValue) is not { } status || One(CaseSearchIndex.NumberValue) is not { } number
            || !long.TryParse(One(CaseSearchIndex.AtValue), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) return null;
        Guid? caseId = Guid.TryParse(One(CaseSearchIndex.CaseValue), out var c) ? c : null;
        return new SearchRow(id, number, status, caseId, new DateTime(ticks, DateTimeKind.Utc),
            values.TryGetValue(CaseSearchIndex.BodiesValue, out var bodies) ? [.. bodies] : [],
            One(CaseSearchIndex.TerritoryValue), One(CaseSearchIndex.SectorValue), One(CaseSearchIndex.ChannelValue));
    }

    /// <summary>What the database says of these records, within the caller's scope (its query filters).</summary>
    private Task<Dictionary<Guid, SearchRow>> RowsAsync(string index, List<Guid> ids, CancellationToken ct) =>
        index == SearchIndexNames.Cases ? CasesAsync(ids, ct) : LeadsAsync(ids, ct);

    private async Task<Dictionary<Guid, SearchRow>> CasesAsync(List<Guid> ids, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Status, c.OpenedAt, c.PrimaryLeadId, Parts = c.Assignments.Select(a => new { a.Role, a.BodyCode }).ToList() })
            .ToListAsync(ct);
        var leadIds = cases.Select(c => c.PrimaryLeadId).ToList();
        var channels = await db.Leads.AsNoTracking().Where(x => leadIds.Contains(x.Id)).Select(x => new { x.Id, x.Channel }).ToDictionaryAsync(x => x.Id, x => x.Channel, ct);
        return cases.ToDictionary(c => c.Id, c => new SearchRow(c.Id, c.Number, c.Status, c.Id, c.OpenedAt,
            c.Parts.Select(p => p.BodyCode).Distinct().ToList(),
            c.Parts.FirstOrDefault(p => p.Role == CaseRoles.Territorial)?.BodyCode,
            c.Parts.FirstOrDefault(p => p.Role == CaseRoles.Industry)?.BodyCode,
            channels.GetValueOrDefault(c.PrimaryLeadId)));
    }

    private async Task<Dictionary<Guid, SearchRow>> LeadsAsync(List<Guid> ids, CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.TicketNumber, x.Status, x.CaseId, x.ReceivedAt, x.Channel, x.IntakeBodyCode, x.ProposedTerritorialBodyCode, x.ProposedIndustryBodyCode })
            .ToListAsync(ct);
        var caseIds = leads.Where(x => x.CaseId is not null).Select(x => x.CaseId!.Value).Distinct().ToList();
        var parts = (await db.Assignments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).Select(a => new { a.CaseId, a.Role, a.BodyCode }).ToListAsync(ct))
            .ToLookup(a => a.CaseId);
        return leads.ToDictionary(x => x.Id, x =>
        {
            var own = x.CaseId is { } id ? parts[id].ToList() : [];
            // A lead not yet dispatched is counted under the owners routing proposed for it.
            var territorial = own.Count > 0 ? own.FirstOrDefault(p => p.Role == CaseRoles.Territorial)?.BodyCode : x.ProposedTerritorialBodyCode;
            var industry = own.Count > 0 ? own.FirstOrDefault(p => p.Role == CaseRoles.Industry)?.BodyCode : x.ProposedIndustryBodyCode;
            return new SearchRow(x.Id, x.TicketNumber, x.Status, x.CaseId, x.ReceivedAt,
                own.Select(p => p.BodyCode).Prepend(x.IntakeBodyCode).Distinct().ToList(), territorial, industry, x.Channel);
        });
    }

    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken ct) =>
        (await bodies.GetAllAsync(ct)).ToDictionary(b => b.Code, b => b.Name);

    private static IEnumerable<string> Maybe(string? value) => value is null ? [] : [value];

    private static string Month(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Each value with its count, most frequent first (ties by value, so the order is stable).</summary>
    private static IReadOnlyList<SearchFacetValueDto> Count(IEnumerable<IEnumerable<string>> values, IReadOnlyDictionary<string, string>? names) =>
        values.SelectMany(v => v).GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new SearchFacetValueDto(g.Key, g.Count(), names?.GetValueOrDefault(g.Key)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

    /// <summary>What the database says of an indexed record: its number, status, case, day, owners and channel.</summary>
    private sealed record SearchRow(Guid Id, string Number, string Status, Guid? CaseId, DateTime At, List<string> Bodies, string? Territorial, string? Industry, string? Channel);

    /// <summary>A considered match the caller may see, before its text is read (only for the hits shown).</summary>
    private sealed record SearchRecord(string IndexId, Guid Id, string Number, float Score, Guid? CaseId, string Status, DateTime At,
        IReadOnlyList<string> Bodies, string? Territorial, string? Industry, string? Channel);
}
