using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elasticsearch.Net;
using Microsoft.Extensions.Logging;

namespace Dalad.Search.Elasticsearch;

/// <summary>
/// Full-text search on an Elasticsearch 7 cluster through the low-level client (Elasticsearch.Net), for the scaled
/// profile where several instances share one index. The same behaviour as the Lucene backend: CJK-aware text fields,
/// every query filtered by the caller's bodies, results best first with ties by id.
/// - Each index is an alias (<c>{prefix}-{index}</c>) over one physical index (<c>{alias}-{timestamp}</c>) created with
///   explicit mappings; a rebuild fills a new physical index and then switches the alias in one atomic action.
/// - Writes go through the bulk API. Items refused for a passing reason (429, 5xx) are sent again; items refused for
///   good (a mapping conflict) are logged and reported; nothing is dropped silently.
/// - No refresh per write: the cluster makes writes visible within its refresh interval (1 s), and
///   <see cref="RefreshAsync"/> exists for the read that must see its own write.
/// </summary>
public sealed class ElasticsearchFullTextSearch : IFullTextSearch
{
    private readonly IElasticLowLevelClient _client;
    private readonly ElasticsearchOptions _options;
    private readonly ILogger<ElasticsearchFullTextSearch> _logger;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _ensured = new(StringComparer.Ordinal);

    // While a rebuild fills a new physical index, writes go to it as well as to the alias, so none is lost at the switch.
    private readonly ConcurrentDictionary<string, string> _rebuilding = new(StringComparer.Ordinal);

    public ElasticsearchFullTextSearch(ElasticsearchOptions options, ILogger<ElasticsearchFullTextSearch> logger, TimeProvider? time = null, IConnection? connection = null)
    {
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        IConnectionPool pool = options.Urls.Count == 1 ? new SingleNodeConnectionPool(options.Urls[0]) : new StaticConnectionPool(options.Urls);
        var settings = new ConnectionConfiguration(pool, connection)
            .RequestTimeout(options.RequestTimeout)
            .ThrowExceptions(false);
        if (options.Username is { Length: > 0 }) settings = settings.BasicAuthentication(options.Username, options.Password ?? "");
        _client = new ElasticLowLevelClient(settings);
    }

    public IElasticLowLevelClient Client => _client;

    public string Alias(string index)
    {
        if (index.Length == 0 || !index.All(c => char.IsAsciiLetterLower(c) || c == '-')) throw new ArgumentException($"Bad index name {index}.", nameof(index));
        return _options.IndexPrefix + "-" + index;
    }

    public async Task IndexAsync(FullTextDocument document, CancellationToken cancellationToken = default)
    {
        var alias = await EnsureIndexAsync(document.Index, cancellationToken);
        await BulkAsync([alias, .. RebuildTarget(document.Index)], [document], cancellationToken);
    }

