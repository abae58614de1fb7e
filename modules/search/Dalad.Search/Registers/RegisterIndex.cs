using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Dalad.Search.Lucene;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Search.Registers;

/// <summary>
/// The department registers' names and aliases in one in-memory Lucene index: candidates from the index (CJK bigrams),
/// confirmed by the words of the text. Immutable; a changed register builds a new one.
/// </summary>
internal sealed class RegisterIndex : IDisposable
{
    internal const string IdField = "id";
    internal const string NameField = "name";

    private readonly LuceneIndex _index;
    private readonly Dictionary<string, RegisterEntryDto> _entries;

    public RegisterIndex(IEnumerable<RegisterEntryDto> registerEntries)
    {
        var entries = registerEntries.Where(e => e.Name.Trim().Length >= 2).ToList();
        _entries = entries.ToDictionary(e => e.Id.ToString(), StringComparer.Ordinal);
        _index = new LuceneIndex(path: null, keywordFields: [IdField]);
        _index.ReplaceAll(entries.Select(e =>
        {
            var doc = new Document { new StringField(IdField, e.Id.ToString(), Field.Store.YES) };
            foreach (var name in e.Aliases.Prepend(e.Name).Select(n => n.Trim()).Where(n => n.Length >= 2).Distinct())
                doc.Add(new TextField(NameField, name, Field.Store.YES));
            return doc;
        }));
    }

    public int Count => _entries.Count;

    public IReadOnlyList<RegisterMatch> Match(string text)
    {
        if (_entries.Count == 0 || string.IsNullOrWhiteSpace(text)) return [];
        var terms = _index.Terms(NameField, text).Distinct().ToList();
        if (terms.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var term in terms.Take(BooleanQuery.MaxClauseCount)) query.Add(new TermQuery(new Term(NameField, term)), Occur.SHOULD);

        return _index.Search(searcher =>
        {
            var found = new List<RegisterMatch>();
            foreach (var hit in searcher.Search(query, 20).ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc);
                var entry = _entries[doc.Get(IdField)];
                var name = doc.GetValues(NameField).Where(n => text.Contains(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
                if (name is not null) found.Add(new RegisterMatch(entry.Id, entry.Source, entry.Name, name, entry.TerritoryCode, entry.IndustryBodyCode));
            }
            return (IReadOnlyList<RegisterMatch>)found;
        });
    }

    public void Dispose() => _index.Dispose();
}

/// <summary>
/// Holds the current register index: built at start and rebuilt, one build at a time, on the first match after a
/// register changed — so an import of a thousand register rows costs one rebuild.
/// </summary>
internal sealed class RegisterMatcher(IServiceScopeFactory scopes, ILogger<RegisterMatcher> logger) : IRegisterMatcher, IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private RegisterIndex? _index;
    private volatile bool _stale = true;
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void MarkStale()
    {
        _stale = true;
        Interlocked.Increment(ref _version);
    }

    public async Task<IReadOnlyList<RegisterMatch>> MatchAsync(string text, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).Match(text);

    internal async Task<RegisterIndex> GetAsync(CancellationToken cancellationToken)
    {
        if (!_stale && _index is not null) return _index;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (!_stale && _index is not null) return _index;
            _stale = false;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var scope = scopes.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            var entries = new List<RegisterEntryDto>();
            foreach (var source in scope.ServiceProvider.GetServices<IRegisterSource>())
                entries.AddRange(await source.GetEntriesAsync(cancellationToken));
            var previous = _index;
            _index = new RegisterIndex(entries);
            previous?.Dispose();
            logger.LogInformation("Register index built: {Entries} entries in {Elapsed} ms", entries.Count,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0"));
            return _index;
        }
        catch
        {
            _stale = true;
            throw;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _building.Dispose();
    }
}

/// <summary>A changed register makes the next match rebuild the index.</summary>
internal sealed class RegisterIndexInvalidation(IRegisterMatcher matcher) : IIntegrationEventHandler<RegisterChanged>
{
    public Task HandleAsync(RegisterChanged integrationEvent, CancellationToken cancellationToken)
    {
        matcher.MarkStale();
        return Task.CompletedTask;
    }
}
