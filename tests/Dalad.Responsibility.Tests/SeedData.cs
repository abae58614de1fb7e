using System.Text.Json;

namespace Dalad.Responsibility.Tests;

/// <summary>The module's own copies of the reference data (embedded in Dalad.Responsibility), read the way a reviewer would.</summary>
internal static class SeedData
{
    public sealed record BodyRow(string Code, string Name, string Kind, string Duty);

    public sealed record TerritoryRow(string Code, string Name, string Kind, string Body, string[] Aliases);

    public static IReadOnlyList<BodyRow> Bodies() => Lines("bodies.csv").Skip(1)
        .Select(l => l.Split(',', 4)).Select(f => new BodyRow(f[0], f[1], f[2], f[3])).ToList();

    public static IReadOnlyList<TerritoryRow> Territories() => Lines("territories.csv").Skip(1)
        .Select(l => l.Split(',')).Select(f => new TerritoryRow(f[0], f[1], f[2], f[3], f[4].Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList();

    public static JsonElement ScopeItems() => JsonDocument.Parse(Text("scope-items.json")).RootElement.GetProperty("items");

    /// <summary>Section 二 (职责分工) of the Dalad plan, verbatim.</summary>
    public static string PlanSection2() => Text("plan-section-2.txt");

    private static IEnumerable<string> Lines(string file) => Text(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));

    private static string Text(string file)
    {
        var assembly = typeof(ResponsibilityModule).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".SeedData." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
