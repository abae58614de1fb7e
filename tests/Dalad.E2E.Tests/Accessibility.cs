using System.Text.Json;
using Microsoft.Playwright;

namespace Dalad.E2E.Tests;

/// <summary>One axe-core rule broken on a page: its id, impact and the first elements it names.</summary>
public sealed record AxeViolation(string Id, string Impact, string[] Targets);

/// <summary>
/// axe-core run inside the page, on the whole document, reporting violations only. The script is the one Deque ships
/// in Deque.AxeCore.Commons. Deque's own Playwright runner checks frames one by one and finishes each run in a new
/// blank page, which costs about two seconds a page; our pages have no frames, so the plain run gives the same
/// violations in a tenth of the time (measured in the role walk: 1.8–2.3 s against 0.1–0.3 s).
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not among Deque.AxeCore.Commons' resources");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<string>(@"async () => {
            const results = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact || '',
                targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)),
            })));
        }");
        return JsonSerializer.Deserialize<AxeViolation[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
