namespace Dalad.Search;

/// <summary>A record that full-text search can find, with the bodies whose members may see it.</summary>
/// <param name="Index">The index it lives in, e.g. "cases".</param>
/// <param name="Id">The record's id within its index.</param>
/// <param name="Values">Keyword values kept whole beside the text (status, owners, territory, channel, day…), returned
/// with each match so that the owner counts facets and filters the considered matches without its database. Null for an
/// index whose owner keeps none.</param>
public sealed record FullTextDocument(string Index, string Id, string Title, string Text, IReadOnlyList<string> OwnerBodyCodes, DateTime UpdatedAt,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Values = null);

public sealed record FullTextHit(string Id, string Title, string Snippet, float Score);

/// <summary>One page of hits, best first, and the cursor of the next page (null on the last page).</summary>
public sealed record FullTextPage(IReadOnlyList<FullTextHit> Hits, string? Next);

/// <summary>A match without its text: what a caller needs to count and filter many matches before showing a few.</summary>
/// <param name="Values">The document's <see cref="FullTextDocument.Values"/> as indexed; null when it was written without
/// them (an index built before they existed: the owner reads those from its database).</param>
public sealed record FullTextMatch(string Id, float Score, IReadOnlyDictionary<string, IReadOnlyList<string>>? Values = null);

/// <summary>The best matches, best first (score, then id), and whether the index holds more beyond them.</summary>
public sealed record FullTextMatches(IReadOnlyList<FullTextMatch> Matches, bool More)
{
    /// <summary>
    /// Null when the best were chosen among every match. Otherwise the query matched more documents than one search
    /// examines (<see cref="IFullTextSearch.MatchBudget"/>), and this says among how many (about: on Elasticsearch the
    /// budget holds per shard) the best were chosen; a more relevant record may be left out. <see cref="More"/> is then
    /// true, and the caller must tell its user, not show the result as if complete.
    /// </summary>
    public int? BoundedTo { get; init; }

    public bool Bounded => BoundedTo is not null;
}

/// <summary>What a shown hit displays: its title and the snippet of its text around the query's words.</summary>
public sealed record FullTextText(string Title, string Snippet);

/// <summary>The search engine cannot be reached (a cluster down or unreachable): the caller degrades or answers 503.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null) : Dalad.Platform.Web.ServiceUnavailableException(message, inner);

/// <summary>
/// Full-text search over records of other modules (leads, cases…) with CJK bigram analysis. Department scoping
/// is applied here too: a hit is returned only if the caller may see one of its owning bodies.
/// </summary>
public interface IFullTextSearch
{
    Task IndexAsync(FullTextDocument document, CancellationToken cancellationToken = default);

    Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default);

    /// <param name="visibleBodyCodes">null = sees every body (joint office, administrators).</param>
    Task<IReadOnlyList<FullTextHit>> SearchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of hits after the one whose cursor is <paramref name="after"/> (null: the first page). Paging by cursor
    /// (Elasticsearch's search_after, Lucene's SearchAfter), never by offset, so a deep page costs what the first does.
    /// </summary>
    Task<FullTextPage> SearchPageAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int size, string? after, CancellationToken cancellationToken = default);

    /// <summary>
    /// The best <paramref name="max"/> matches (at most <see cref="MaxMatches"/>) in the order of
    /// <see cref="SearchPageAsync"/> (score, then id), read in one query without loading any stored text: the same
    /// matches as following that method's cursor pages up to <paramref name="max"/>, unless the query matches more than
    /// <see cref="MatchBudget"/> documents: then the best among the first <see cref="MatchBudget"/> examined
    /// (<see cref="FullTextMatches.BoundedTo"/>), so that a query of common words costs what a selective one does.
    /// </summary>
    Task<FullTextMatches> MatchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// The title and the snippet for <paramref name="query"/> of each id (the hits a page shows, after the caller has
    /// counted and filtered the matches), the same as <see cref="SearchPageAsync"/> returns for them. An id the index no
    /// longer holds is left out. No scope here: the ids come from a scoped <see cref="MatchAsync"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, FullTextText>> TextsAsync(string index, string query, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The most matches one <see cref="MatchAsync"/> returns (Elasticsearch's default result window).</summary>
    public const int MaxMatches = 10_000;

    /// <summary>How many matching documents one <see cref="MatchAsync"/> examines at most (scores and ranks). A query
    /// matching more (words found in a large part of the index) is ranked among these only and says so.</summary>
    public const int MatchBudget = 100_000;

    /// <summary>Makes every write so far visible to the next search. Only for a read that must see its own write:
    /// writes become visible on their own within a second.</summary>
    Task RefreshAsync(string index, CancellationToken cancellationToken = default);

    /// <summary>How many documents the index holds, so its owner can tell whether it is stale.</summary>
    Task<int> CountAsync(string index, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole content of an index in one commit (a rebuild from the owner's database).</summary>
    Task ReplaceAllAsync(string index, IEnumerable<FullTextDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a batch of documents in one write (a catch-up from the database); readers see each batch
    /// as it lands, and writes of other callers go on between batches.</summary>
    Task IndexManyAsync(IReadOnlyCollection<FullTextDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>The newest <see cref="FullTextDocument.UpdatedAt"/> the index holds (null when it is empty): the high-water
    /// mark from which its owner catches up at start, instead of reading its whole table.</summary>
    Task<DateTime?> NewestAsync(string index, CancellationToken cancellationToken = default);

    /// <summary>How many documents of the index were written without <see cref="FullTextDocument.Values"/> (by a version
    /// before them): an owner that writes values feeds its index whole when any is left.</summary>
    Task<int> CountWithoutValuesAsync(string index, CancellationToken cancellationToken = default);
}

public static class SearchPermissions
{
    public const string GroupName = "Dalad.Search";

    /// <summary>Full-text search over leads and cases (scoped to the caller's bodies).</summary>
    public const string Default = GroupName;

    /// <summary>Rebuild the indexes on demand (the register index and the routing model).</summary>
    public const string Rebuild = GroupName + ".Rebuild";
}
