using System.Text.Json;
using Dalad.Platform.Hosting;
using Dalad.Search.Lucene;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Search.Tests;

/// <summary>
/// The search relevance set (Data/search-relevance.json: queries a clerk types, with judged complaints) run through
/// both Lucene analyses. Precision at 10 and recall at 10 per half; the analysis with SmartCn words must beat pairs
/// alone on the half it was not tuned on. Run with <c>--logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
public sealed class SearchRelevanceTests(ITestOutputHelper output)
{
    private sealed record Judged(string Query, string Need, string Half, string[] Relevant);

    private sealed record Scores(double Precision, double Recall, int Found);

    [Fact]
    public async Task Words_beside_pairs_find_more_of_what_a_clerk_means_on_queries_they_were_not_tuned_on()
    {
        var (corpus, judged) = Load();
        var pairs = await RunAsync(LuceneAnalysis.Bigrams, corpus, judged);
        var words = await RunAsync(LuceneAnalysis.BigramsAndWords, corpus, judged);

        output.WriteLine($"{"query",-12}{"half",-8}{"judged",7}{"P@10 pairs",12}{"P@10 words",12}{"R@10 pairs",12}{"R@10 words",12}");
        foreach (var j in judged)
            output.WriteLine($"{j.Query,-12}{j.Half,-8}{j.Relevant.Length,7}{pairs[j.Query].Precision,12:P0}{words[j.Query].Precision,12:P0}{pairs[j.Query].Recall,12:P0}{words[j.Query].Recall,12:P0}");
        foreach (var half in new[] { "tune", "report" })
        {
            var set = judged.Where(j => j.Half == half).Select(j => j.Query).ToList();
            output.WriteLine($"{half} ({set.Count} queries): P@10 {set.Average(q => pairs[q].Precision):P1} → {set.Average(q => words[q].Precision):P1}; " +
                $"R@10 {set.Average(q => pairs[q].Recall):P1} → {set.Average(q => words[q].Recall):P1}");
        }

        var report = judged.Where(j => j.Half == "report").Select(j => j.Query).ToList();
        report.Count.ShouldBeGreaterThanOrEqualTo(25);
        report.Average(q => words[q].Precision).ShouldBeGreaterThan(report.Average(q => pairs[q].Precision));
        report.Average(q => words[q].Recall).ShouldBeGreaterThan(report.Average(q => pairs[q].Recall));
    }

    [Fact]
    public async Task A_trade_word_finds_its_team_and_the_whole_word_ranks_first()
    {
        using var search = new TempSearch(LuceneAnalysis.BigramsAndWords);
        await search.AddAsync("team", "钢筋班组长说上面没给钱，欠他一万七");
        await search.AddAsync("whole", "我是钢筋工，包工头欠我三个月工钱");
        await search.AddAsync("other", "木工班组被欠工资");

        var hits = await search.Search.SearchAsync("cases", "钢筋工", null, 10);

        hits.Select(h => h.Id).ShouldBe(["whole", "team"]);
    }

    [Fact]
    public async Task Pairs_alone_do_not_find_the_team_which_is_why_words_were_added()
    {
        using var search = new TempSearch(LuceneAnalysis.Bigrams);
        await search.AddAsync("team", "钢筋班组长说上面没给钱，欠他一万七");
        await search.AddAsync("whole", "我是钢筋工，包工头欠我三个月工钱");

        (await search.Search.SearchAsync("cases", "钢筋工", null, 10)).Select(h => h.Id).ShouldBe(["whole"]);
    }

    [Fact]
    public async Task An_index_written_with_pairs_only_is_emptied_when_opened_with_words_so_its_owner_feeds_it_again()
    {
        var path = Path.Combine(Path.GetTempPath(), "dalad-relevance-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var old = new FullTextSearch(new DaladPaths(path), LuceneAnalysis.Bigrams))
            {
                await old.IndexAsync(Doc("a", "钢筋班组"));
                (await old.CountAsync("cases")).ShouldBe(1);
            }
            using (var upgraded = new FullTextSearch(new DaladPaths(path), LuceneAnalysis.BigramsAndWords))
            {
                (await upgraded.CountAsync("cases")).ShouldBe(0);
                await upgraded.IndexAsync(Doc("a", "钢筋班组"));
            }
            using var reopened = new FullTextSearch(new DaladPaths(path), LuceneAnalysis.BigramsAndWords);
            (await reopened.CountAsync("cases")).ShouldBe(1);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, LuceneAnalysis.BigramsAndWords)]
    [InlineData("words", LuceneAnalysis.BigramsAndWords)]
    [InlineData("Bigrams", LuceneAnalysis.Bigrams)]
    public void The_setting_chooses_the_analysis(string? setting, LuceneAnalysis expected) =>
        FullTextSearch.AnalysisFrom(setting).ShouldBe(expected);

    [Fact]
    public void A_misspelt_setting_stops_the_start_with_its_name() =>
        Should.Throw<InvalidOperationException>(() => FullTextSearch.AnalysisFrom("jieba")).Message.ShouldContain("Search:Lucene:Analysis");

    private static FullTextDocument Doc(string id, string text) =>
        new("cases", id, "", text, ["all"], new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));

    private static async Task<Dictionary<string, Scores>> RunAsync(LuceneAnalysis analysis, IReadOnlyList<(string Id, string Text)> corpus, IReadOnlyList<Judged> judged)
    {
        using var search = new TempSearch(analysis);
        await search.Search.ReplaceAllAsync("cases", corpus.Select(d => Doc(d.Id, d.Text)));
        var scores = new Dictionary<string, Scores>();
        foreach (var j in judged)
        {
            var top = (await search.Search.SearchAsync("cases", j.Query, null, 10)).Select(h => h.Id).ToList();
            var found = top.Count(j.Relevant.Contains);
            // Precision over the ten places (a query with fewer judged complaints cannot reach 100 %, for both alike).
            scores[j.Query] = new Scores(found / 10.0, found / (double)Math.Min(10, j.Relevant.Length), found);
        }
        return scores;
    }

    private static (IReadOnlyList<(string Id, string Text)> Corpus, IReadOnlyList<Judged> Judged) Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data");
        var seen = new HashSet<string>();
        var corpus = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "complaints"), "*.jsonl").Order(StringComparer.Ordinal))
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            if (seen.Add(text)) corpus.Add((doc.RootElement.GetProperty("id").GetString()!, text));
        }
        using var set = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "search-relevance.json")));
        var judged = set.RootElement.GetProperty("queries").EnumerateArray().Select(q => new Judged(
            q.GetProperty("query").GetString()!, q.GetProperty("need").GetString()!, q.GetProperty("half").GetString()!,
            q.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToArray())).ToList();
        // Every judged complaint is in the corpus: a renamed id would silently lower both scores.
        judged.SelectMany(j => j.Relevant).Except(corpus.Select(c => c.Item1)).ShouldBeEmpty();
        return (corpus, judged);
    }

    private sealed class TempSearch : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "dalad-relevance-" + Guid.NewGuid().ToString("N"));

        public TempSearch(LuceneAnalysis analysis) => Search = new FullTextSearch(new DaladPaths(_path), analysis);

        public FullTextSearch Search { get; }

        public Task AddAsync(string id, string text) => Search.IndexAsync(Doc(id, text));

        public void Dispose()
        {
            Search.Dispose();
            Directory.Delete(_path, recursive: true);
        }
    }
}
