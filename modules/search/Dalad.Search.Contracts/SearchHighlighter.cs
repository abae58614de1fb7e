namespace Dalad.Search;

/// <summary>A piece of a result's text, in order; <c>Match</c> when the query matched it. Plain text, never markup.</summary>
public sealed record HighlightPart(string Text, bool Match);

/// <summary>
/// Which words of a result the query matched, and the snippet window around the first of them: one rule for every
/// backend, applied to the text as the user sees it (after personal numbers are masked).
/// <para>It follows the analysis every backend indexes: Chinese as overlapping character pairs (Lucene's CJK pairs,
/// Elasticsearch's <c>cjk</c>), other letters and digits as whole words, ignoring case and full/half width. A query pair
/// is marked wherever it occurs, so 钢筋工 marks 钢筋 in 钢筋班组 (a SmartCn word of two or more characters is made of
/// pairs, so what a word match found is marked through its pairs). A lone character of the query (工 in "钢筋 工") is
/// marked only where it stands alone in the text too, as the pair analysis indexes it, never inside a longer run
/// (not the 工 of 员工). Nothing is ever marked inside a masked span.</para>
/// </summary>
public static class SearchHighlighter
{
    /// <summary>The characters a snippet shows around its first match.</summary>
    public const int SnippetWidth = 60;

    /// <param name="masked">Spans of <paramref name="text"/> that hide a personal number: a match touching one is not marked.</param>
    public static IReadOnlyList<HighlightPart> Mark(string text, string query, IReadOnlyList<(int Start, int Length)>? masked = null)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var marked = new bool[text.Length];
        foreach (var (start, length) in Matches(text, query))
        {
            if (masked is not null && masked.Any(m => start < m.Start + m.Length && m.Start < start + length)) continue;
            Array.Fill(marked, true, start, length);
        }
        var parts = new List<HighlightPart>();
        var from = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && marked[i] == marked[from]) continue;
            parts.Add(new HighlightPart(text[from..i], marked[from]));
            from = i;
        }
        return parts;
    }

    /// <summary>
    /// About <see cref="SnippetWidth"/> characters of <paramref name="text"/> with its first match a third of the way in
    /// (the text's start when nothing matches), with "…" where text was cut. A cut never falls inside a run of digits,
    /// so the masking that follows sees a personal number whole.
    /// </summary>
    public static string Snippet(string text, string query, int width = SnippetWidth)
    {
        if (text.Length <= width) return text;
        var first = Matches(text, query).Select(m => m.Start).DefaultIfEmpty(0).Min();
        var start = Math.Clamp(first - width / 3, 0, text.Length - width);
        var end = start + width;
        for (var steps = 0; start > 0 && steps < 30 && IsNumberish(text[start - 1]) && IsNumberish(text[start]); steps++) start--;
        for (var steps = 0; end < text.Length && steps < 30 && IsNumberish(text[end - 1]) && IsNumberish(text[end]); steps++) end++;
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    /// <summary>Every place (start, length) of <paramref name="text"/> that a term of the query matches, in no order.</summary>
    public static IEnumerable<(int Start, int Length)> Matches(string text, string query)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(query)) yield break;
        var folded = string.Create(text.Length, text, (span, t) => { for (var i = 0; i < t.Length; i++) span[i] = Fold(t[i]); });
        foreach (var (term, kind) in Terms(query))
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                var end = at + term.Length;
                var fits = kind switch
                {
                    TermKind.Pair => true,
                    // Alone as the pair analysis indexes it: no Chinese character on either side.
                    TermKind.Single => (at == 0 || !IsHan(folded[at - 1])) && (end == folded.Length || !IsHan(folded[end])),
                    // A whole word: 12 is not marked in 2012.
                    _ => (at == 0 || !IsWordChar(folded[at - 1])) && (end == folded.Length || !IsWordChar(folded[end])),
                };
                if (fits) yield return (at, term.Length);
            }
        }
    }

    private enum TermKind { Pair, Single, Word }

    /// <summary>The query's terms as the indexes analyse it: pairs of each run of Chinese characters (the character
    /// itself for a run of one), and each run of other letters and digits, folded.</summary>
    private static IEnumerable<(string Term, TermKind Kind)> Terms(string query)
    {
        var q = string.Create(query.Length, query, (span, t) => { for (var i = 0; i < t.Length; i++) span[i] = Fold(t[i]); });
        var terms = new HashSet<(string, TermKind)>();
        for (var i = 0; i < q.Length;)
        {
            var end = i;
            if (IsHan(q[i]))
            {
                while (end < q.Length && IsHan(q[end])) end++;
                if (end - i == 1) terms.Add((q[i..end], TermKind.Single));
                for (var p = i; p + 1 < end; p++) terms.Add((q.Substring(p, 2), TermKind.Pair));
            }
            else if (IsWordChar(q[i]))
            {
                while (end < q.Length && IsWordChar(q[end])) end++;
                terms.Add((q[i..end], TermKind.Word));
            }
            else end++;
            i = end;
        }
        return terms;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsHan(c);

    private static bool IsNumberish(char c) => char.IsAsciiDigit(c) || c is ' ' or '-' or 'X' or 'x';

    /// <summary>Full-width letters and digits as half-width, lower case: one character for one, so places stay put.</summary>
    private static char Fold(char c) => char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
}
