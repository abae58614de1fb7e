using System.Collections.Concurrent;
using Dalad.Platform.Hosting;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dalad.Search.Lucene;

/// <summary>How the Lucene backend analyzes Chinese text.</summary>
public enum LuceneAnalysis
{
    /// <summary>Overlapping character pairs only (the first wave's analysis; kept as the measured baseline).</summary>
    Bigrams,

    /// <summary>Pairs and SmartCn words side by side: a word query widens recall ("钢筋工" finds "钢筋班组"), and a
    /// record matching both ranks first.</summary>
    BigramsAndWords,
}

/// <summary>Full-text indexes of other modules' records, one Lucene index per name, on disk under the data folder.</summary>
/// <param name="matchBudget">How many matching documents one <see cref="MatchAsync"/> examines at most
/// (<see cref="IFullTextSearch.MatchBudget"/>; smaller in tests).</param>
public sealed class FullTextSearch(DaladPaths paths, LuceneAnalysis analysis = LuceneAnalysis.BigramsAndWords, int matchBudget = IFullTextSearch.MatchBudget)
    : IFullTextSearch, IDisposable
{
    private const string IdField = "id";
    private const string OwnerField = "owner";
    private const string TitleField = "title";
    private const string TextField = "text";
    private const string TitleWordsField = "title_w";
    private const string TextWordsField = "text_w";
    private const string UpdatedField = "updated";
    // A document's values: one sorted-set doc-values field per key ("v_status"), read by doc id for the matches only;
    // a marker term and doc value say the document was written with values (an older one was not).
    private const string ValuePrefix = "v_";
    private const string ValuedField = "valued";
    private const string ValuedDocField = "valued_dv";

    /// <summary>Read from <c>Search:Lucene:Analysis</c> (bigrams or words; words by default).</summary>
    public static LuceneAnalysis AnalysisFrom(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or "words" => LuceneAnalysis.BigramsAndWords,
        "bigrams" => LuceneAnalysis.Bigrams,
        _ => throw new InvalidOperationException($"Search:Lucene:Analysis must be words or bigrams, not '{setting}'."),
    };

    private bool Words => analysis == LuceneAnalysis.BigramsAndWords;

    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);

    public Task IndexAsync(FullTextDocument document, CancellationToken cancellationToken = default) =>
        Index(document.Index).UpsertAsync(IdField, document.Id, ToDocument(document));

    public Task<int> CountAsync(string index, CancellationToken cancellationToken = default) => Task.FromResult(Count(index));

    public Task ReplaceAllAsync(string index, IEnumerable<FullTextDocument> documents, CancellationToken cancellationToken = default)
    {
        Index(index).ReplaceAll(documents.Select(ToDocument));
        return Task.CompletedTask;
    }

    public async Task IndexManyAsync(IReadOnlyCollection<FullTextDocument> documents, CancellationToken cancellationToken = default)
    {
        foreach (var batch in documents.GroupBy(d => d.Index))
            await Index(batch.Key).UpsertManyAsync(IdField, batch.Select(d => (d.Id, ToDocument(d))));
    }

    // The field cache reads the trie-encoded longs of "updated" once per segment (8 bytes a document).
    private static readonly Sort NewestFirst = new(new SortField(UpdatedField, FieldCache.NUMERIC_UTILS_INT64_PARSER, true));

    public Task<DateTime?> NewestAsync(string index, CancellationToken cancellationToken = default) =>
        Task.FromResult(Index(index).Search(searcher =>
        {
            var top = searcher.Search(new MatchAllDocsQuery(), 1, NewestFirst);
            return top.ScoreDocs.Length == 0 ? (DateTime?)null
                : new DateTime(Convert.ToInt64(((FieldDoc)top.ScoreDocs[0]).Fields[0], System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        }));

    private Document ToDocument(FullTextDocument document)
    {
        var doc = new Document
        {
            new StringField(IdField, document.Id, Field.Store.YES),
            new TextField(TitleField, document.Title, Field.Store.YES),
            new TextField(TextField, document.Text, Field.Store.YES),
            new Int64Field(UpdatedField, document.UpdatedAt.Ticks, Field.Store.NO),
        };
        if (Words)
        {
            doc.Add(new TextField(TitleWordsField, document.Title, Field.Store.NO));
            doc.Add(new TextField(TextWordsField, document.Text, Field.Store.NO));
        }
        foreach (var owner in document.OwnerBodyCodes.Distinct()) doc.Add(new StringField(OwnerField, owner, Field.Store.NO));
        if (document.Values is { } values)
        {
            doc.Add(new StringField(ValuedField, "1", Field.Store.NO));
            doc.Add(new NumericDocValuesField(ValuedDocField, 1));
            foreach (var (key, list) in values)
            {
                if (key.Length == 0 || !key.All(char.IsAsciiLetterLower)) throw new ArgumentException($"Bad value key {key}.", nameof(document));
                foreach (var value in list.Distinct(StringComparer.Ordinal)) doc.Add(new SortedSetDocValuesField(ValuePrefix + key, new BytesRef(value)));
            }
        }
        return doc;
    }

    public Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default) =>
        Index(index).UpsertAsync(IdField, id, null);

    public async Task<IReadOnlyList<FullTextHit>> SearchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default) =>
        (await SearchPageAsync(index, query, visibleBodyCodes, max, after: null, cancellationToken)).Hits;

    // Best first, ties by id: a total order, so a cursor (score, id) names one place in the results.
    private static readonly Sort ByScoreThenId = new(SortField.FIELD_SCORE, new SortField(IdField, SortFieldType.STRING));

    public Task<FullTextPage> SearchPageAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int size, string? after, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || visibleBodyCodes is { Count: 0 }) return Task.FromResult(new FullTextPage([], null));
        var lucene = Index(index);
        var combined = ScopedQuery(lucene, query, visibleBodyCodes);
        var n = Math.Clamp(size, 1, 200);
        var from = SearchCursor.Parse(after) is { } cursor ? new FieldDoc(int.MaxValue, cursor.Score, [J2N.Numerics.Single.GetInstance(cursor.Score), new BytesRef(cursor.Id)]) : null;
        var page = lucene.Search(searcher =>
        {
            var top = searcher.SearchAfter(from, combined, null, n, ByScoreThenId, doDocScores: true, doMaxScore: false);
            return top.ScoreDocs.Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc);
                return new FullTextHit(doc.Get(IdField), doc.Get(TitleField), SearchHighlighter.Snippet(doc.Get(TextField), query), hit.Score);
            }).ToList();
        });
        var next = page.Count == n ? SearchCursor.Format(page[^1].Score, page[^1].Id) : null;
        return Task.FromResult(new FullTextPage(page, next));
    }

    public Task<FullTextMatches> MatchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || visibleBodyCodes is { Count: 0 }) return Task.FromResult(new FullTextMatches([], false));
        var lucene = Index(index);
        var combined = ScopedQuery(lucene, query, visibleBodyCodes);
        var n = Math.Clamp(max, 1, IFullTextSearch.MaxMatches);
        var (matches, bounded) = lucene.Search(searcher =>
        {
            // One more than asked tells whether there are more. The id is the sort's second value (read from the
            // field cache the sort loads anyway), so no stored field is decompressed for any match.
            var (top, bounded) = BestWithinBudget(searcher, combined, n + 1, Math.Max(1, matchBudget));
            var values = new ValueReader(searcher.IndexReader);
            return (top.ScoreDocs.Select(hit => new FullTextMatch(((BytesRef)((FieldDoc)hit).Fields[1]).Utf8ToString(), hit.Score, values.Read(hit.Doc))).ToList(), bounded);
        });
        var more = matches.Count > n || bounded;
        if (matches.Count > n) matches.RemoveAt(n);
        return Task.FromResult(new FullTextMatches(matches, more) { BoundedTo = bounded ? matchBudget : null });
    }

    /// <summary>The fewest doc ids read per scorer when a leaf is read in chunks from its end.</summary>
    private const int MinChunk = 1 << 12;

    /// <summary>
    /// The best <paramref name="n"/> by score then id, as <c>searcher.Search(query, n, ByScoreThenId)</c> gives them
    /// (the same weight, scorers, collector and so the same scores and order), but examining at most
    /// <paramref name="budget"/> matches: scoring and ranking every match of common words is what a search over a
    /// million records spends its time on. The newest written documents are examined first (leaves from the last,
    /// each leaf's doc ids in chunks from its end, and of the last chunk its newest matches; an update re-writes a
    /// document at the end), so a bounded search ranks the most recently written matches. Bounded is true only when a
    /// match beyond the budget exists.
    /// </summary>
    private static (TopDocs Top, bool Bounded) BestWithinBudget(IndexSearcher searcher, Query query, int n, int budget)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var collector = TopFieldCollector.Create(ByScoreThenId, Math.Min(n, Math.Max(1, searcher.IndexReader.MaxDoc)),
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var examined = 0;
        var docs = new List<int>();
        var scores = new List<float>();
        var leaves = searcher.IndexReader.Leaves;
        for (var l = leaves.Count - 1; l >= 0; l--)
        {
            var leaf = leaves[l];
            var chunk = leaf.AtomicReader.MaxDoc;
            for (int hi = leaf.AtomicReader.MaxDoc, lo; hi > 0; hi = lo)
            {
                // A fresh scorer per chunk: scorers only move forward, and the chunks are read backwards. A scorer costs
                // its terms' lookups and skips, so a leaf whose estimated matches (the scorer's cost, at least its
                // matches) fit in what is left of the budget is one chunk; otherwise the first chunk is sized from that
                // estimate and each next one from the matches the last one held, to hold about what is left.
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) break; // no match in this leaf
                if (hi == leaf.AtomicReader.MaxDoc)
                {
                    var left = budget - examined;
                    var cost = Math.Max(1, scorer.GetCost());
                    chunk = cost <= left ? hi : (int)Math.Clamp((long)left * hi / cost, Math.Min(MinChunk, hi), hi);
                }
                lo = Math.Max(0, hi - chunk);
                docs.Clear();
                scores.Clear();
                for (var doc = scorer.Advance(lo); doc < hi; doc = scorer.NextDoc())
                {
                    docs.Add(doc);
                    scores.Add(scorer.GetScore());
                }
                // Of a chunk with more matches than the budget has left, its newest (the last ones) only.
                var skip = Math.Max(0, docs.Count - (budget - examined));
                var scored = new ScoredDoc(weight);
                collector.SetNextReader(leaf);
                collector.SetScorer(scored);
                for (var i = skip; i < docs.Count; i++)
                {
                    scored.Set(docs[i], scores[i]);
                    collector.Collect(docs[i]);
                }
                examined += docs.Count - skip;
                if (skip > 0) return (collector.GetTopDocs(), true);
                if (examined == budget) return (collector.GetTopDocs(), MatchesBefore(weight, leaves, l, lo));
                chunk = docs.Count == 0 ? hi : (int)Math.Clamp((long)(budget - examined) * (hi - lo) / docs.Count, MinChunk, int.MaxValue);
            }
        }
        return (collector.GetTopDocs(), false);
    }

    /// <summary>Whether anything older than doc <paramref name="lo"/> of leaf <paramref name="l"/> matches (the budget is spent exactly).</summary>
    private static bool MatchesBefore(Weight weight, IList<AtomicReaderContext> leaves, int l, int lo)
    {
        if (lo > 0 && weight.GetScorer(leaves[l], leaves[l].AtomicReader.LiveDocs) is { } scorer && scorer.NextDoc() < lo) return true;
        for (var older = l - 1; older >= 0; older--)
            if (weight.GetScorer(leaves[older], leaves[older].AtomicReader.LiveDocs) is { } s && s.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        return false;
    }

    /// <summary>A match already scored, handed to the collector (which reads the score from its scorer).</summary>
    private sealed class ScoredDoc(Weight weight) : Scorer(weight)
    {
        private int _doc = -1;
        private float _score;

        public void Set(int doc, float score) => (_doc, _score) = (doc, score);

        public override float GetScore() => _score;

        public override int Freq => 1;

        public override int DocID => _doc;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }

    public Task<IReadOnlyDictionary<string, FullTextText>> TextsAsync(string index, string query, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, FullTextText>>(new Dictionary<string, FullTextText>());
        var texts = Index(index).Search(searcher =>
        {
            var found = new Dictionary<string, FullTextText>(StringComparer.Ordinal);
            foreach (var id in ids.Distinct())
            {
                // The id is a keyword: one term, at most one live document (a write replaces it).
                var top = searcher.Search(new TermQuery(new Term(IdField, id)), 1);
                if (top.ScoreDocs.Length == 0) continue;
                var doc = searcher.Doc(top.ScoreDocs[0].Doc);
                found[id] = new FullTextText(doc.Get(TitleField), SearchHighlighter.Snippet(doc.Get(TextField), query));
            }
            return found;
        });
        return Task.FromResult<IReadOnlyDictionary<string, FullTextText>>(texts);
    }

    /// <summary>The query's text as the index analyses it (pairs, and words when indexed), within the caller's bodies.</summary>
    private BooleanQuery ScopedQuery(LuceneIndex lucene, string query, IReadOnlyCollection<string>? visibleBodyCodes)
    {
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
        if (Words && WordQuery(lucene, query) is { } words)
        {
            // Either way of matching admits a record; one matching both (the whole word, in order) scores higher.
            text = new BooleanQuery { { text, Occur.SHOULD }, { words, Occur.SHOULD } };
            ((BooleanQuery)text).MinimumNumberShouldMatch = 1;
        }
        var combined = new BooleanQuery { { text, Occur.MUST } };
        if (visibleBodyCodes is not null)
        {
            var owners = new BooleanQuery();
            foreach (var code in visibleBodyCodes) owners.Add(new TermQuery(new Term(OwnerField, code)), Occur.SHOULD);
            combined.Add(owners, Occur.MUST);
        }
        return combined;
    }

    /// <summary>
    /// The query's SmartCn words, each in the title or the text. Words of two or more characters are required; a single
    /// character (工 of 钢筋工, 厂 of 面粉厂, 了) only adds to the score, since it is mostly a suffix or a particle that the
    /// record may write differently. A query of single characters only requires them all.
    /// </summary>
    private static BooleanQuery? WordQuery(LuceneIndex lucene, string query)
    {
        var words = lucene.Terms(TextWordsField, query).Distinct().ToList();
        if (words.Count == 0) return null;
        var anyLong = words.Any(w => w.Length > 1);
        var result = new BooleanQuery();
        foreach (var word in words)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(TitleWordsField, word)), Occur.SHOULD },
                { new TermQuery(new Term(TextWordsField, word)), Occur.SHOULD },
            };
            result.Add(either, !anyLong || word.Length > 1 ? Occur.MUST : Occur.SHOULD);
        }
        return result;
    }

    public Task<int> CountWithoutValuesAsync(string index, CancellationToken cancellationToken = default) =>
        Task.FromResult(Index(index).Search(searcher =>
        {
            var valued = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Term(ValuedField, "1")), valued);
            return searcher.IndexReader.NumDocs - valued.TotalHits;
        }));

    /// <summary>
    /// The values of matched documents from their segments' doc values (column-wise, by doc id: no stored field is
    /// read), each segment's fields looked up once per search.
    /// </summary>
    private sealed class ValueReader(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
        private readonly Dictionary<int, (NumericDocValues? Valued, List<(string Key, SortedSetDocValues Values)> Fields)> _segments = [];

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? Read(int doc)
        {
            var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
            if (!_segments.TryGetValue(leaf.Ord, out var segment))
            {
                var atomic = leaf.AtomicReader;
                var fields = atomic.FieldInfos.Where(f => f.Name.StartsWith(ValuePrefix, StringComparison.Ordinal) && f.DocValuesType == DocValuesType.SORTED_SET)
                    .Select(f => (f.Name[ValuePrefix.Length..], atomic.GetSortedSetDocValues(f.Name))).ToList();
                _segments[leaf.Ord] = segment = (atomic.GetNumericDocValues(ValuedDocField), fields);
            }
            var local = doc - leaf.DocBase;
            if (segment.Valued is null || segment.Valued.Get(local) != 1) return null;
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var bytes = new BytesRef();
            foreach (var (key, values) in segment.Fields)
            {
                values.SetDocument(local);
                List<string>? list = null;
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    values.LookupOrd(ord, bytes);
                    (list ??= []).Add(bytes.Utf8ToString());
                }
                if (list is not null) result[key] = list;
            }
            return result;
        }
    }

    /// <summary>Lucene's searchers see a write at once (near-real-time): nothing to do.</summary>
    public Task RefreshAsync(string index, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Empties an index, so its owner can feed it again from the database (a rebuild).</summary>
    public void Reset(string index) => Index(index).ReplaceAll([]);

    public int Count(string index) => Index(index).DocumentCount;

    private LuceneIndex Index(string name) => _indexes.GetOrAdd(name, n =>
    {
        if (n.Length == 0 || !n.All(c => char.IsAsciiLetterLower(c) || c == '-')) throw new ArgumentException($"Bad index name {n}.", nameof(name));
        return new LuceneIndex(Path.Combine(paths.DataPath, "search", n), [IdField, OwnerField],
            wordFields: Words ? [TitleWordsField, TextWordsField] : null);
    });

    public void Dispose()
    {
        foreach (var index in _indexes.Values) index.Dispose();
    }
}
