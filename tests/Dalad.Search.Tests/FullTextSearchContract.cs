using Dalad.Platform.Hosting;
using Dalad.Search.Elasticsearch;
using Dalad.Search.Lucene;
using Dalad.Search.Tests.Elasticsearch;
using Elasticsearch.Net;
using Shouldly;

namespace Dalad.Search.Tests;

/// <summary>
/// What every full-text backend must do alike: scope by owning bodies, replace, remove, count and page by cursor.
/// It runs against Lucene always, and against a real Elasticsearch cluster with scripts/test-elasticsearch.sh.
/// </summary>
public abstract class FullTextSearchContract
{
    protected abstract IFullTextSearch Search { get; }

    private static FullTextDocument Doc(string id, string text, params string[] owners) =>
        new("cases", id, "案件" + id, text, owners, new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task A_search_returns_only_what_the_callers_bodies_own()
    {
        await Search.ReplaceAllAsync("cases", [
            Doc("c1", "和顺家园三期项目钢筋工被拖欠工资", "HOUSING", "T01"),
            Doc("c2", "恩格贝镇复垦项目拖欠工资", "NATURAL-RESOURCES", "T05"),
            Doc("c3", "饭店服务员被拖欠工资", "MARKET"),
        ]);
        await Search.RefreshAsync("cases");

        (await Search.SearchAsync("cases", "拖欠工资", ["HOUSING"], 10)).Select(h => h.Id).ShouldBe(["c1"]);
        (await Search.SearchAsync("cases", "拖欠工资", ["T05", "MARKET"], 10)).Select(h => h.Id).OrderBy(i => i).ShouldBe(["c2", "c3"]);
        (await Search.SearchAsync("cases", "拖欠工资", null, 10)).Count.ShouldBe(3);
        (await Search.SearchAsync("cases", "拖欠工资", [], 10)).ShouldBeEmpty();
        (await Search.SearchAsync("cases", "复垦", null, 10)).ShouldHaveSingleItem().Id.ShouldBe("c2");
    }

    [Fact]
    public async Task A_write_replaces_the_document_and_a_removal_takes_it_out()
    {
        await Search.ReplaceAllAsync("cases", [Doc("c1", "和顺家园拖欠工资", "HOUSING")]);
        await Search.IndexAsync(Doc("c1", "达拉特电厂拖欠工资", "ENERGY"));
        await Search.IndexAsync(Doc("c2", "树林召镇饭店拖欠工资", "MARKET"));
        await Search.RefreshAsync("cases");

        (await Search.CountAsync("cases")).ShouldBe(2);
        (await Search.SearchAsync("cases", "和顺", null, 10)).ShouldBeEmpty();
        (await Search.SearchAsync("cases", "电厂", ["ENERGY"], 10)).ShouldHaveSingleItem().Id.ShouldBe("c1");

        await Search.RemoveAsync("cases", "c2");
        await Search.RemoveAsync("cases", "never-indexed");
        await Search.RefreshAsync("cases");
        (await Search.CountAsync("cases")).ShouldBe(1);
        (await Search.SearchAsync("cases", "饭店", null, 10)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_batch_adds_or_replaces_its_documents_and_the_newest_update_is_the_high_water_mark()
    {
        await Search.ReplaceAllAsync("cases", []);
        await Search.RefreshAsync("cases");
        (await Search.NewestAsync("cases")).ShouldBeNull();

        var later = new DateTime(2026, 12, 2, 9, 30, 0, DateTimeKind.Utc);
        await Search.ReplaceAllAsync("cases", [Doc("c1", "和顺家园拖欠工资", "HOUSING")]);
        await Search.IndexManyAsync([Doc("c1", "达拉特电厂拖欠工资", "ENERGY") with { UpdatedAt = later }, Doc("c2", "树林召镇饭店拖欠工资", "MARKET")]);
        await Search.RefreshAsync("cases");

        (await Search.CountAsync("cases")).ShouldBe(2);
        (await Search.SearchAsync("cases", "和顺", null, 10)).ShouldBeEmpty();
        (await Search.SearchAsync("cases", "电厂", ["ENERGY"], 10)).ShouldHaveSingleItem().Id.ShouldBe("c1");
        (await Search.NewestAsync("cases")).ShouldBe(later);
    }

    [Fact]
    public async Task Pages_by_cursor_cover_every_hit_once()
    {
        await Search.ReplaceAllAsync("cases", Enumerable.Range(1, 25).Select(i => Doc($"c{i:00}", $"第{i}号工地拖欠工资" + new string('。', i % 4), "HRSS")));
        await Search.RefreshAsync("cases");

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await Search.SearchPageAsync("cases", "拖欠工资", ["HRSS"], 10, after);
            seen.AddRange(page.Hits.Select(h => h.Id));
            after = page.Next;
            pages++;
        } while (after is not null && pages < 10);

        pages.ShouldBe(3);
        seen.Count.ShouldBe(25);
        seen.Distinct().Count().ShouldBe(25);
    }

    [Fact]
    public async Task The_best_matches_in_one_call_are_the_cursor_pages_hits_in_the_same_order_and_the_texts_theirs()
    {
        // Ties in score (the same text length) are ordered by id, so the order is total and comparable.
        await Search.ReplaceAllAsync("cases", Enumerable.Range(1, 25).Select(i => Doc($"c{i:00}",
            $"第{i}号工地拖欠工资，联系电话13812345678" + new string('。', i % 4) + (i % 5 == 0 ? "拖欠工资" : ""), i % 3 == 0 ? "MARKET" : "HRSS")));
        await Search.RefreshAsync("cases");

        foreach (var bodies in new IReadOnlyCollection<string>?[] { null, ["HRSS"] })
        {
            var paged = new List<FullTextHit>();
            string? after = null;
            do
            {
                var page = await Search.SearchPageAsync("cases", "拖欠 工资", bodies, 4, after);
                paged.AddRange(page.Hits);
                after = page.Next;
            } while (after is not null);
            paged.Count.ShouldBe(bodies is null ? 25 : 17);

            var all = await Search.MatchAsync("cases", "拖欠 工资", bodies, 100);
            all.Matches.Select(m => (m.Id, m.Score)).ShouldBe(paged.Select(h => (h.Id, h.Score)));
            all.More.ShouldBeFalse();
            var best = await Search.MatchAsync("cases", "拖欠 工资", bodies, 10);
            best.Matches.Select(m => m.Id).ShouldBe(paged.Take(10).Select(h => h.Id));
            best.More.ShouldBeTrue();
            (await Search.MatchAsync("cases", "拖欠 工资", bodies, paged.Count)).More.ShouldBeFalse();

            var shown = paged.Skip(3).Take(5).ToList();
            var texts = await Search.TextsAsync("cases", "拖欠 工资", shown.Select(h => h.Id).ToList());
            texts.Count.ShouldBe(5);
            foreach (var hit in shown) texts[hit.Id].ShouldBe(new FullTextText(hit.Title, hit.Snippet));
        }

        (await Search.MatchAsync("cases", "拖欠 工资", [], 10)).Matches.ShouldBeEmpty();
        (await Search.MatchAsync("cases", "  ", null, 10)).Matches.ShouldBeEmpty();
        await Search.RemoveAsync("cases", "c02");
        await Search.RefreshAsync("cases");
        (await Search.TextsAsync("cases", "工资", ["c01", "c02"])).Keys.ShouldBe(["c01"]);
    }

    [Fact]
    public async Task Each_match_brings_its_documents_values_as_last_written_and_documents_without_are_counted()
    {
        static Dictionary<string, IReadOnlyList<string>> Values(string status, params string[] bodies) =>
            new() { ["status"] = [status], ["bodies"] = bodies, ["month"] = ["2026-12"] };
        await Search.ReplaceAllAsync("cases", [
            Doc("c1", "和顺家园拖欠工资", "HOUSING") with { Values = Values("handling", "HOUSING", "T01") },
            Doc("c2", "树林召镇饭店拖欠工资", "MARKET") with { Values = Values("received", "MARKET") },
            Doc("c3", "电厂拖欠工资", "ENERGY"),
        ]);
        await Search.RefreshAsync("cases");
        (await Search.CountWithoutValuesAsync("cases")).ShouldBe(1);

        // A status change and a transfer: the document is written again with its new values.
        await Search.IndexAsync(Doc("c1", "和顺家园拖欠工资", "WATER") with { Values = Values("closed", "WATER", "T01") });
        await Search.IndexAsync(Doc("c3", "电厂拖欠工资", "ENERGY") with { Values = Values("reviewing", "ENERGY") });
        await Search.RefreshAsync("cases");

        var matches = (await Search.MatchAsync("cases", "拖欠 工资", null, 10)).Matches.ToDictionary(m => m.Id);
        matches.Keys.OrderBy(k => k).ShouldBe(["c1", "c2", "c3"]);
        matches["c1"].Values!["status"].ShouldBe(["closed"]);
        matches["c1"].Values!["bodies"].OrderBy(b => b).ShouldBe(["T01", "WATER"]);
        matches["c1"].Values!["month"].ShouldBe(["2026-12"]);
        matches["c2"].Values!["status"].ShouldBe(["received"]);
        matches["c3"].Values!["status"].ShouldBe(["reviewing"]);
        (await Search.CountWithoutValuesAsync("cases")).ShouldBe(0);
        (await Search.MatchAsync("cases", "拖欠 工资", ["HOUSING"], 10)).Matches.ShouldBeEmpty(); // transferred away

        await Search.IndexAsync(Doc("c2", "树林召镇饭店拖欠工资", "MARKET"));
        await Search.RefreshAsync("cases");
        (await Search.MatchAsync("cases", "饭店", null, 10)).Matches.ShouldHaveSingleItem().Values.ShouldBeNull();
        (await Search.CountWithoutValuesAsync("cases")).ShouldBe(1);
    }
}

public sealed class LuceneFullTextSearchContract : FullTextSearchContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dalad-fts-" + Guid.NewGuid().ToString("N"));
    private readonly FullTextSearch _search;

    public LuceneFullTextSearchContract() => _search = new FullTextSearch(new DaladPaths(_path));

    protected override IFullTextSearch Search => _search;

    public void Dispose()
    {
        _search.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}

/// <summary>
/// The same contract on a real cluster named by DALAD_TEST_ES (e.g. http://127.0.0.1:9200). No cluster can be installed
/// on the project's build machines, so the README's test command leaves this class out by its trait, and
/// scripts/test-elasticsearch.sh runs it; without DALAD_TEST_ES it fails rather than pass unseen.
/// </summary>
[Trait("Category", "ElasticsearchCluster")]
public sealed class ElasticsearchFullTextSearchContract : FullTextSearchContract, IDisposable
{
    private readonly ElasticsearchFullTextSearch _search;
    private readonly string _prefix = "dalad-test-" + Guid.NewGuid().ToString("N")[..12];

    public ElasticsearchFullTextSearchContract()
    {
        var urls = Environment.GetEnvironmentVariable("DALAD_TEST_ES")
            ?? throw new InvalidOperationException("DALAD_TEST_ES must name an Elasticsearch 7 cluster (e.g. http://127.0.0.1:9200) for this suite.");
        _search = new ElasticsearchFullTextSearch(new ElasticsearchOptions
        {
            Urls = urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToList(),
            IndexPrefix = _prefix,
            Replicas = 0,
            Analyzer = Environment.GetEnvironmentVariable("DALAD_TEST_ES_ANALYZER") ?? "cjk",
        }, new ListLogger<ElasticsearchFullTextSearch>());
    }

    protected override IFullTextSearch Search => _search;

    public void Dispose() => _search.Client.Indices.Delete<StringResponse>(_prefix + "-*");
}
