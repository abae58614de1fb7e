using System.Buffers;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Routing;

/// <summary>A word the desk's decisions suggest as a keyword of a body, for the joint office to approve.</summary>
/// <param name="ScopeItemId">The body's scope item the word would join (the one its complaints speak of most); null when the body has none.</param>
/// <param name="Corrections">How many decided complaints of the body contain the word that the matrix alone sends elsewhere.</param>
/// <param name="Decisions">How many decided complaints contain it at all.</param>
/// <param name="Share">The share of those that went to the body.</param>
/// <param name="Examples">Up to three of the corrected complaints.</param>
/// <param name="RuleBodyNames">Where the matrix alone sends them (a dispatcher's choice when it cannot tell: "—").</param>
public sealed record KeywordSuggestionDto(
    string Keyword, string BodyCode, string BodyName, Guid? ScopeItemId, string? Sector,
    int Corrections, int Decisions, double Share, IReadOnlyList<string> Examples, IReadOnlyList<string> RuleBodyNames);

/// <param name="Examined">How many of the newest decisions were checked against the matrix.</param>
/// <param name="CorrectionCount">How many of those the matrix alone sends to another body.</param>
public sealed record KeywordSuggestionsDto(int DecisionCount, int Examined, int CorrectionCount, IReadOnlyList<KeywordSuggestionDto> Items);

/// <summary>
/// Finds the words the matrix is missing. A decided dispatch is a correction of the matrix when the rules alone (no
/// learned layer) send its complaint to another body than the desk chose; once the learned layer has picked a
/// correction up, the desk confirms such proposals, and they still show what the matrix does not know. A word is
/// suggested when at least two corrections to one body share it (a run of two to six characters), nearly every decided
/// complaint containing it went to that body, and the matrix has no such keyword yet. Place names, the desk's formula and
/// the words every complaint uses are never suggested. Approving a word makes the rules route those complaints, so its
/// corrections, and the suggestion, go away.
/// </summary>
public static class KeywordSuggestions
{
    public const int MinimumCorrections = 2;
    public const double MinimumShare = 0.8;

    /// <summary>The newest decisions checked against the matrix (each costs one rules-only routing).</summary>
    public const int MaxExamined = 2_000;

    private const int MinimumLength = 2;
    private const int MaximumLength = 6;

    // Characters that glue a sentence together; a keyword never contains one.
    private static readonly SearchValues<char> Function = SearchValues.Create("的了在是和与及其我你他她它们这那个被把就都也还又说给对向从到为以等着过吗呢吧啊呀让叫去来上下里中有没不很会要想人当");

    /// <param name="decisions">Every decision kept, oldest first.</param>
    /// <param name="rulesPropose">The industry body the matrix's rules alone propose for a complaint, or null when they cannot tell.</param>
    public static KeywordSuggestionsDto Suggest(IReadOnlyList<RoutingDecision> decisions, ResponsibilityMatrixSnapshot matrix, Func<string, string?> rulesPropose, int max = 30)
    {
        var names = matrix.Bodies.ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);
        var known = matrix.ScopeItems.SelectMany(i => i.Keywords.Append(i.Sector)).ToList();
        // Longest first, so a village is cut out whole before its town's short form.
        var places = matrix.Territories.SelectMany(t => t.Aliases.Append(t.Name).Concat(t.Villages.Select(v => v.Name)))
            .Where(p => p.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToList();
        var cleaned = decisions.Select(d => Clean(d.Text, places)).ToList();

        // The corrections among the newest decisions, with where the rules send each.
        var first = FirstExamined(decisions.Count);
        var ruled = new Dictionary<int, string?>();
        for (var i = first; i < decisions.Count; i++)
        {
            var rule = rulesPropose(decisions[i].Text);
            if (rule != decisions[i].IndustryBodyCode) ruled[i] = rule;
        }

        // Each body's candidate words with the corrections to it (by index into decisions) that contain them.
        var support = new Dictionary<string, Dictionary<string, HashSet<int>>>(StringComparer.Ordinal);
        foreach (var (i, _) in ruled)
        {
            var byWord = support.TryGetValue(decisions[i].IndustryBodyCode, out var w) ? w : support[decisions[i].IndustryBodyCode] = new(StringComparer.Ordinal);
            foreach (var word in Words(cleaned[i]))
                (byWord.TryGetValue(word, out var set) ? set : byWord[word] = []).Add(i);
        }
        foreach (var byWord in support.Values)
            foreach (var word in byWord.Where(p => p.Value.Count < MinimumCorrections).Select(p => p.Key).ToList()) byWord.Remove(word);
        var containing = Count(support.Values.SelectMany(b => b.Keys), cleaned, decisions);

        var items = new List<KeywordSuggestionDto>();
        foreach (var (toBody, byWord) in support)
        {
            var candidates = new List<(string Word, HashSet<int> Corrected, int Decisions, double Share)>();
            foreach (var (word, corrected) in byWord)
            {
                var byBody = containing[word];
                var all = byBody.Values.Sum();
                var share = (double)byBody.GetValueOrDefault(toBody) / all;
                if (share < MinimumShare) continue;
                if (known.Any(k => k.Contains(word, StringComparison.Ordinal) || word.Contains(k, StringComparison.Ordinal))) continue;
                if (places.Any(p => p.Contains(word, StringComparison.Ordinal) || word.Contains(p, StringComparison.Ordinal))) continue;
                candidates.Add((word, corrected, all, share));
            }
            // Of words found in the same complaints, the longest says it best ("剧本杀" inside "剧本杀店" adds nothing).
            var kept = candidates.Where(c => !candidates.Any(o => o.Word.Length > c.Word.Length
                && o.Word.Contains(c.Word, StringComparison.Ordinal) && o.Corrected.Count >= c.Corrected.Count));
            var bodyItems = matrix.ScopeItems.Where(i => i.BodyCode == toBody).ToList();
            foreach (var c in kept)
            {
                var texts = c.Corrected.Order().Select(i => decisions[i].Text).Distinct(StringComparer.Ordinal).ToList();
                var item = bodyItems.OrderByDescending(i => texts.Count(t => i.Keywords.Append(i.Sector).Any(k => t.Contains(k, StringComparison.Ordinal))))
                    .FirstOrDefault();
                items.Add(new KeywordSuggestionDto(c.Word, toBody, names.GetValueOrDefault(toBody, toBody), item?.Id, item?.Sector,
                    c.Corrected.Count, c.Decisions, Math.Round(c.Share, 2), texts.Take(3).ToList(),
                    c.Corrected.Select(i => ruled[i] is { } r ? names.GetValueOrDefault(r, r) : "—").Distinct(StringComparer.Ordinal).ToList()));
            }
        }
        var ranked = items.OrderByDescending(s => s.Corrections).ThenByDescending(s => s.Share).ThenByDescending(s => s.Keyword.Length)
            .ThenBy(s => s.Keyword, StringComparer.Ordinal).Take(max).ToList();
        return new KeywordSuggestionsDto(decisions.Count, decisions.Count - first, ruled.Count, ranked);
    }

