using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Dalad.Search.Lucene;

/// <summary>
/// One Lucene index (on disk under the data folder, or in memory), written by one writer and read through
/// near-real-time searchers. Text fields are analyzed into CJK bigrams, as Elasticsearch's cjk analyzer does;
/// fields named in <c>keywordFields</c> are kept whole (ids, codes), and fields named in <c>wordFields</c> are cut into
/// Chinese words by SmartCn (its hidden Markov model over a word dictionary), so a query can match by word as well.
/// An index written with another analysis (its <see cref="Analysis"/> tag, kept in the commit) is emptied on open: its
/// owner finds the count wrong and feeds it again, rather than searching terms the analyzers no longer produce.
/// A single change is searchable at once (the searchers refresh from the writer) and made durable by a commit at most
/// <see cref="CommitDelay"/> later, not one fsync per document: a crash loses at most that much of the index, which the
/// owner's staleness check at start repairs from the database.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    // Single changes share the gate (IndexWriter takes concurrent updates, and analysis runs on every core); a rebuild,
    // a commit and disposal hold it alone, so no refresh shows a rebuild half done and no change escapes a commit's flag.
    private readonly ReaderWriterLockSlim _gate = new();
    // Refreshes are shared: a change waits (without holding a thread) for the next refresh, and one refresh serves every
    // change made before it began (group refresh), instead of one reopen, one tiny segment and its merges per change.
    private readonly System.Threading.Lock _refreshSync = new();
    private TaskCompletionSource? _nextRefresh;
    private bool _refreshing;
    private long _written;
    private long _visible; // read and written under _refreshSync
    private readonly Timer? _commitTimer;
    private volatile bool _uncommitted;
    private bool _disposed;

    /// <summary>The default longest time between a change and its commit.</summary>
    public static readonly TimeSpan CommitDelay = TimeSpan.FromSeconds(2);

    private const string AnalysisKey = "analysis";
    private readonly Analyzer? _words;

    public LuceneIndex(string? path, IEnumerable<string> keywordFields, TimeSpan? commitDelay = null, IEnumerable<string>? wordFields = null)
    {
        var delay = commitDelay ?? CommitDelay;
        _directory = path is null ? new RAMDirectory() : FSDirectory.Open(path);
        var perField = keywordFields.ToDictionary(f => f, _ => (Analyzer)new KeywordAnalyzer());
        var words = wordFields?.ToList() ?? [];
        if (words.Count > 0)
        {
            _words = new SmartChineseAnalyzer(Version);
            foreach (var field in words) perField[field] = _words;
        }
        Analysis = words.Count > 0 ? "cjk-bigrams+smartcn-words/1" : "cjk-bigrams/1";
        Analyzer = new PerFieldAnalyzerWrapper(new CJKAnalyzer(Version), perField);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        if (ReadAnalysisTag() != Analysis)
        {
            _writer.DeleteAll();
            Commit();
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        // In memory there is nothing to make durable, and no timer to keep the index alive.
        if (path is null) return;
        _commitTimer = new Timer(_ =>
        {
            // A timer thread must not throw (it would end the process); a failed commit is tried again at the next tick.
            try { CommitPending(); }
            catch (IOException) { }
        }, null, delay, delay);
    }

    public Analyzer Analyzer { get; }

    /// <summary>Names the analysis the index was written with (kept in each commit's user data).</summary>
    public string Analysis { get; }

    private string? ReadAnalysisTag()
    {
        if (!DirectoryReader.IndexExists(_directory)) return null;
        var commits = DirectoryReader.ListCommits(_directory);
        return commits.Count > 0 && commits[^1].UserData.TryGetValue(AnalysisKey, out var tag) ? tag : null;
    }

    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [AnalysisKey] = Analysis });
        _writer.Commit();
    }

    public int DocumentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <summary>Replaces the whole content of the index (a rebuild), atomically for readers.</summary>
    public void ReplaceAll(IEnumerable<Document> documents)
    {
        _gate.EnterWriteLock();
        try
        {
            _writer.DeleteAll();
            _writer.AddDocuments(documents);
            Commit();
            _uncommitted = false;
            var written = Interlocked.Increment(ref _written);
            _searchers.MaybeRefreshBlocking();
            lock (_refreshSync) _visible = Math.Max(_visible, written);
        }
        finally { _gate.ExitWriteLock(); }
    }

    /// <summary>Adds or replaces (or, with no document, removes) the documents whose <paramref name="idField"/> equals
    /// <paramref name="id"/>; searchable when the task ends.</summary>
    public Task UpsertAsync(string idField, string id, Document? document)
    {
        long generation;
        _gate.EnterReadLock();
        try
        {
            if (document is null) _writer.DeleteDocuments(new Term(idField, id));
            else _writer.UpdateDocument(new Term(idField, id), document);
            generation = Written();
        }
        finally { _gate.ExitReadLock(); }
        return VisibleAsync(generation);
    }

    /// <summary>Adds or replaces a batch; searchable when the task ends.</summary>
    public Task UpsertManyAsync(string idField, IEnumerable<(string Id, Document Document)> documents)
    {
        long generation;
        _gate.EnterReadLock();
        try
        {
            foreach (var (id, document) in documents) _writer.UpdateDocument(new Term(idField, id), document);
            generation = Written();
        }
        finally { _gate.ExitReadLock(); }
        return VisibleAsync(generation);
    }

    /// <summary>Numbers a finished change: every number up to the counter's value belongs to a change already in the writer.</summary>
    private long Written()
    {
        _uncommitted = true;
        return Interlocked.Increment(ref _written);
    }

    /// <summary>Ends when the searchers show the change numbered <paramref name="generation"/>.</summary>
    private Task VisibleAsync(long generation)
    {
        lock (_refreshSync)
        {
            if (_visible >= generation) return Task.CompletedTask;
            _nextRefresh ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_refreshing)
            {
                _refreshing = true;
                ThreadPool.UnsafeQueueUserWorkItem(static index => index.RefreshWhileWaited(), this, preferLocal: false);
            }
            return _nextRefresh.Task;
        }
    }

    /// <summary>One refresh at a time, each for everyone waiting when it begins, until nobody waits.</summary>
    private void RefreshWhileWaited()
    {
        while (true)
        {
            TaskCompletionSource waiting;
            lock (_refreshSync)
            {
                if (_nextRefresh is null)
                {
                    _refreshing = false;
                    return;
                }
                waiting = _nextRefresh;
                _nextRefresh = null;
            }
            // Read after the waiters joined: every change they wait for has a number up to this one.
            var target = Volatile.Read(ref _written);
            try
            {
                _gate.EnterReadLock();
                try { _searchers.MaybeRefreshBlocking(); }
                finally { _gate.ExitReadLock(); }
                lock (_refreshSync) _visible = Math.Max(_visible, target);
                waiting.SetResult();
            }
            catch (Exception e)
            {
                waiting.SetException(e);
            }
        }
    }

    /// <summary>Commits what <see cref="UpsertAsync"/> changed since the last commit (the timer's work; also at dispose).</summary>
    public void CommitPending()
    {
        _gate.EnterWriteLock();
        try
        {
            if (!_uncommitted || _disposed) return;
            Commit();
            _uncommitted = false;
        }
        finally { _gate.ExitWriteLock(); }
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try { return search(searcher); }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>The analyzed terms of a text for a field (e.g. its CJK bigrams).</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _commitTimer?.Dispose();
        CommitPending();
        _gate.EnterWriteLock();
        try { _disposed = true; }
        finally { _gate.ExitWriteLock(); }
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
        _words?.Dispose();
        // The gate is not disposed: a commit tick already under way must still find it (and then _disposed).
    }
}
