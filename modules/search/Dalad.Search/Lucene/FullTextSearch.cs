using System.Collections.Concurrent;
using Dalad.Platform.Hosting;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dalad.Search.Lucene;

/// <summary>Full-text indexes of other modules' records, one Lucene index per name, on disk under the data folder.</summary>
public sealed class FullTextSearch(DaladPaths paths) : IFullTextSearch, IDisposable
{
    private const string IdField = "id";
    private const string OwnerField = "owner";
    private const string TitleField = "title";
    private const string TextField = "text";
    private const string UpdatedField = "updated";

    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);

    public Task IndexAsync(FullTextDocument document, CancellationToken cancellationToken = default)
    {
        Index(document.Index).Upsert(IdField, document.Id, ToDocument(document));
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(string index, CancellationToken cancellationToken = default) => Task.FromResult(Count(index));

    public Task ReplaceAllAsync(string index, IEnumerable<FullTextDocument> documents, CancellationToken cancellationToken = default)
    {
        Index(index).ReplaceAll(documents.Select(ToDocument));
        return Task.CompletedTask;
    }

    private static Document ToDocument(FullTextDocument document)
    {
        var doc = new Document
        {
            new StringField(IdField, document.Id, Field.Store.YES),
            new TextField(TitleField, document.Title, Field.Store.YES),
            new TextField(TextField, document.Text, Field.Store.YES),
            new Int64Field(UpdatedField, document.UpdatedAt.Ticks, Field.Store.NO),
        };
        foreach (var owner in document.OwnerBodyCodes.Distinct()) doc.Add(new StringField(OwnerField, owner, Field.Store.NO));
        return doc;
    }

    public Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default)
    {
        Index(index).Upsert(IdField, id, null);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<FullTextHit>> SearchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default) =>
        (await SearchPageAsync(index, query, visibleBodyCodes, max, after: null, cancellationToken)).Hits;

    // Best first, ties by id: a total order, so a cursor (score, id) names one place in the results.
    private static readonly Sort ByScoreThenId = new(SortField.FIELD_SCORE, new SortField(IdField, SortFieldType.STRING));

    public Task<FullTextPage> SearchPageAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int size, string? after, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || visibleBodyCodes is { Count: 0 }) return Task.FromResult(new FullTextPage([], null));
        var lucene = Index(index);
        var parser = new MultiFieldQueryParser(LuceneIndex.Version, [TitleField, TextField], lucene.Analyzer) { DefaultOperator = Operator.AND };
        Query text;
        try
        {
            text = parser.Parse(QueryParserBase.Escape(query.Trim()));
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException)
        {
            // "a AND", "NOT": the words AND, OR and NOT survive escaping as operators with a missing operand.
            throw new Dalad.Platform.Web.BusinessException("Search:InvalidQuery");
        }
        var combined = new BooleanQuery { { text, Occur.MUST } };
        if (visibleBodyCodes is not null)
        {
            var owners = new BooleanQuery();
            foreach (var code in visibleBodyCodes) owners.Add(new TermQuery(new Term(OwnerField, code)), Occur.SHOULD);
            combined.Add(owners, Occur.MUST);
        }

        var n = Math.Clamp(size, 1, 200);
        var from = SearchCursor.Parse(after) is { } cursor ? new FieldDoc(int.MaxValue, cursor.Score, [J2N.Numerics.Single.GetInstance(cursor.Score), new BytesRef(cursor.Id)]) : null;
        var page = lucene.Search(searcher =>
        {
            var top = searcher.SearchAfter(from, combined, null, n, ByScoreThenId, doDocScores: true, doMaxScore: false);
            return top.ScoreDocs.Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc);
                return new FullTextHit(doc.Get(IdField), doc.Get(TitleField), Snippet(doc.Get(TextField), query), hit.Score);
            }).ToList();
        });
        var next = page.Count == n ? SearchCursor.Format(page[^1].Score, page[^1].Id) : null;
        return Task.FromResult(new FullTextPage(page, next));
    }

    /// <summary>Lucene's searchers see a write at once (near-real-time): nothing to do.</summary>
    public Task RefreshAsync(string index, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Empties an index, so its owner can feed it again from the database (a rebuild).</summary>
    public void Reset(string index) => Index(index).ReplaceAll([]);

    public int Count(string index) => Index(index).DocumentCount;

    private LuceneIndex Index(string name) => _indexes.GetOrAdd(name, n =>
    {
        if (n.Length == 0 || !n.All(c => char.IsAsciiLetterLower(c) || c == '-')) throw new ArgumentException($"Bad index name {n}.", nameof(name));
        return new LuceneIndex(Path.Combine(paths.DataPath, "search", n), [IdField, OwnerField]);
    });

    internal static string Snippet(string text, string query)
    {
        const int width = 60;
        var at = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - width / 3);
        var snippet = text.Substring(start, Math.Min(width, text.Length - start));
        return (start > 0 ? "…" : "") + snippet + (start + snippet.Length < text.Length ? "…" : "");
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values) index.Dispose();
    }
}
