using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dalad.Platform.Hosting;
using Dalad.Platform.PersonalData;
using Dalad.Search;
using Dalad.Search.Lucene;

/// <summary>
/// Full-text search of cases at scale on the Lucene backend:
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- search --cases 1000000 [--analysis words|bigrams|both] [--rounds 5] [--folder /tmp/x] [--compare]</code>
/// Builds a cases index of N documents in a temp folder with the production index code (<see cref="FullTextSearch"/>:
/// the same fields, analysis and owner field as the cases module's <c>CaseSearchIndex</c>), then runs fixed two-word
/// queries the way the search page's service (<c>CaseSearch</c>) does: the index's best 1,000 matches within the
/// caller's bodies in one query, ids and scores only (<see cref="IFullTextSearch.MatchAsync"/>), facets counted over
/// them (status, body, territory, sector, channel, month), then the title and snippet of the 20 shown hits only
/// (<see cref="IFullTextSearch.TextsAsync"/>), masked and marked by <see cref="SearchHighlighter"/>. The facet values
/// (status, owners, channel, day) are not in the index: <c>CaseSearch</c> reads them from the database by primary key
/// for all considered ids (up to 1,000: one query on the cases with their assignments, one on the leads for the
/// channel); here they come from an array in memory, so this measures the search engine's part, not the database's.
/// <c>--compare</c> also runs the path before this change (five cursor pages of 200 through
/// <see cref="IFullTextSearch.SearchPageAsync"/>, each hit's stored title and text read and its snippet cut) on the same
/// index in the same run, and checks that both give the same hits in the same order, the same facet counts and the same
/// shown text for every query and user.
/// Texts: the 443 complaints of the routing sets, each case one of them with a town, an employer, a project and the
/// month varied, so the postings are those of real complaints, not of random characters.
/// </summary>
internal static class SearchScaleBenchmark
{
    internal static readonly string[] Queries =
    [
        "钢筋 工资", "饭店 拖欠", "工地 欠薪", "包工头 跑路", "物业 保安", "木工 工钱", "瓦工 拖欠", "保洁 工资",
        "推土机 机械费", "月嫂 工资", "超市 收银员", "装修 油漆工", "餐馆 服务员", "司机 运费", "煤矿 工人",
        "农民工 讨薪", "项目 结算", "劳务 公司", "小区 施工", "学校 食堂", "医院 护工", "酒店 厨师", "搬运 装卸",
        "电焊 工资",
    ];

    private static readonly string[] Towns =
    [
        "树林召镇", "王爱召镇", "白泥井镇", "吉格斯太镇", "昭君镇", "恩格贝镇", "中和西镇", "风水梁镇", "展旦召苏木",
        "西园街道", "工业街道", "平原街道", "锡尼街道", "新民街道", "榆林子镇", "解放滩村", "官井村",
    ];

    private static readonly string[] Names = ["鑫达", "恒泰", "宏远", "金川", "华晟", "顺通", "盛世", "东方", "永兴", "瑞丰", "天骄", "鄂尔多斯", "蒙西", "利民", "和顺", "兴旺"];

    private static readonly string[] Kinds = ["建筑劳务有限公司", "建设工程有限公司", "饭店", "物业服务有限公司", "商贸有限公司", "装饰工程有限公司", "运输有限公司", "餐饮管理有限公司", "保洁服务有限公司", "煤业有限公司"];

    private static readonly string[] Statuses = ["received", "reviewing", "handling", "handling", "handling", "supervised", "closed", "closed", "not-accepted"];

    private static readonly string[] Channels = ["12345", "petition", "online", "visit", "warning"];

