using System.Text.Json.Nodes;
using Dalad.Search.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace Dalad.Search.Tests.Elasticsearch;

/// <summary>
/// The Elasticsearch backend's requests and its handling of the cluster's answers, over Elasticsearch.Net's in-memory
/// connection with answers in the shapes of the Elasticsearch 7 documentation. These prove what is sent and how an
/// answer (a partial bulk failure, a mapping conflict, a node down) is handled; they do not prove relevance, which only
/// a real cluster can (scripts/test-elasticsearch.sh).
/// </summary>
public sealed class ElasticsearchBackendTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);
    private const string NewIndex = "dalad-cases-20261203020000000";
    private const string BulkOk = """{"took":3,"errors":false,"items":[]}""";
    private readonly ScriptedConnection _es = new();
    private readonly ListLogger<ElasticsearchFullTextSearch> _log = new();

    private ElasticsearchFullTextSearch Backend(string analyzer = "cjk", params string[] urls) => new(
        new ElasticsearchOptions
        {
            Urls = (urls.Length == 0 ? ["http://es1:9200"] : urls).Select(u => new Uri(u)).ToList(),
            Shards = 3,
            Replicas = 2,
            Analyzer = analyzer,
            BulkRetries = 2,
        },
        _log, new FixedTime(Now), _es);

    public void Dispose() => ((IDisposable)_es).Dispose();

    private static FullTextDocument Doc(string id, string text, params string[] owners) =>
        new("cases", id, "案件 " + id, text, owners, Now.UtcDateTime);

    [Fact]
    public async Task The_first_write_creates_the_index_with_explicit_mappings_behind_its_alias_and_writes_through_bulk()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 404, "")
            .On("PUT", "/dalad-cases-", 200, """{"acknowledged":true,"shards_acknowledged":true,"index":"dalad-cases-20261203020000000"}""")
            .On("POST", "/_bulk", 200, BulkOk);
        var search = Backend("smartcn");

        await search.IndexAsync(Doc("c1", "和顺家园三期拖欠工资", "HRSS", "HOUSING"));
        await search.IndexAsync(Doc("c2", "恩格贝镇复垦项目", "HRSS"));

        var create = _es.To("PUT", "/dalad-cases-").ShouldHaveSingleItem();
        create.Path.ShouldStartWith("/" + NewIndex);
        var definition = JsonNode.Parse(create.Body)!;
        definition["settings"]!["number_of_shards"]!.GetValue<int>().ShouldBe(3);
        definition["settings"]!["number_of_replicas"]!.GetValue<int>().ShouldBe(2);
        definition["mappings"]!["dynamic"]!.GetValue<string>().ShouldBe("strict");
        var properties = definition["mappings"]!["properties"]!;
        properties["owner"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties["id"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties["text"]!["analyzer"]!.GetValue<string>().ShouldBe("smartcn");
        properties["title"]!["analyzer"]!.GetValue<string>().ShouldBe("smartcn");
        properties["values"]!["type"]!.GetValue<string>().ShouldBe("flattened"); // each facet value a keyword
        definition["aliases"]!["dalad-cases"].ShouldNotBeNull();
        _es.To("HEAD", "/_alias/").Count.ShouldBe(1); // the alias is looked up once, not per write

        var bulk = _es.To("POST", "/_bulk");
        bulk.Count.ShouldBe(2);
        bulk.ShouldAllBe(r => !r.Path.Contains("refresh=true")); // no refresh per write
        var lines = bulk[0].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonNode.Parse(lines[0])!["index"]!["_index"]!.GetValue<string>().ShouldBe("dalad-cases");
        JsonNode.Parse(lines[0])!["index"]!["_id"]!.GetValue<string>().ShouldBe("c1");
        JsonNode.Parse(lines[1])!["owner"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["HRSS", "HOUSING"]);
    }

    [Fact]
    public async Task A_batch_goes_in_one_bulk_request_and_the_high_water_mark_is_a_max_aggregation()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 200, "")
            .On("POST", "/_bulk", 200, BulkOk)
            .On("POST", "/dalad-cases/_search", 200, """{"took":1,"hits":{"total":{"value":2,"relation":"eq"},"hits":[]},"aggregations":{"newest":{"value":1.7647272E12,"value_as_string":"2025-12-03T02:00:00.000Z"}}}""");
        var search = Backend();

        await search.IndexManyAsync([Doc("c1", "拖欠工资", "HRSS"), Doc("c2", "复垦项目", "HRSS")]);
        var newest = await search.NewestAsync("cases");

        var bulk = _es.To("POST", "/_bulk").ShouldHaveSingleItem();
        bulk.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        var query = JsonNode.Parse(_es.To("POST", "/dalad-cases/_search").ShouldHaveSingleItem().Body)!;
        query["size"]!.GetValue<int>().ShouldBe(0);
        query["aggs"]!["newest"]!["max"]!["field"]!.GetValue<string>().ShouldBe("updated");
        newest.ShouldBe(new DateTime(2025, 12, 3, 2, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_missing_or_empty_index_has_no_high_water_mark()
    {
        _es.On("POST", "/dalad-cases/_search", 404, """{"error":{"type":"index_not_found_exception","reason":"no such index [dalad-cases]"},"status":404}""");
        (await Backend().NewestAsync("cases")).ShouldBeNull();
        _es.On("POST", "/dalad-leads/_search", 200, """{"took":1,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{"newest":{"value":null}}}""");
        (await Backend().NewestAsync("leads")).ShouldBeNull();
    }

    [Fact]
    public async Task A_refused_index_creation_fails_with_the_clusters_reason()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 404, "")
            .On("PUT", "/dalad-cases-", 400, """{"error":{"root_cause":[],"type":"illegal_argument_exception","reason":"unknown analyzer [smartcn]"},"status":400}""");

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => Backend("smartcn").IndexAsync(Doc("c1", "工资", "HRSS")));

        failure.Message.ShouldContain("400 illegal_argument_exception: unknown analyzer [smartcn]");
        _es.To("POST", "/_bulk").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_ik_analyzer_indexes_with_max_word_and_searches_with_smart()
    {
        var properties = JsonNode.Parse(Backend("ik").IndexDefinition("dalad-cases", true, false).ToJsonString())!["mappings"]!["properties"]!;
        properties["text"]!["analyzer"]!.GetValue<string>().ShouldBe("ik_max_word");
        properties["text"]!["search_analyzer"]!.GetValue<string>().ShouldBe("ik_smart");
    }

    [Fact]
    public async Task A_bulk_with_a_partial_failure_sends_the_refused_document_again_and_loses_nothing()
    {
        var bulkCalls = 0;
        _es.On("GET", "/_alias/dalad-cases", 404, """{"error":"alias [dalad-cases] missing","status":404}""")
            .On("PUT", "/dalad-cases-", 200, """{"acknowledged":true}""")
            .On("PUT", "/" + NewIndex + "/_settings", 200, """{"acknowledged":true}""")
            .On("POST", "/" + NewIndex + "/_refresh", 200, """{"_shards":{"total":2,"successful":2,"failed":0}}""")
            .On("POST", "/_aliases", 200, """{"acknowledged":true}""")
            .On("POST", "/_bulk", _ => ++bulkCalls == 1
                ? (200, $$$$"""
                    {"took":30,"errors":true,"items":[
                      {"index":{"_index":"{{{{NewIndex}}}}","_id":"a","_version":1,"result":"created","status":201}},
                      {"index":{"_index":"{{{{NewIndex}}}}","_id":"b","status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}}},
                      {"index":{"_index":"{{{{NewIndex}}}}","_id":"c","_version":1,"result":"created","status":201}}]}
                    """)
                : (200, $$$$"""{"took":2,"errors":false,"items":[{"index":{"_index":"{{{{NewIndex}}}}","_id":"b","status":201}}]}"""));

        await Backend().ReplaceAllAsync("cases", [Doc("a", "甲", "HRSS"), Doc("b", "乙", "HRSS"), Doc("c", "丙", "HRSS")]);

        var bulk = _es.To("POST", "/_bulk");
        bulk.Count.ShouldBe(2);
        var resent = bulk[1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        resent.Length.ShouldBe(2); // only b: one action line and one document
        JsonNode.Parse(resent[0])!["index"]!["_id"]!.GetValue<string>().ShouldBe("b");
        JsonNode.Parse(resent[0])!["index"]!["_index"]!.GetValue<string>().ShouldBe(NewIndex);
        _log.Messages.ShouldContain(m => m.Level == LogLevel.Warning && m.Text.Contains('b') && m.Text.Contains("429"));
        _es.To("POST", "/_aliases").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_mapping_conflict_is_not_retried_is_logged_fails_the_rebuild_and_leaves_the_alias_where_it_was()
    {
        _es.On("GET", "/_alias/dalad-cases", 200, """{"dalad-cases-20261101000000000":{"aliases":{"dalad-cases":{}}}}""")
            .On("PUT", "/dalad-cases-", 200, """{"acknowledged":true}""")
            .On("DELETE", "/" + NewIndex, 200, """{"acknowledged":true}""")
            .On("POST", "/_bulk", 200, $$$$"""
                {"took":5,"errors":true,"items":[
                  {"index":{"_index":"{{{{NewIndex}}}}","_id":"a","status":201}},
                  {"index":{"_index":"{{{{NewIndex}}}}","_id":"b","status":400,"error":{"type":"mapper_parsing_exception","reason":"failed to parse field [updated] of type [date]"}}}]}
                """);

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => Backend().ReplaceAllAsync("cases", [Doc("a", "甲", "HRSS"), Doc("b", "乙", "HRSS")]));

        failure.Message.ShouldContain("b (400 mapper_parsing_exception");
        _es.To("POST", "/_bulk").Count.ShouldBe(1); // sending it again would fail again
        _log.Messages.ShouldContain(m => m.Level == LogLevel.Error && m.Text.Contains("mapper_parsing_exception"));
        _es.To("POST", "/_aliases").ShouldBeEmpty(); // readers keep the old index
        _es.To("DELETE", "/" + NewIndex).ShouldHaveSingleItem(); // the half-filled one is removed
        _es.To("DELETE", "/dalad-cases-20261101000000000").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rebuild_loads_without_refresh_restores_the_settings_refreshes_then_moves_the_alias_and_deletes_the_old_index()
    {
        const string old = "dalad-cases-20261101000000000";
        _es.On("GET", "/_alias/dalad-cases", 200, "{\"" + old + "\":{\"aliases\":{\"dalad-cases\":{}}}}")
            .On("PUT", "/dalad-cases-", 200, """{"acknowledged":true}""")
            .On("PUT", "/" + NewIndex + "/_settings", 200, """{"acknowledged":true}""")
            .On("POST", "/" + NewIndex + "/_refresh", 200, """{"_shards":{"total":2,"successful":2,"failed":0}}""")
            .On("POST", "/_aliases", 200, """{"acknowledged":true}""")
            .On("DELETE", "/" + old, 200, """{"acknowledged":true}""")
            .On("POST", "/_bulk", 200, BulkOk);

        await Backend().ReplaceAllAsync("cases", Enumerable.Range(1, 2500).Select(i => Doc("c" + i, "工资", "HRSS")));

        var create = JsonNode.Parse(_es.To("PUT", "/dalad-cases-")[0].Body)!;
        create["settings"]!["refresh_interval"]!.GetValue<string>().ShouldBe("-1");
        create["settings"]!["number_of_replicas"]!.GetValue<int>().ShouldBe(0);
        create["aliases"].ShouldBeNull(); // not readable before it is full
        _es.To("POST", "/_bulk").Count.ShouldBe(3); // 1000 + 1000 + 500
        var settings = JsonNode.Parse(_es.To("PUT", "/" + NewIndex + "/_settings").ShouldHaveSingleItem().Body)!;
        settings["index"]!["number_of_replicas"]!.GetValue<int>().ShouldBe(2);

        var order = _es.Sent.Select(r => r.ToString()).ToList();
        var switched = order.FindIndex(r => r.StartsWith("POST /_aliases", StringComparison.Ordinal));
        switched.ShouldBeGreaterThan(order.FindIndex(r => r.StartsWith("POST /" + NewIndex + "/_refresh", StringComparison.Ordinal)));
        order.FindIndex(r => r.StartsWith("DELETE /" + old, StringComparison.Ordinal)).ShouldBeGreaterThan(switched);
        var actions = JsonNode.Parse(_es.To("POST", "/_aliases").Single().Body)!["actions"]!.AsArray();
        actions[0]!["remove"]!["index"]!.GetValue<string>().ShouldBe(old);
        actions[1]!["add"]!["index"]!.GetValue<string>().ShouldBe(NewIndex);
        actions[1]!["add"]!["alias"]!.GetValue<string>().ShouldBe("dalad-cases");
    }

    private const string TwoHits = """
        {"took":4,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"max_score":null,"hits":[
           {"_index":"dalad-cases-20261203020000000","_type":"_doc","_id":"c1","_score":2.5,"_source":{"title":"案件 c1","text":"和顺家园三期拖欠工资"},"highlight":{"text":["和顺家园三期拖欠<em>工资</em>"]},"sort":[2.5,"c1"]},
           {"_index":"dalad-cases-20261203020000000","_type":"_doc","_id":"c7","_score":1.25,"_source":{"title":"案件 c7","text":"复垦项目工资"},"sort":[1.25,"c7"]}]}}
        """;

    [Fact]
    public async Task Every_query_carries_the_callers_bodies_as_a_filter_in_the_request()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 200, "").On("POST", "/dalad-cases/_search", 200, TwoHits);
        var search = Backend();

        var hits = await search.SearchAsync("cases", "和顺 工资", ["HOUSING", "T01"], 20);

        hits.Select(h => h.Id).ShouldBe(["c1", "c7"]);
        hits[0].Snippet.ShouldBe("和顺家园三期拖欠工资");
        hits[1].Title.ShouldBe("案件 c7");
        var body = JsonNode.Parse(_es.To("POST", "/dalad-cases/_search").Single().Body)!;
        body["query"]!["bool"]!["filter"]![0]!["terms"]!["owner"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["HOUSING", "T01"]);
        body["query"]!["bool"]!["must"]![0]!["multi_match"]!["operator"]!.GetValue<string>().ShouldBe("and");

        // Sees everything (the joint office): no filter; sees nothing: no request at all.
        await search.SearchAsync("cases", "工资", null, 20);
        JsonNode.Parse(_es.To("POST", "/dalad-cases/_search")[^1].Body)!["query"]!["bool"]!["filter"].ShouldBeNull();
        (await search.SearchAsync("cases", "工资", [], 20)).ShouldBeEmpty();
        _es.To("POST", "/dalad-cases/_search").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Pages_follow_each_other_with_search_after_and_the_last_page_has_no_next()
    {
        var calls = 0;
        _es.On("HEAD", "/_alias/dalad-cases", 200, "")
            .On("POST", "/dalad-cases/_search", _ => ++calls == 1 ? (200, TwoHits) : (200, """{"took":1,"hits":{"hits":[{"_id":"c9","_score":0.5,"_source":{"title":"案件 c9","text":"工资"},"sort":[0.5,"c9"]}]}}"""));
        var search = Backend();

        var first = await search.SearchPageAsync("cases", "工资", null, 2, after: null);
        first.Hits.Count.ShouldBe(2);
        first.Next.ShouldNotBeNull();
        var second = await search.SearchPageAsync("cases", "工资", null, 2, first.Next);

        second.Hits.ShouldHaveSingleItem().Id.ShouldBe("c9");
        second.Next.ShouldBeNull();
        var requests = _es.To("POST", "/dalad-cases/_search");
        JsonNode.Parse(requests[0].Body)!["search_after"].ShouldBeNull();
        var after = JsonNode.Parse(requests[1].Body)!["search_after"]!.AsArray();
        after[0]!.GetValue<float>().ShouldBe(1.25f);
        after[1]!.GetValue<string>().ShouldBe("c7");
        JsonNode.Parse(requests[1].Body)!["sort"]!.ToJsonString().ShouldBe("""[{"_score":"desc"},{"id":"asc"}]""");
        await Should.ThrowAsync<Dalad.Platform.Web.BusinessException>(() => search.SearchPageAsync("cases", "工资", null, 2, "not-a-cursor"));
    }

    [Fact]
    public async Task A_search_a_shard_ended_at_the_match_budget_is_bounded_and_says_so()
    {
        // terminate_after reached on a shard: the response says terminated_early (Elasticsearch 7's search API).
        _es.On("HEAD", "/_alias/dalad-cases", 200, "")
            .On("POST", "/dalad-cases/_search", 200, """{"took":40,"timed_out":false,"terminated_early":true,"hits":{"hits":[{"_id":"c1","_score":2.5,"sort":[2.5,"c1"]}]}}""");
        var search = Backend();

        var matches = await search.MatchAsync("cases", "劳务 公司", null, 1000);

        matches.Matches.ShouldHaveSingleItem().Id.ShouldBe("c1");
        matches.Bounded.ShouldBeTrue();
        matches.BoundedTo.ShouldBe(3 * IFullTextSearch.MatchBudget); // the budget per shard, three shards in these tests
        matches.More.ShouldBeTrue(); // fewer came back than asked, but the shard stopped before the end
    }

    [Fact]
    public async Task The_best_matches_are_one_request_for_ids_and_scores_and_the_shown_texts_one_request_by_id()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 200, "")
            .On("POST", "/dalad-cases/_search", 200, """{"took":2,"hits":{"hits":[{"_id":"c1","_score":2.5,"_source":{"values":{"status":["handling"],"bodies":["HRSS","HOUSING"]}},"sort":[2.5,"c1"]},{"_id":"c7","_score":1.25,"_source":{},"sort":[1.25,"c7"]},{"_id":"c9","_score":0.5,"sort":[0.5,"c9"]}]}}""");
        var search = Backend();

        var best = await search.MatchAsync("cases", " 和顺 工资 ", ["HOUSING"], 2);

        best.Matches.Select(m => (m.Id, m.Score)).ShouldBe([("c1", 2.5f), ("c7", 1.25f)]);
        best.Matches[0].Values!["status"].ShouldBe(["handling"]);
        best.Matches[0].Values!["bodies"].ShouldBe(["HRSS", "HOUSING"]);
        best.Matches[1].Values.ShouldBeNull(); // written before values existed: the caller reads it from its database
        best.More.ShouldBeTrue(); // a third came back for the one more asked
        best.Bounded.ShouldBeFalse(); // no terminated_early: ranked among every match
        var body = JsonNode.Parse(_es.To("POST", "/dalad-cases/_search").Single().Body)!;
        body["size"]!.GetValue<int>().ShouldBe(3);
        body["terminate_after"]!.GetValue<int>().ShouldBe(IFullTextSearch.MatchBudget);
        body["_source"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["values"]); // no title or text
        body["highlight"].ShouldBeNull();
        body["search_after"].ShouldBeNull();
        body["sort"]!.ToJsonString().ShouldBe("""[{"_score":"desc"},{"id":"asc"}]""");
        body["query"]!["bool"]!["filter"]![0]!["terms"]!["owner"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["HOUSING"]);
        body["query"]!["bool"]!["must"]![0]!["multi_match"]!["query"]!.GetValue<string>().ShouldBe("和顺 工资");
        (await search.MatchAsync("cases", "工资", [], 2)).Matches.ShouldBeEmpty();
        _es.To("POST", "/dalad-cases/_search").Count.ShouldBe(1);

        _es.On("POST", "/dalad-cases/_search", 200, TwoHits);
        var texts = await search.TextsAsync("cases", "和顺 工资", ["c1", "c7", "c1"]);

        texts["c1"].ShouldBe(new FullTextText("案件 c1", "和顺家园三期拖欠工资"));
        texts["c7"].ShouldBe(new FullTextText("案件 c7", "复垦项目工资"));
        var byId = JsonNode.Parse(_es.To("POST", "/dalad-cases/_search")[^1].Body)!;
        byId["query"]!["ids"]!["values"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["c1", "c7"]);
        byId["size"]!.GetValue<int>().ShouldBe(2);
        byId["highlight"]!["highlight_query"]!["multi_match"]!["query"]!.GetValue<string>().ShouldBe("和顺 工资");
        (await search.TextsAsync("cases", "工资", [])).ShouldBeEmpty();
        _es.To("POST", "/dalad-cases/_search").Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_documents_values_are_sent_as_keywords_and_those_written_without_are_counted()
    {
        _es.On("HEAD", "/_alias/dalad-cases", 200, "")
            .On("PUT", "/dalad-cases/_mapping", 200, """{"acknowledged":true}""")
            .On("POST", "/_bulk", 200, BulkOk)
            .On("POST", "/dalad-cases/_count", 200, """{"count":7,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        var search = Backend();

        await search.IndexAsync(Doc("c1", "拖欠工资", "HRSS") with
        {
            Values = new Dictionary<string, IReadOnlyList<string>> { ["status"] = ["handling"], ["bodies"] = ["HRSS", "HOUSING", "HRSS"] },
        });
        var stale = await search.CountWithoutValuesAsync("cases");

        // An index made before values existed gets the field added to its strict mapping before the first write.
        var mapping = JsonNode.Parse(_es.To("PUT", "/dalad-cases/_mapping").ShouldHaveSingleItem().Body)!;
        mapping["properties"]!["values"]!["type"]!.GetValue<string>().ShouldBe("flattened");
        var document = JsonNode.Parse(_es.To("POST", "/_bulk").Single().Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1])!;
        document["values"]!["status"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["handling"]);
        document["values"]!["bodies"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["HRSS", "HOUSING"]);
        stale.ShouldBe(7);
        var count = JsonNode.Parse(_es.To("POST", "/dalad-cases/_count").ShouldHaveSingleItem().Body)!;
        count["query"]!["bool"]!["must_not"]![0]!["exists"]!["field"]!.GetValue<string>().ShouldBe("values");
        JsonNode.Parse(ElasticsearchFullTextSearch.Document(Doc("c2", "复垦项目", "HRSS")))!["values"].ShouldBeNull();
    }

    [Fact]
    public async Task A_node_that_is_down_is_passed_over_for_the_next_one()
    {
        _es.DownNodes.Add("http://es1:9200");
        _es.On("POST", "/dalad-cases/_count", 200, """{"count":42,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");

        (await Backend("cjk", "http://es1:9200", "http://es2:9200").CountAsync("cases")).ShouldBe(42);

        _es.Sent.ShouldAllBe(r => r.Node == "http://es2:9200");
    }

    [Fact]
    public async Task An_unreachable_cluster_is_search_unavailable_and_not_ready_without_naming_its_address()
    {
        _es.DownNodes.Add("http://es1:9200");
        var search = Backend();

        await Should.ThrowAsync<SearchUnavailableException>(() => search.CountAsync("cases"));
        await Should.ThrowAsync<SearchUnavailableException>(() => search.SearchAsync("cases", "工资", null, 10));

        var log = new ListLogger<ElasticsearchHealthCheck>();
        var health = await new ElasticsearchHealthCheck(search, new ElasticsearchOptions { Urls = [new Uri("http://es1:9200")] }, log).CheckHealthAsync(new HealthCheckContext());
        health.Status.ShouldBe(HealthStatus.Unhealthy);
        health.Description.ShouldBe("Elasticsearch cannot be reached (1 node in Search:Elasticsearch:Urls)"); // readiness is anonymous
        log.Messages.ShouldContain(m => m.Text.Contains("http://es1:9200")); // the operator's log has the address
    }

    [Fact]
    public async Task Cluster_health_yellow_is_degraded_and_green_is_healthy()
    {
        var status = "yellow";
        _es.On("GET", "/_cluster/health", _ => (200, $$$$"""{"cluster_name":"dalad","status":"{{{{status}}}}","number_of_nodes":1}"""));
        var search = Backend();
        var check = new ElasticsearchHealthCheck(search, new ElasticsearchOptions { Urls = [new Uri("http://es1:9200")] }, new ListLogger<ElasticsearchHealthCheck>());

        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Degraded);
        status = "green";
        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);
        status = "red";
        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public void Settings_are_read_from_configuration_and_a_wrong_one_stops_the_start_with_its_reason()
    {
        var options = ElasticsearchOptions.From(Configuration(("Search:Elasticsearch:Urls", "http://es1:9200, http://es2:9200"), ("Search:Elasticsearch:Analyzer", "SmartCn"), ("Search:Elasticsearch:Replicas", "0")));
        options.Urls.Select(u => u.Authority).ShouldBe(["es1:9200", "es2:9200"]);
        options.Analyzer.ShouldBe("smartcn");
        options.Replicas.ShouldBe(0);
        options.IndexPrefix.ShouldBe("dalad");

        Should.Throw<InvalidOperationException>(() => ElasticsearchOptions.From(Configuration())).Message.ShouldContain("Search:Elasticsearch:Urls");
        Should.Throw<InvalidOperationException>(() => ElasticsearchOptions.From(Configuration(("Search:Elasticsearch:Urls", "es1:9200")))).Message.ShouldContain("es1:9200");
        Should.Throw<InvalidOperationException>(() => ElasticsearchOptions.From(Configuration(("Search:Elasticsearch:Urls", "http://es1:9200"), ("Search:Elasticsearch:Analyzer", "standard")))).Message.ShouldContain("cjk, smartcn or ik");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public sealed record LogMessage(LogLevel Level, string Text);

public sealed class ListLogger<T> : ILogger<T>
{
    public List<LogMessage> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Messages) Messages.Add(new LogMessage(logLevel, formatter(state, exception)));
    }
}