    /// <summary>The index of the first decision checked against the matrix (the newest <see cref="MaxExamined"/> are).</summary>
    public static int FirstExamined(int decisionCount) => Math.Max(0, decisionCount - MaxExamined);

    /// <summary>How many decided complaints contain each word, by the body they went to; one pass, no word allocated.</summary>
    private static Dictionary<string, Dictionary<string, int>> Count(IEnumerable<string> words, IReadOnlyList<string> cleaned, IReadOnlyList<RoutingDecision> decisions)
    {
        var counts = new Dictionary<string, (Dictionary<string, int> ByBody, int[] LastSeen)>(StringComparer.Ordinal);
        foreach (var word in words) counts.TryAdd(word, (new(StringComparer.Ordinal), [-1]));
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < cleaned.Count; i++)
        {
            var text = cleaned[i].AsSpan();
            for (var a = 0; a < text.Length; a++)
                for (var n = MinimumLength; n <= MaximumLength && a + n <= text.Length; n++)
                    if (lookup.TryGetValue(text.Slice(a, n), out var entry) && entry.LastSeen[0] != i)
                    {
                        entry.LastSeen[0] = i;
                        entry.ByBody[decisions[i].IndustryBodyCode] = entry.ByBody.GetValueOrDefault(decisions[i].IndustryBodyCode) + 1;
                    }
        }
        return counts.ToDictionary(c => c.Key, c => c.Value.ByBody, StringComparer.Ordinal);
    }

    /// <summary>The text without the desk's formula, the claim's own words and place names: a word never straddles them.</summary>
    private static string Clean(string text, IReadOnlyList<string> places)
    {
        foreach (var word in LearnedRouting.Boilerplate) text = text.Replace(word, " ", StringComparison.Ordinal);
        foreach (var place in places) text = text.Replace(place, " ", StringComparison.Ordinal);
        return text;
    }

    /// <summary>Every run of two to six letters inside one stretch of text free of punctuation and function characters.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]) && !Function.Contains(text[i])) continue;
            for (var a = start; a < i; a++)
                for (var n = MinimumLength; n <= MaximumLength && a + n <= i; n++)
                    words.Add(text.Substring(a, n));
            start = i + 1;
        }
        return words;
    }
}

/// <summary>
/// Serves the suggestions from the learned layer's decisions and the current routing model (rules and registers, no
/// learned vote), remembered until either changes: checking the newest decisions against the matrix costs a routing each.
/// </summary>
public sealed class KeywordSuggestionService(LearnedRouting learned, RoutingModelProvider models, IServiceScopeFactory scopes)
{
    private sealed record Computed(long Version, long Generation, KeywordSuggestionsDto Result);

    private volatile Computed? _last;

    public async Task<KeywordSuggestionsDto> GetAsync(CancellationToken cancellationToken)
    {
        var model = await models.GetAsync(cancellationToken);
        var generation = learned.Generation;
        if (_last is { } last && last.Version == model.Version && last.Generation == generation) return last.Result;
        var decisions = learned.Decisions;

        using var scope = scopes.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<IResponsibilityMatrix>().GetSnapshotAsync(cancellationToken: cancellationToken);
        var registers = scope.ServiceProvider.GetRequiredService<IRegisterMatcher>();
        var rules = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var text in decisions.Skip(KeywordSuggestions.FirstExamined(decisions.Count)).Select(d => d.Text).Distinct(StringComparer.Ordinal))
            rules[text] = (await RoutingService.ProposeAsync(model, registers, learned: null, new RoutingRequest(text, null), cancellationToken)).Industry.Code;
        var result = KeywordSuggestions.Suggest(decisions, snapshot, text => rules.GetValueOrDefault(text));
        _last = new Computed(model.Version, generation, result);
        return result;
    }
}
