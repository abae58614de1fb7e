using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dalad.Platform.Hosting;
using Dalad.Platform.PersonalData;
using Dalad.Search;
using Dalad.Search.Lucene;

/// <summary>
/// Full-text search of cases at scale on the Lucene backend:
/// <code>dotnet run -c Release --project tests/Dalad.Benchmarks -- search --cases 1000000 [--analysis words|bigrams|both] [--rounds 5] [--folder /tmp/x]</code>
/// Builds a cases index of N documents in a temp folder with the production index code (<see cref="FullTextSearch"/>:
/// the same fields, analysis and owner field as the cases module's <c>CaseSearchIndex</c>), then runs fixed two-word
/// queries the way the search page's service (<c>CaseSearch</c>) does: the index's best 1,000 matches by cursor pages
/// of 200 within the caller's bodies, facets counted over them (status, body, territory, sector, channel, month), and
/// the 20 shown hits masked and marked by <see cref="SearchHighlighter"/>. What <c>CaseSearch</c> asks the database for
/// the considered ids (their status, owners and channel by primary key) comes here from an array in memory: this
/// measures what grows with the index, not the database.
/// Texts: the 443 complaints of the routing sets, each case one of them with a town, an employer, a project and the
/// month varied, so the postings are those of real complaints, not of random characters.
/// </summary>
internal static class SearchScaleBenchmark
{
    private static readonly string[] Queries =
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
            $"processors: {Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        // A joint-office user sees all; a body's user sees the cases of the body that owns the most (the housing bureau's share).
        var biggest = rows.GroupBy(r => r.Industry).OrderByDescending(g => g.Count()).First().Key;
        var users = new (string Name, IReadOnlyCollection<string>? Bodies)[] { ("joint office", null), ($"one body ({biggest})", [biggest]) };
        foreach (var analysis in analyses)
        {
            var path = Path.Combine(folder, analysis.ToString().ToLowerInvariant());
            using var search = new FullTextSearch(new DaladPaths(path), analysis);
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
                var stats = new List<(int Considered, int Shown)>();
                foreach (var q in Queries) await SearchAsync(search, rows, q, bodies); // warm-up
                var samples = new List<double>();
                var cpu = new List<double>();
                var perQuery = new Dictionary<string, double>();
                var phases = new double[3];
                using var process = Process.GetCurrentProcess();
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var q in Queries)
                    {
                        process.Refresh();
                        var c0 = process.TotalProcessorTime;
                        var t = Stopwatch.GetTimestamp();
                        var result = await SearchAsync(search, rows, q, bodies, phases);
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
                double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
                double Cpu(double p) => cpu[Math.Min(cpu.Count - 1, (int)Math.Ceiling(p * cpu.Count) - 1)];
                Console.WriteLine($"[{analysis}] {name}: {samples.Count} searches, p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, " +
                    $"max {samples[^1]:0.0} ms; index {phases[0] / samples.Count:0.0} ms, facets {phases[1] / samples.Count:0.00} ms, marks {phases[2] / samples.Count:0.00} ms on average; " +
                    $"considered per query min {stats.Min(s => s.Considered)}, median {stats.Select(s => s.Considered).Order().ElementAt(stats.Count / 2)}");
                // The machine is shared: the process's CPU time per search says what the search costs, whatever the load.
                Console.WriteLine($"[{analysis}] {name}: CPU time per search p50 {Cpu(0.50):0.0} ms, p95 {Cpu(0.95):0.0} ms; slowest: " +
                    string.Join(", ", perQuery.OrderByDescending(x => x.Value).Take(4).Select(x => $"{x.Key} {x.Value:0} ms")));
            }
        }
        if (!keep) Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>What <c>CaseSearch.SearchAsync</c> does for one query, with the database's part read from memory.</summary>
    private static async Task<(int Considered, int Shown)> SearchAsync(FullTextSearch search, Row[] rows, string q, IReadOnlyCollection<string>? bodies, double[]? phases = null)
    {
        const int considered = 1000, pageSize = 200, shown = 20;
        var t = Stopwatch.GetTimestamp();
        var hits = new List<FullTextHit>();
        string? after = null;
        do
        {
            var page = await search.SearchPageAsync("cases", q, bodies, pageSize, after);
            hits.AddRange(page.Hits);
            after = page.Next;
        }
        while (after is not null && hits.Count < considered);
        if (hits.Count > considered) hits.RemoveRange(considered, hits.Count - considered);
        var indexTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var records = hits.Select(h => rows[IndexOf(h.Id)]).ToList();
        var facets = new[]
        {
            Count(records.Select(r => (IEnumerable<string>)[r.Status])),
            Count(records.Select(r => (IEnumerable<string>)[r.Territorial, r.Industry])),
            Count(records.Select(r => (IEnumerable<string>)[r.Territorial])),
            Count(records.Select(r => (IEnumerable<string>)[r.Industry])),
            Count(records.Select(r => (IEnumerable<string>)[r.Channel])),
            Count(records.Select(r => (IEnumerable<string>)[r.At.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture)])),
        };
        var facetTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        t = Stopwatch.GetTimestamp();
        var marked = 0;
        foreach (var hit in hits.Take(shown))
        {
            var title = PersonalDataText.MaskWithSpans(hit.Title);
            var snippet = PersonalDataText.MaskWithSpans(hit.Snippet);
            marked += SearchHighlighter.Mark(title.Text, q, title.Masked).Count + SearchHighlighter.Mark(snippet.Text, q, snippet.Masked).Count;
        }
        var markTime = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (phases is not null) { phases[0] += indexTime; phases[1] += facetTime; phases[2] += markTime; }
        GC.KeepAlive(facets);
        return (hits.Count, marked);
    }

    private static List<(string Value, int Count)> Count(IEnumerable<IEnumerable<string>> values) =>
        values.SelectMany(v => v).GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();

    // Ids are Guids as the cases module's are; the first four bytes carry the case's place in the array.
    private static string IdOf(int i) => new Guid(i, 0x19, 0x19, 0, 0, 0, 0, 0, 0, 0, 0).ToString();

    private static int IndexOf(string id) => BitConverter.ToInt32(Guid.Parse(id).ToByteArray(), 0);

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
