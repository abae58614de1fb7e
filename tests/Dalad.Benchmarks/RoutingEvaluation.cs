using System.Globalization;
using System.Text;
using System.Text.Json;
using Dalad.Routing;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Runs JSONL files of labelled complaints (the format of routing-dev.jsonl: text, address, territory, industry,
/// industry_alt) through routing on the real host with the seeded matrix, and prints territory and industry accuracy,
/// a confusion table by industry body, the share flagged for a dispatcher, and the accuracy where not flagged.
/// Usage: dotnet run --project tests/Dalad.Benchmarks -- evaluate file.jsonl [more.jsonl…] [--misses] [--calibration]
/// </summary>
internal static class RoutingEvaluation
{
    private sealed record Example(string Id, string Text, string? Address, string? Territory, string Industry, string[]? IndustryAlt);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<int> RunAsync(string[] args)
    {
        var showMisses = args.Contains("--misses");
        var calibration = args.Contains("--calibration");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: evaluate file.jsonl [more.jsonl…] [--misses] [--calibration]");
            return 2;
        }

        var pooled = new List<(RoutingProposal Proposal, bool Right)>();
        await using var host = new DaladHostFactory();
        _ = host.Server; // starts the host: migrations, seed, the routing model
        foreach (var file in files)
        {
            var examples = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<Example>(l, Json)!).ToList();
            using var scope = host.Services.CreateScope();
            var router = scope.ServiceProvider.GetRequiredService<IRoutingService>();
            var results = new List<(Example Example, RoutingProposal Proposal, bool TerritoryOk, bool IndustryOk)>();
            foreach (var example in examples)
            {
                var proposal = await router.ProposeAsync(new RoutingRequest(example.Text, example.Address));
                var territoryOk = proposal.Territory.Code == example.Territory;
                var industryOk = proposal.Industry.Code == example.Industry || (example.IndustryAlt ?? []).Contains(proposal.Industry.Code);
                results.Add((example, proposal, territoryOk, industryOk));
            }
            Print(file, results, showMisses);
            if (calibration) Calibrate(results.Select(r => (r.Proposal, r.TerritoryOk && r.IndustryOk)).ToList());
            pooled.AddRange(results.Select(r => (r.Proposal, r.TerritoryOk && r.IndustryOk)));
        }
        if (calibration && files.Count > 1)
        {
            Console.WriteLine($"== all {files.Count} files pooled: {pooled.Count} complaints");
            Calibrate(pooled);
        }
        return 0;
    }

    private static void Print(string file, List<(Example Example, RoutingProposal Proposal, bool TerritoryOk, bool IndustryOk)> results, bool showMisses)
    {
        var n = results.Count;
        var flagged = results.Count(r => r.Proposal.NeedsDispatcher);
        var unflagged = results.Where(r => !r.Proposal.NeedsDispatcher).ToList();
        // A flagged proposal is still useful when the right owner is among the candidates the dispatcher is shown.
        var flaggedInTop3 = results.Where(r => r.Proposal.NeedsDispatcher).Count(r =>
            (r.TerritoryOk || r.Proposal.Alternatives.Any(a => a.Role == "territory" && a.Code == r.Example.Territory))
            && (r.IndustryOk || r.Proposal.Alternatives.Any(a => a.Role == "industry" && (a.Code == r.Example.Industry || (r.Example.IndustryAlt ?? []).Contains(a.Code)))));

        Console.WriteLine($"== {Path.GetFileName(file)}: {n} complaints");
        Console.WriteLine($"territory accuracy      {Pct(results.Count(r => r.TerritoryOk), n)}");
        Console.WriteLine($"industry accuracy       {Pct(results.Count(r => r.IndustryOk), n)}");
        Console.WriteLine($"both right              {Pct(results.Count(r => r.TerritoryOk && r.IndustryOk), n)}");
        Console.WriteLine($"flagged for dispatcher  {Pct(flagged, n)} ({flagged}); right owners among the candidates shown: {Pct(flaggedInTop3, flagged)}");
        Console.WriteLine($"not flagged: both right {Pct(unflagged.Count(r => r.TerritoryOk && r.IndustryOk), unflagged.Count)}, territory {Pct(unflagged.Count(r => r.TerritoryOk), unflagged.Count)}, industry {Pct(unflagged.Count(r => r.IndustryOk), unflagged.Count)} ({unflagged.Count})");

        // Confusion by industry body: expected (rows) → proposed (columns), only the bodies that occur.
        var bodies = results.Select(r => r.Example.Industry).Concat(results.Select(r => r.Proposal.Industry.Code ?? "—")).Distinct().Order(StringComparer.Ordinal).ToList();
        var width = Math.Max(6, bodies.Max(b => b.Length) + 1);
        var table = new StringBuilder();
        table.Append("expected \\ proposed".PadRight(width + 4));
        foreach (var b in bodies) table.Append(Short(b).PadLeft(6));
        table.AppendLine("   recall");
        foreach (var expected in bodies.Where(b => results.Any(r => r.Example.Industry == b)))
        {
            var row = results.Where(r => r.Example.Industry == expected).ToList();
            table.Append(expected.PadRight(width + 4));
            foreach (var proposed in bodies)
            {
                var count = row.Count(r => (r.IndustryOk ? expected : r.Proposal.Industry.Code ?? "—") == proposed);
                table.Append((count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture)).PadLeft(6));
            }
            table.AppendLine("   " + Pct(row.Count(r => r.IndustryOk), row.Count));
        }
        Console.WriteLine("confusion by industry body (an accepted alternative counts as the expected body):");
        Console.Write(table);

        if (!showMisses) return;
        foreach (var (example, proposal, territoryOk, industryOk) in results.Where(r => !r.TerritoryOk || !r.IndustryOk))
        {
            Console.WriteLine($"{example.Id}{(proposal.NeedsDispatcher ? " [flagged]" : "")}: {example.Text}");
            if (!territoryOk) PrintMiss("territory", proposal.Territory, example.Territory, proposal);
            if (!industryOk) PrintMiss("industry", proposal.Industry, example.Industry, proposal);
        }
    }

    /// <summary>A missed owner with its confidence and evidence, then the runners-up the dispatcher would be shown.</summary>
    private static void PrintMiss(string role, RoutingOwner owner, string? expected, RoutingProposal proposal)
    {
        Console.WriteLine($"   {role} {owner.Code ?? "null"} {owner.Name} {owner.Confidence:0.00} (expected {expected ?? "null"}) {Evidence(owner.Evidence)}");
        foreach (var runnerUp in proposal.Alternatives.Where(a => a.Role == role))
            Console.WriteLine($"     or {runnerUp.Code} {runnerUp.Name} {runnerUp.Confidence:0.00} {Evidence(runnerUp.Evidence)}");
    }

    /// <summary>
    /// What a stricter industry threshold would do: for each, the share flagged and the accuracy where not flagged, as if
    /// a proposal were also flagged when its industry confidence is below the threshold (the router flags below 0.7).
    /// </summary>
    private static void Calibrate(List<(RoutingProposal Proposal, bool Right)> results)
    {
        Console.WriteLine("calibration: industry threshold | flagged | right where not flagged (count)");
        foreach (var threshold in new[] { 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0 })
        {
            var unflagged = results.Where(r => !r.Proposal.NeedsDispatcher && r.Proposal.Industry.Confidence >= threshold).ToList();
            Console.WriteLine($"  {threshold.ToString("0.00", CultureInfo.InvariantCulture)} | {Pct(results.Count - unflagged.Count, results.Count)} | {Pct(unflagged.Count(r => r.Right), unflagged.Count)} ({unflagged.Count})");
        }
    }

    private static string Pct(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Evidence(IEnumerable<RoutingEvidence> evidence) => string.Join("; ", evidence.Select(e => $"{e.Kind}:{e.Matched}→{e.Source}"));

    private static string Short(string body) => body.Length <= 5 ? body : body[..5];
}