    public async Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default)
    {
        var alias = await EnsureIndexAsync(index, cancellationToken);
        foreach (var target in (string[])[alias, .. RebuildTarget(index)])
        {
            var response = await _client.DeleteAsync<StringResponse>(target, id, ctx: cancellationToken);
            if (response.HttpStatusCode != 404) Ensure(response, $"delete {id} from {target}");
        }
    }

    public async Task<IReadOnlyList<FullTextHit>> SearchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default) =>
        (await SearchPageAsync(index, query, visibleBodyCodes, max, after: null, cancellationToken)).Hits;

    public async Task<FullTextPage> SearchPageAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int size, string? after, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || visibleBodyCodes is { Count: 0 }) return new FullTextPage([], null);
        var cursor = SearchCursor.Parse(after);
        var alias = await EnsureIndexAsync(index, cancellationToken);
        var n = Math.Clamp(size, 1, 200);
        var body = SearchBody(query.Trim(), visibleBodyCodes, n, cursor);
        var response = await _client.SearchAsync<StringResponse>(alias, PostData.String(body.ToJsonString()), ctx: cancellationToken);
        Ensure(response, $"search {alias}");

        var hits = new List<FullTextHit>();
        foreach (var hit in JsonNode.Parse(response.Body)?["hits"]?["hits"]?.AsArray() ?? [])
        {
            var (title, snippet) = TitleAndSnippet(hit!, query);
            hits.Add(new FullTextHit(hit!["_id"]!.GetValue<string>(), title, snippet, hit["_score"]?.GetValue<float>() ?? 0));
        }
        var next = hits.Count == n ? SearchCursor.Format(hits[^1].Score, hits[^1].Id) : null;
        return new FullTextPage(hits, next);
    }

    public async Task<FullTextMatches> MatchAsync(string index, string query, IReadOnlyCollection<string>? visibleBodyCodes, int max, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || visibleBodyCodes is { Count: 0 }) return new FullTextMatches([], false);
        var alias = await EnsureIndexAsync(index, cancellationToken);
        var n = Math.Clamp(max, 1, IFullTextSearch.MaxMatches);
        // One more than asked tells whether there are more; ids and scores only, no source and no highlight.
        // The values come back from the source (a small object per hit); the facets are counted by the caller over these
        // matches, as on Lucene, not by a terms aggregation (which would count every match, not the considered ones).
        var body = SearchBody(query.Trim(), visibleBodyCodes, Math.Min(n + 1, IFullTextSearch.MaxMatches), after: null, withText: false);
        // The same budget as on Lucene: each shard stops collecting after that many matches and the response says
        // terminated_early, so a query of common words costs what a selective one does.
        body["terminate_after"] = IFullTextSearch.MatchBudget;
        var response = await _client.SearchAsync<StringResponse>(alias, PostData.String(body.ToJsonString()), ctx: cancellationToken);
        Ensure(response, $"search {alias}");
        var json = JsonNode.Parse(response.Body);
        var matches = (json?["hits"]?["hits"]?.AsArray() ?? [])
            .Select(hit => new FullTextMatch(hit!["_id"]!.GetValue<string>(), hit["_score"]?.GetValue<float>() ?? 0, ValuesOf(hit["_source"]?["values"]))).ToList();
        var bounded = json?["terminated_early"]?.GetValue<bool>() == true;
        var more = matches.Count > n || bounded;
        if (matches.Count > n) matches.RemoveRange(n, matches.Count - n);
        // The budget holds per shard: at most that many on each of the index's shards were examined.
        return new FullTextMatches(matches, more) { BoundedTo = bounded ? IFullTextSearch.MatchBudget * Math.Max(1, _options.Shards) : null };
    }

    public async Task<IReadOnlyDictionary<string, FullTextText>> TextsAsync(string index, string query, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var texts = new Dictionary<string, FullTextText>(StringComparer.Ordinal);
        if (ids.Count == 0) return texts;
        var alias = await EnsureIndexAsync(index, cancellationToken);
        var distinct = ids.Distinct().ToList();
        // The documents by id, highlighted for the query as a search would highlight them.
        var body = new JsonObject
        {
            ["size"] = distinct.Count,
            ["track_total_hits"] = false,
            ["query"] = new JsonObject { ["ids"] = new JsonObject { ["values"] = new JsonArray(distinct.Select(id => (JsonNode)id).ToArray()) } },
            ["_source"] = new JsonArray("title", "text"),
            ["highlight"] = Highlight(query.Trim()),
        };
        var response = await _client.SearchAsync<StringResponse>(alias, PostData.String(body.ToJsonString()), ctx: cancellationToken);
        Ensure(response, $"search {alias}");
        foreach (var hit in JsonNode.Parse(response.Body)?["hits"]?["hits"]?.AsArray() ?? [])
        {
            var (title, snippet) = TitleAndSnippet(hit!, query);
            texts[hit!["_id"]!.GetValue<string>()] = new FullTextText(title, snippet);
        }
        return texts;
    }

    /// <summary>A document's values as stored (each key a string or an array of strings); null when written without them.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>>? ValuesOf(JsonNode? values) => values is JsonObject o
        ? o.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value is JsonArray a ? a.Select(v => v!.GetValue<string>()).ToList() : [p.Value!.GetValue<string>()]), StringComparer.Ordinal)
        : null;

    private static (string Title, string Snippet) TitleAndSnippet(JsonNode hit, string query)
    {
        var source = hit["_source"]!;
        var text = source["text"]?.GetValue<string>() ?? "";
        // The highlighter's fragment when it has one (the matched words in context), else the text's start.
        var snippet = hit["highlight"]?["text"]?[0]?.GetValue<string>() is { } fragment
            ? fragment.Replace("<em>", "", StringComparison.Ordinal).Replace("</em>", "", StringComparison.Ordinal)
            : SearchHighlighter.Snippet(text, query);
        return (source["title"]?.GetValue<string>() ?? "", snippet);
    }

    /// <summary>The query the cluster runs: every word must match (like the Lucene backend's AND), the title counts
    /// double, and the caller's bodies are a filter inside the request, never left to the caller to apply.</summary>
    internal static JsonObject SearchBody(string query, IReadOnlyCollection<string>? visibleBodyCodes, int size, SearchCursor? after, bool withText = true)
    {
        var boolQuery = new JsonObject { ["must"] = new JsonArray(TextQuery(query)) };
        if (visibleBodyCodes is not null)
            boolQuery["filter"] = new JsonArray(new JsonObject { ["terms"] = new JsonObject { ["owner"] = new JsonArray(visibleBodyCodes.Distinct().Select(c => (JsonNode)c).ToArray()) } });
        var body = new JsonObject
        {
            ["size"] = size,
            ["track_total_hits"] = false,
            ["query"] = new JsonObject { ["bool"] = boolQuery },
            ["sort"] = new JsonArray(new JsonObject { ["_score"] = "desc" }, new JsonObject { ["id"] = "asc" }),
        };
        if (withText)
        {
            body["_source"] = new JsonArray("title", "text");
            body["highlight"] = Highlight(query);
        }
        else body["_source"] = new JsonArray("values");
        if (after is { } cursor) body["search_after"] = new JsonArray(cursor.Score, cursor.Id);
        return body;
    }

    private static JsonObject TextQuery(string query) => new()
    {
        ["multi_match"] = new JsonObject { ["query"] = query, ["fields"] = new JsonArray("title^2", "text"), ["operator"] = "and" },
    };

    /// <summary>One fragment of the text around the query's words; by the query's own words also where the search was by id.</summary>
    private static JsonObject Highlight(string query) => new()
    {
        ["highlight_query"] = TextQuery(query),
        ["fields"] = new JsonObject { ["text"] = new JsonObject { ["fragment_size"] = 60, ["number_of_fragments"] = 1 } },
    };

    public async Task RefreshAsync(string index, CancellationToken cancellationToken = default)
    {
        var alias = await EnsureIndexAsync(index, cancellationToken);
        Ensure(await _client.Indices.RefreshAsync<StringResponse>(alias, ctx: cancellationToken), $"refresh {alias}");
    }

    public async Task<int> CountAsync(string index, CancellationToken cancellationToken = default)
    {
        var alias = Alias(index);
        var response = await _client.CountAsync<StringResponse>(alias, PostData.Empty, ctx: cancellationToken);
        if (response.HttpStatusCode == 404) return 0; // never created: empty
        Ensure(response, $"count {alias}");
        return JsonNode.Parse(response.Body)!["count"]!.GetValue<int>();
    }

    /// <summary>
    /// A rebuild: a new physical index filled by bulk requests (refresh off, no replicas while loading), refreshed,
    /// then the alias moved to it in one action and the old index deleted. Readers see the old content until the switch.
    /// </summary>
    public async Task ReplaceAllAsync(string index, IEnumerable<FullTextDocument> documents, CancellationToken cancellationToken = default)
    {
        var alias = Alias(index);
        var target = await CreatePhysicalIndexAsync(alias, withAlias: false, loading: true, cancellationToken);
        _rebuilding[index] = target;
        try
        {
            var count = 0;
            foreach (var batch in documents.Chunk(Math.Max(1, _options.BulkSize)))
            {
                await BulkAsync([target], batch, cancellationToken);
                count += batch.Length;
            }
            var settings = new JsonObject { ["index"] = new JsonObject { ["refresh_interval"] = "1s", ["number_of_replicas"] = _options.Replicas } };
            Ensure(await _client.Indices.UpdateSettingsAsync<StringResponse>(target, PostData.String(settings.ToJsonString()), ctx: cancellationToken), $"settings of {target}");
            Ensure(await _client.Indices.RefreshAsync<StringResponse>(target, ctx: cancellationToken), $"refresh {target}");

            var old = await PhysicalIndicesAsync(alias, cancellationToken);
            var actions = new JsonArray();
            foreach (var name in old) actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = name, ["alias"] = alias } });
            actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = target, ["alias"] = alias } });
            Ensure(await _client.Indices.BulkAliasForAllAsync<StringResponse>(PostData.String(new JsonObject { ["actions"] = actions }.ToJsonString()), ctx: cancellationToken), $"move alias {alias} to {target}");
            _ensured[index] = new Lazy<Task>(Task.CompletedTask);
            foreach (var name in old)
            {
                var deleted = await _client.Indices.DeleteAsync<StringResponse>(name, ctx: cancellationToken);
                if (!deleted.Success) _logger.LogWarning("Old search index {Index} was not deleted: {Error}", name, Describe(deleted));
            }
            _logger.LogInformation("Search index {Alias} rebuilt into {Target}: {Count} documents", alias, target, count);
        }
        catch
        {
            // A failed rebuild leaves the alias where it was; the half-filled index is removed.
            await _client.Indices.DeleteAsync<StringResponse>(target, ctx: CancellationToken.None);
            throw;
        }
        finally
        {
            _rebuilding.TryRemove(index, out _);
        }
    }

    public async Task IndexManyAsync(IReadOnlyCollection<FullTextDocument> documents, CancellationToken cancellationToken = default)
    {
        foreach (var batch in documents.GroupBy(d => d.Index))
        {
            var alias = await EnsureIndexAsync(batch.Key, cancellationToken);
            foreach (var chunk in batch.Chunk(Math.Max(1, _options.BulkSize)))
                await BulkAsync([alias, .. RebuildTarget(batch.Key)], chunk, cancellationToken);
        }
    }

    /// <summary>Documents without a "values" object (written before it existed), by a count with must_not exists.</summary>
    public async Task<int> CountWithoutValuesAsync(string index, CancellationToken cancellationToken = default)
    {
        var alias = Alias(index);
        var body = new JsonObject
        {
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["must_not"] = new JsonArray(new JsonObject { ["exists"] = new JsonObject { ["field"] = "values" } }) } },
        };
        var response = await _client.CountAsync<StringResponse>(alias, PostData.String(body.ToJsonString()), ctx: cancellationToken);
        if (response.HttpStatusCode == 404) return 0;
        Ensure(response, $"count without values {alias}");
        return JsonNode.Parse(response.Body)!["count"]!.GetValue<int>();
    }

    /// <summary>The newest "updated" by a max aggregation (no document is read); null for a missing or empty index.</summary>
    public async Task<DateTime?> NewestAsync(string index, CancellationToken cancellationToken = default)
    {
        var alias = Alias(index);
        var body = new JsonObject { ["size"] = 0, ["aggs"] = new JsonObject { ["newest"] = new JsonObject { ["max"] = new JsonObject { ["field"] = "updated" } } } };
        var response = await _client.SearchAsync<StringResponse>(alias, PostData.String(body.ToJsonString()), ctx: cancellationToken);
        if (response.HttpStatusCode == 404) return null;
        Ensure(response, $"newest of {alias}");
        var value = JsonNode.Parse(response.Body)?["aggregations"]?["newest"]?["value"];
        return value is null ? null : DateTime.UnixEpoch.AddMilliseconds(value.GetValue<double>());
    }

    private string[] RebuildTarget(string index) => _rebuilding.TryGetValue(index, out var target) ? [target] : [];

    /// <summary>The alias exists (created with its first physical index on first use, by whichever instance is first).</summary>
    private async Task<string> EnsureIndexAsync(string index, CancellationToken ct)
    {
        var alias = Alias(index);
        var ensure = _ensured.GetOrAdd(index, _ => new Lazy<Task>(() => EnsureAliasAsync(alias)));
        try
        {
            await ensure.Value.WaitAsync(ct);
        }
        catch
        {
            _ensured.TryRemove(index, out _); // try again next time (the cluster may be back)
            throw;
        }
        return alias;
    }

    private async Task EnsureAliasAsync(string alias)
    {
        var exists = await _client.Indices.AliasExistsForAllAsync<VoidResponse>(alias);
        if (exists.HttpStatusCode == 200)
        {
            // An index created before "values" existed (the mapping is strict): the field is added in place (adding a
            // field is allowed on a live index); its documents get values when the owner feeds it again.
            var mapping = new JsonObject { ["properties"] = new JsonObject { ["values"] = ValuesMapping() } };
            var put = await _client.Indices.PutMappingAsync<StringResponse>(alias, PostData.String(mapping.ToJsonString()));
            if (!put.Success) _logger.LogWarning("Search index {Alias}: the values field could not be added to its mapping: {Error}", alias, Describe(put));
            return;
        }
        if (exists.HttpStatusCode != 404) Ensure(exists, $"look up alias {alias}");
        await CreatePhysicalIndexAsync(alias, withAlias: true, loading: false, CancellationToken.None);
    }

    private async Task<string> CreatePhysicalIndexAsync(string alias, bool withAlias, bool loading, CancellationToken ct)
    {
        var name = alias + "-" + _time.GetUtcNow().ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var response = await _client.Indices.CreateAsync<StringResponse>(name, PostData.String(IndexDefinition(alias, withAlias, loading).ToJsonString()), ctx: ct);
        // Two instances starting together: the other one created it; its alias is as good as ours.
        if (!response.Success && withAlias && response.Body?.Contains("resource_already_exists_exception", StringComparison.Ordinal) == true) return name;
        Ensure(response, $"create index {name}");
        return name;
    }

    /// <summary>Settings and explicit mappings: codes are keywords, text is analysed for Chinese; unknown fields are refused.</summary>
    internal JsonObject IndexDefinition(string alias, bool withAlias, bool loading)
    {
        JsonObject Text() => _options.Analyzer == "ik"
            ? new JsonObject { ["type"] = "text", ["analyzer"] = "ik_max_word", ["search_analyzer"] = "ik_smart" }
            : new JsonObject { ["type"] = "text", ["analyzer"] = _options.Analyzer };
        var definition = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["number_of_shards"] = _options.Shards,
                // While a rebuild loads, no replicas and no refresh: both come back before the alias moves.
                ["number_of_replicas"] = loading ? 0 : _options.Replicas,
                ["refresh_interval"] = loading ? "-1" : "1s",
            },
            ["mappings"] = new JsonObject
            {
                ["dynamic"] = "strict",
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "keyword" },
                    ["owner"] = new JsonObject { ["type"] = "keyword" },
                    ["title"] = Text(),
                    ["text"] = Text(),
                    ["updated"] = new JsonObject { ["type"] = "date" },
                    // Keyword values under one field: each key is indexed as a keyword, whatever the owner names it.
                    ["values"] = ValuesMapping(),
                },
            },
        };
        if (withAlias) definition["aliases"] = new JsonObject { [alias] = new JsonObject() };
        return definition;
    }

    private static JsonObject ValuesMapping() => new() { ["type"] = "flattened" };

    private async Task<IReadOnlyList<string>> PhysicalIndicesAsync(string alias, CancellationToken ct)
    {
        var response = await _client.Indices.GetAliasForAllAsync<StringResponse>(alias, ctx: ct);
        if (response.HttpStatusCode == 404) return [];
        Ensure(response, $"read alias {alias}");
        return JsonNode.Parse(response.Body)!.AsObject().Select(p => p.Key).ToList();
    }

    internal static string Document(FullTextDocument document)
    {
        var json = new JsonObject
        {
            ["id"] = document.Id,
            ["owner"] = new JsonArray(document.OwnerBodyCodes.Distinct().Select(c => (JsonNode)c).ToArray()),
            ["title"] = document.Title,
            ["text"] = document.Text,
            ["updated"] = DateTime.SpecifyKind(document.UpdatedAt, DateTimeKind.Utc).ToString("O"),
        };
        if (document.Values is { } values)
            json["values"] = new JsonObject(values.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray(p.Value.Distinct().Select(v => (JsonNode)v).ToArray()))));
        return json.ToJsonString();
    }

    /// <summary>
    /// Sends documents to each target with the bulk API. Items refused for a passing reason are sent again (with a
    /// growing pause) up to <see cref="ElasticsearchOptions.BulkRetries"/> times; any item still refused, or refused
    /// for good (mapping conflict, bad document), is logged with its reason and the call fails naming it, so the
    /// caller's event is retried or its rebuild fails rather than the index silently missing documents.
    /// </summary>
    private async Task BulkAsync(IReadOnlyList<string> targets, IReadOnlyList<FullTextDocument> documents, CancellationToken ct)
    {
        var pending = targets.SelectMany(t => documents.Select(d => (Target: t, Document: d))).ToList();
        var failedForGood = new List<string>();
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var body = new StringBuilder();
            foreach (var (target, document) in pending)
            {
                body.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = target, ["_id"] = document.Id } }.ToJsonString()).Append('\n');
                body.Append(Document(document)).Append('\n');
            }
            var response = await _client.BulkAsync<StringResponse>(PostData.String(body.ToString()), ctx: ct);
            Ensure(response, "bulk");
            var result = JsonNode.Parse(response.Body)!;
            if (result["errors"]?.GetValue<bool>() != true) break;

            var retry = new List<(string, FullTextDocument)>();
            var items = result["items"]!.AsArray();
            for (var i = 0; i < items.Count && i < pending.Count; i++)
            {
                var item = items[i]!["index"]!;
                var status = item["status"]!.GetValue<int>();
                if (status is >= 200 and < 300) continue;
                var reason = item["error"]?["type"]?.GetValue<string>() + ": " + item["error"]?["reason"]?.GetValue<string>();
                if ((status == 429 || status >= 500) && attempt < _options.BulkRetries)
                {
                    _logger.LogWarning("Search document {Id} in {Index} refused ({Status} {Reason}); sending it again", pending[i].Document.Id, pending[i].Target, status, reason);
                    retry.Add(pending[i]);
                }
                else
                {
                    _logger.LogError("Search document {Id} in {Index} refused ({Status} {Reason})", pending[i].Document.Id, pending[i].Target, status, reason);
                    failedForGood.Add($"{pending[i].Document.Id} ({status} {reason})");
                }
            }
            pending = retry;
            if (pending.Count > 0) await Task.Delay(TimeSpan.FromMilliseconds(200 * (1 << attempt)), _time, ct);
        }
        if (failedForGood.Count > 0)
            throw new InvalidOperationException($"Elasticsearch refused {failedForGood.Count} document(s): {string.Join("; ", failedForGood.Take(10))}");
    }

    /// <summary>A call that did not succeed: unreachable (no status) is <see cref="SearchUnavailableException"/>, the rest an error with the cluster's reason.</summary>
    private static void Ensure(IElasticsearchResponse response, string what)
    {
        var call = response.ApiCall;
        if (call.Success) return;
        if (call.HttpStatusCode is null or 502 or 503 or 504)
            throw new SearchUnavailableException($"Elasticsearch did not answer ({what}): {Describe(response)}", call.OriginalException);
        throw new InvalidOperationException($"Elasticsearch refused to {what}: {Describe(response)}", call.OriginalException);
    }

    /// <summary>The cluster's own reason ("400 illegal_argument_exception: …") from the answer's body, which a
    /// <see cref="StringResponse"/> always holds (the call's raw bytes are kept only with direct streaming off).</summary>
    private static string Describe(IElasticsearchResponse response)
    {
        var call = response.ApiCall;
        if (call.HttpStatusCode is null) return call.OriginalException?.Message ?? "no answer";
        var body = (response as StringResponse)?.Body ?? "";
        try
        {
            var error = JsonNode.Parse(body)?["error"];
            if (error?["type"] is not null) return $"{call.HttpStatusCode} {error["type"]}: {error["reason"]}";
        }
        catch (JsonException) { }
        return $"{call.HttpStatusCode} {(body.Length > 200 ? body[..200] : body)}";
    }
}
