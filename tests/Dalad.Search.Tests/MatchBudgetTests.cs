using Dalad.Platform.Hosting;
using Dalad.Search.Lucene;
using Shouldly;

namespace Dalad.Search.Tests;

/// <summary>
/// A query matching more documents than one search examines (the match budget, 10 here instead of 100,000) is ranked
/// among the newest written matches only and says so; a query matching fewer gives what it gave before.
/// </summary>
public sealed class MatchBudgetTests : IDisposable
{
    private const int Budget = 10;
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dalad-budget-" + Guid.NewGuid().ToString("N"));
    private readonly FullTextSearch _search;

    public MatchBudgetTests() => _search = new FullTextSearch(new DaladPaths(_path), matchBudget: Budget);

    public void Dispose()
    {
        _search.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    private static FullTextDocument Doc(string id, string text, params string[] owners) =>
        new("cases", id, "案件" + id, text, owners, new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc));

    /// <summary>Every match in the order of the cursor pages, which examine every match (no budget).</summary>
    private async Task<List<FullTextHit>> AllAsync(string query, IReadOnlyCollection<string>? bodies)
    {
        var all = new List<FullTextHit>();
        string? after = null;
        do
        {
            var page = await _search.SearchPageAsync("cases", query, bodies, 200, after);
            all.AddRange(page.Hits);
            after = page.Next;
        } while (after is not null);
        return all;
    }

    [Fact]
    public async Task A_query_matching_more_than_the_budget_ranks_the_newest_written_matches_and_says_it_was_bounded()
    {
        // The best match of all (the words twice in a short text) is written first, i.e. oldest.
        var old = new List<FullTextDocument> { Doc("a00", "拖欠工资拖欠工资", "HRSS") };
        old.AddRange(Enumerable.Range(1, 29).Select(i => Doc($"a{i:00}", $"第{i}号工地拖欠工资" + new string('。', i % 5), "HRSS")));
        await _search.ReplaceAllAsync("cases", old);
        // Written later (a catch-up batch, a segment of its own): 12 matches among documents that do not match.
        var later = Enumerable.Range(0, 24).Select(i => Doc($"b{i:00}",
            i % 2 == 0 ? $"树林召镇第{i}号饭店拖欠员工工资" + new string('。', i % 3) : $"第{i}号饭店招聘服务员", "HRSS")).ToList();
        await _search.IndexManyAsync(later);
        await _search.RefreshAsync("cases");
        var newer = later.Where((_, i) => i % 2 == 0).Select(d => d.Id).ToList();

        var all = await AllAsync("拖欠 工资", null);
        all.Count.ShouldBe(42);
        all[0].Id.ShouldBe("a00");

        var bounded = await _search.MatchAsync("cases", "拖欠 工资", null, 1000);

        bounded.Bounded.ShouldBeTrue();
        bounded.BoundedTo.ShouldBe(Budget);
        bounded.More.ShouldBeTrue();
        // The newest 10 of the 12 later matches, in the order and with the scores every match's ranking gives them.
        var examined = newer.TakeLast(Budget).ToHashSet();
        bounded.Matches.Select(m => (m.Id, m.Score)).ShouldBe(all.Where(h => examined.Contains(h.Id)).Select(h => (h.Id, h.Score)));
        bounded.Matches.ShouldNotContain(m => m.Id == "a00");

        // Fewer asked than the budget examined: the best few of those, still bounded.
        var best = await _search.MatchAsync("cases", "拖欠 工资", null, 3);
        best.Matches.Select(m => m.Id).ShouldBe(bounded.Matches.Take(3).Select(m => m.Id));
        best.BoundedTo.ShouldBe(Budget);
    }

    [Fact]
    public async Task A_query_matching_no_more_than_the_budget_is_ranked_among_all_its_matches_as_before()
    {
        await _search.ReplaceAllAsync("cases", Enumerable.Range(0, 40).Select(i => Doc($"c{i:00}",
            i % 4 == 0 ? $"第{i}号饭店拖欠工资" + new string('。', i % 3) : $"第{i}号工地拖欠工资", i % 8 == 0 ? "MARKET" : "HRSS")));
        await _search.RefreshAsync("cases");

        // 饭店 matches 10 (the budget exactly): every match ranked, nothing bounded, nothing more.
        var all = await AllAsync("饭店 工资", null);
        all.Count.ShouldBe(Budget);
        var exact = await _search.MatchAsync("cases", "饭店 工资", null, 1000);
        exact.Bounded.ShouldBeFalse();
        exact.BoundedTo.ShouldBeNull();
        exact.More.ShouldBeFalse();
        exact.Matches.Select(m => (m.Id, m.Score)).ShouldBe(all.Select(h => (h.Id, h.Score)));
        var best = await _search.MatchAsync("cases", "饭店 工资", null, 4);
        best.Matches.Select(m => m.Id).ShouldBe(all.Take(4).Select(h => h.Id));
        best.More.ShouldBeTrue(); // more matches than asked, as before
        best.Bounded.ShouldBeFalse();

        // The budget counts the caller's matches only: 35 of the 40 are HRSS's, 5 are MARKET's.
        var market = await _search.MatchAsync("cases", "拖欠 工资", ["MARKET"], 1000);
        market.Bounded.ShouldBeFalse();
        market.Matches.Select(m => m.Id).ShouldBe((await AllAsync("拖欠 工资", ["MARKET"])).Select(h => h.Id));
        market.Matches.Count.ShouldBe(5);
        (await _search.MatchAsync("cases", "拖欠 工资", ["HRSS"], 1000)).BoundedTo.ShouldBe(Budget);
    }
}