    /// <summary>What the database would say of a case: here, in memory.</summary>
    private readonly record struct Row(int Complaint, string Status, string Territorial, string Industry, string Channel, DateTime At);

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var count = int.Parse(Arg("--cases", "1000000"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(Arg("--rounds", "5"), CultureInfo.InvariantCulture);
        var which = Arg("--analysis", "both");
        var folder = Arg("--folder", Path.Combine(Path.GetTempPath(), "dalad-search-bench-" + Guid.NewGuid().ToString("N")[..8]));
        var keep = args.Contains("--keep");
        var compare = args.Contains("--compare");
        // The engine's match budget (IFullTextSearch.MatchBudget unless given: to compare budgets on one index).
        var budget = int.Parse(Arg("--budget", IFullTextSearch.MatchBudget.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var analyses = which switch
        {
            "both" => new[] { LuceneAnalysis.BigramsAndWords, LuceneAnalysis.Bigrams },
            _ => [FullTextSearch.AnalysisFrom(which)],
        };

        var complaints = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "routing-*.jsonl")
            .SelectMany(File.ReadLines).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Industry: e.GetProperty("industry").GetString() ?? "housing"))
            .DistinctBy(c => c.Text).ToArray();
        var territories = Enumerable.Range(0, Towns.Length).Select(i => $"t{i:00}").ToArray();
        var rows = new Row[count];
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var random = new Random(19);
        for (var i = 0; i < count; i++)
        {
            var c = random.Next(complaints.Length);
            var complaint = complaints[c];
            rows[i] = new Row(c, Statuses[random.Next(Statuses.Length)], territories[random.Next(territories.Length)], complaint.Industry,
                Channels[random.Next(Channels.Length)], start.AddMinutes(random.Next(0, 24 * 30 * 24 * 60)));
        }
        // The same names for the same case whatever the analysis: a generator seeded by the case.
        FullTextDocument Document(int i)
        {
            var r = new Random(i);
            var row = rows[i];
            var complaint = complaints[row.Complaint];
            var town = Towns[int.Parse(row.Territorial[1..], CultureInfo.InvariantCulture)];
            var employer = $"{Names[r.Next(Names.Length)]}{Kinds[r.Next(Kinds.Length)]}";
            var project = $"{town}{Names[r.Next(Names.Length)]}家园{r.Next(1, 6)}期";
            var number = $"DLT-{row.At:yyyy}-{i:000000}";
            return new FullTextDocument("cases", IdOf(i), $"{number} {employer} {project}", $"{complaint.Text} 达拉特旗{town} {employer} {project}",
                [row.Territorial, row.Industry], row.At);
        }

        Console.WriteLine($"cases: {count:N0}, complaints: {complaints.Length}, queries: {Queries.Length} two-word, rounds: {rounds}, " +
            $"match budget: {budget:N0}, processors: {Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        // A joint-office user sees all; a body's user sees the cases of the body that owns the most (the housing bureau's share).
        var biggest = rows.GroupBy(r => r.Industry).OrderByDescending(g => g.Count()).First().Key;
        var users = new (string Name, IReadOnlyCollection<string>? Bodies)[] { ("joint office", null), ($"one body ({biggest})", [biggest]) };
        foreach (var analysis in analyses)
        {
            var path = Path.Combine(folder, analysis.ToString().ToLowerInvariant());
            using var search = new FullTextSearch(new DaladPaths(path), analysis, budget);
            var clock = Stopwatch.StartNew();
            if (await search.CountAsync("cases") != count)
            {
                await search.ReplaceAllAsync("cases", Enumerable.Range(0, count).Select(Document));
                Console.WriteLine($"[{analysis}] built {count:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s " +
                    $"({count / clock.Elapsed.TotalSeconds:N0} documents/s), {DirectorySize(path) / 1048576.0:N0} MiB on disk");
            }
            else Console.WriteLine($"[{analysis}] reusing the index of {count:N0} documents in {path}");

            foreach (var (name, bodies) in users)
            {
                if (compare)
                {
                    var same = 0;
                    var bounded = new List<string>();
                    foreach (var q in Queries)
                    {
                        var before = await PagedSearchAsync(search, rows, q, bodies);
                        var after = await SearchAsync(search, rows, q, bodies);
                        // A bounded query is ranked among the newest matches only (the match budget), the path before
                        // over all of them: they differ by design; every other query must give the same.
                        if (after.BoundedTo is { } n) bounded.Add($"{q} (same {before.Ids.Intersect(after.Ids).Count()} of {after.Ids.Count} ids)");
                        else if (before.Equals(after)) same++;
                        else Console.WriteLine($"[{analysis}] {name}: '{q}' DIFFERS: before {before.Describe()}; after {after.Describe()}");
                    }
                    Console.WriteLine($"[{analysis}] {name}: same hits, order, scores, facets and shown text before and after for {same} of {Queries.Length - bounded.Count} queries within the match budget; " +
                        $"{bounded.Count} bounded (ranked among the newest {budget:N0} matches, not compared): {string.Join(", ", bounded)}");
                    await MeasureAsync($"[{analysis}] {name} (before: pages of 200, text of every hit)", (q, phases) => PagedSearchAsync(search, rows, q, bodies, phases));
                }
                await MeasureAsync($"[{analysis}] {name}", (q, phases) => SearchAsync(search, rows, q, bodies, phases));
            }
        }
        if (!keep) Directory.Delete(folder, recursive: true);
        return 0;

        async Task MeasureAsync(string label, Func<string, double[], Task<Outcome>> run)
        {
            var stats = new List<Outcome>();
            var scratch = new double[Phases.Length];
            foreach (var q in Queries) await run(q, scratch); // warm-up
            var samples = new List<double>();
            var cpu = new List<double>();
            var perQuery = new Dictionary<string, double>();
            var phases = new double[Phases.Length];
            using var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var q in Queries)
                {
                    process.Refresh();
                    var c0 = process.TotalProcessorTime;
                    var t = Stopwatch.GetTimestamp();
                    var result = await run(q, phases);
                    var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    samples.Add(ms);
                    process.Refresh();
                    cpu.Add((process.TotalProcessorTime - c0).TotalMilliseconds);
                    perQuery[q] = Math.Max(perQuery.GetValueOrDefault(q), ms);
                    if (round == 0) stats.Add(result);
                }
            }
            samples.Sort();
            cpu.Sort();
            double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
            var considered = stats.Select(s => s.Ids.Count).Order().ToList();
            Console.WriteLine($"{label}: {samples.Count} searches, p50 {P(samples, 0.50):0.0} ms, p95 {P(samples, 0.95):0.0} ms, p99 {P(samples, 0.99):0.0} ms, " +
                $"max {samples[^1]:0.0} ms; on average " + string.Join(", ", Phases.Select((phase, i) => $"{phase} {phases[i] / samples.Count:0.00} ms")) +
                $"; considered per query min {considered[0]}, median {considered[considered.Count / 2]}; bounded {stats.Count(s => s.BoundedTo is not null)} of {stats.Count} queries " +
                $"({string.Join(", ", stats.Where(s => s.BoundedTo is not null).Select(s => s.Query))}); load average {Machine.Load()}");
            // The machine is shared: the process's CPU time per search says what the search costs, whatever the load.
            Console.WriteLine($"{label}: CPU time per search p50 {P(cpu, 0.50):0.0} ms, p95 {P(cpu, 0.95):0.0} ms, p99 {P(cpu, 0.99):0.0} ms; slowest: " +
                string.Join(", ", perQuery.OrderByDescending(x => x.Value).Take(4).Select(x => $"{x.Key} {x.Value:0} ms")));
        }
    }

    private static readonly string[] Phases = ["matches", "facets", "text of the shown", "marks"];

    /// <summary>What a search gives the page: the considered ids in order with their scores, the facets, the shown hits' text and marks.</summary>
    private sealed record Outcome(List<string> Ids, List<float> Scores, List<List<(string Value, int Count)>> Facets, List<string> Shown, bool More)
    {
        public string Query { get; init; } = "";

        public int? BoundedTo { get; init; }

        public bool Equals(Outcome? other) => other is not null && More == other.More && Ids.SequenceEqual(other.Ids) && Scores.SequenceEqual(other.Scores)
            && Facets.Count == other.Facets.Count && Facets.Zip(other.Facets).All(f => f.First.SequenceEqual(f.Second)) && Shown.SequenceEqual(other.Shown);

        public override int GetHashCode() => Ids.Count;

        public string Describe() => $"{Ids.Count} ids (first {string.Join(",", Ids.Take(3))}), more {More}, shown {Shown.FirstOrDefault()}";
    }


    private const int Considered = 1000, PageSize = 200, Shown = 20;

    /// <summary>What <c>CaseSearch.SearchAsync</c> does for one query, with the database's part read from memory.</summary>
    private static async Task<Outcome> SearchAsync(FullTextSearch search, Row[] rows, string q, IReadOnlyCollection<string>? bodies, double[]? phases = null)
    {
        var t = Stopwatch.GetTimestamp();
        var found = await search.MatchAsync("cases", q, bodies, Considered);
        var (matches, more) = found;
        var matchTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var facets = Facets(matches.Select(m => rows[IndexOf(m.Id)]).ToList());
        var facetTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var shown = matches.Take(Shown).Select(m => m.Id).ToList();
        var texts = await search.TextsAsync("cases", q, shown);
        var textTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var marked = shown.Select(id => Mark(texts[id].Title, texts[id].Snippet, q)).ToList();
        var markTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (phases is not null) { phases[0] += matchTime; phases[1] += facetTime; phases[2] += textTime; phases[3] += markTime; }
        return new Outcome(matches.Select(m => m.Id).ToList(), matches.Select(m => m.Score).ToList(), facets, marked, more) { Query = q, BoundedTo = found.BoundedTo };
    }

    /// <summary>The path before: five cursor pages of 200, each hit's stored title and text read and its snippet cut.</summary>
    private static async Task<Outcome> PagedSearchAsync(FullTextSearch search, Row[] rows, string q, IReadOnlyCollection<string>? bodies, double[]? phases = null)
    {
        var t = Stopwatch.GetTimestamp();
        var hits = new List<FullTextHit>();
        string? after = null;
        var more = false;
        do
        {
            var page = await search.SearchPageAsync("cases", q, bodies, PageSize, after);
            hits.AddRange(page.Hits);
            after = page.Next;
            if (hits.Count >= Considered) { more = after is not null || hits.Count > Considered; break; }
        }
        while (after is not null);
        if (hits.Count > Considered) hits.RemoveRange(Considered, hits.Count - Considered);
        var matchTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var facets = Facets(hits.Select(h => rows[IndexOf(h.Id)]).ToList());
        var facetTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var marked = hits.Take(Shown).Select(h => Mark(h.Title, h.Snippet, q)).ToList();
        var markTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (phases is not null) { phases[0] += matchTime; phases[1] += facetTime; phases[3] += markTime; }
        return new Outcome(hits.Select(h => h.Id).ToList(), hits.Select(h => h.Score).ToList(), facets, marked, more) { Query = q };
    }

    private static List<List<(string Value, int Count)>> Facets(List<Row> records) =>
    [
        Count(records.Select(r => (IEnumerable<string>)[r.Status])),
        Count(records.Select(r => (IEnumerable<string>)[r.Territorial, r.Industry])),
        Count(records.Select(r => (IEnumerable<string>)[r.Territorial])),
        Count(records.Select(r => (IEnumerable<string>)[r.Industry])),
        Count(records.Select(r => (IEnumerable<string>)[r.Channel])),
        Count(records.Select(r => (IEnumerable<string>)[r.At.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture)])),
    ];

    /// <summary>A shown hit's title and snippet masked, then marked, as one string to compare.</summary>
    private static string Mark(string titleText, string snippetText, string q)
    {
        var title = PersonalDataText.MaskWithSpans(titleText);
        var snippet = PersonalDataText.MaskWithSpans(snippetText);
        static string Parts(IEnumerable<HighlightPart> parts) => string.Concat(parts.Select(p => p.Match ? "[" + p.Text + "]" : p.Text));
        return Parts(SearchHighlighter.Mark(title.Text, q, title.Masked)) + " | " + Parts(SearchHighlighter.Mark(snippet.Text, q, snippet.Masked));
    }

    private static List<(string Value, int Count)> Count(IEnumerable<IEnumerable<string>> values) =>
        values.SelectMany(v => v).GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();

    // Ids are Guids as the cases module's are; the first four bytes carry the case's place in the array.
    private static string IdOf(int i) => new Guid(i, 0x19, 0x19, 0, 0, 0, 0, 0, 0, 0, 0).ToString();

    private static int IndexOf(string id) => BitConverter.ToInt32(Guid.Parse(id).ToByteArray(), 0);

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
