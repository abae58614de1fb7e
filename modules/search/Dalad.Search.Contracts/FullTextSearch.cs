namespace Dalad.Search;

/// <summary>A record that full-text search can find, with the bodies whose members may see it.</summary>
/// <param name="Index">The index it lives in, e.g. "cases".</param>
/// <param name="Id">The record's id within its index.</param>
public sealed record FullTextDocument(string Index, string Id, string Title, string Text, IReadOnlyList<string> OwnerBodyCodes, DateTime UpdatedAt);

public sealed record FullTextHit(string Id, string Title, string Snippet, float Score);

/// <summary>One page of hits, best first, and the cursor of the next page (null on the last page).</summary>
public sealed record FullTextPage(IReadOnlyList<FullTextHit> Hits, string? Next);

/// <summary>The ids of a query's best matches (best first), and whether the index holds more than were returned.</summary>
public sealed record FullTextMatches(IReadOnlyList<string> Ids, bool More);

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
    /// The ids of the best <paramref name="max"/> matches within the caller's bodies, without their stored text or
    /// snippets: for a caller that reads the records from its own database (the inbox's text filter). The default pages
    /// through <see cref="SearchPageAsync"/>; a backend may answer it in one cheaper call.
    /// </summary>
    async Task<FullTextMatches> MatchIdsAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await SearchPageAsync(index, query, visibleBodyCodes, 200, after, cancellationToken);
            ids.AddRange(page.Hits.Select(h => h.Id));
            after = page.Next;
        }
        while (after is not null && ids.Count <= max);
        return ids.Count > max ? new FullTextMatches(ids[..max], true) : new FullTextMatches(ids, false);
    }

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
}

public static class SearchPermissions
{
    public const string GroupName = "Dalad.Search";

    /// <summary>Full-text search over leads and cases (scoped to the caller's bodies).</summary>
    public const string Default = GroupName;

    /// <summary>Rebuild the indexes on demand (the register index and the routing model).</summary>
    public const string Rebuild = GroupName + ".Rebuild";
}
