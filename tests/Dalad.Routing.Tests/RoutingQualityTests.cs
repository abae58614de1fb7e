using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Routing.Tests;

/// <summary>
/// Every example complaint of the development set through the preview endpoint, on the seeded matrix.
/// Prints territory and industry accuracy and every miss with its evidence. The set is a sample: routing is derived
/// from the plan's scope text and the gazetteer, never from these examples.
/// </summary>
public sealed class RoutingQualityTests(DaladHostFactory host, ITestOutputHelper output) : IClassFixture<DaladHostFactory>
{
    private const double TerritoryAim = 0.98;
    private const double IndustryAim = 0.95;

    private sealed record Example(string Id, string Channel, string Text, string Address, string? Territory, string Industry, string[] IndustryAlt);

    [Fact]
    public async Task The_development_set_reaches_its_aims()
    {
        var examples = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "routing-dev.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Example>(l, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!)
            .ToList();
        using var client = await host.CreateClientAsAsync("admin");

        int territoryHits = 0, industryHits = 0;
        var misses = new StringBuilder();
        foreach (var example in examples)
        {
            var response = await client.PostAsJsonAsync("/api/app/routing/preview", new { text = example.Text, address = example.Address });
            var proposal = await DaladHostFactory.ReadAsync<JsonElement>(response);
            var territory = proposal.GetProperty("territory");
            var industry = proposal.GetProperty("industry");
            var territoryCode = territory.GetProperty("code").GetString();
            var industryCode = industry.GetProperty("code").GetString();

            var territoryOk = territoryCode == example.Territory;
            var industryOk = industryCode == example.Industry || example.IndustryAlt.Contains(industryCode);
            if (territoryOk) territoryHits++;
            if (industryOk) industryHits++;
            if (!territoryOk || !industryOk)
            {
                misses.AppendLine($"{example.Id}: {example.Text}");
                if (!territoryOk) misses.AppendLine($"   territory {territoryCode ?? "null"} (expected {example.Territory ?? "null"}) evidence {territory.GetProperty("evidence")}");
                if (!industryOk) misses.AppendLine($"   industry {industryCode} (expected {example.Industry}) evidence {industry.GetProperty("evidence")} alternatives {proposal.GetProperty("alternatives")}");
            }
        }

        var territoryAccuracy = (double)territoryHits / examples.Count;
        var industryAccuracy = (double)industryHits / examples.Count;
        output.WriteLine($"routing-dev: {examples.Count} complaints, territory accuracy {territoryAccuracy:P1}, industry accuracy {industryAccuracy:P1}");
        output.WriteLine(misses.ToString());
        Console.WriteLine($"routing-dev: territory {territoryAccuracy:P1}, industry {industryAccuracy:P1}");

        territoryAccuracy.ShouldBeGreaterThanOrEqualTo(TerritoryAim, misses.ToString());
        industryAccuracy.ShouldBeGreaterThanOrEqualTo(IndustryAim, misses.ToString());
    }
}
