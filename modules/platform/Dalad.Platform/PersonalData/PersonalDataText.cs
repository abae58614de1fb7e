using System.Text.RegularExpressions;

namespace Dalad.Platform.PersonalData;

/// <summary>
/// Free text typed by a caller or a clerk can carry an identity number or a phone number ("我电话139 1234 5678"). Where
/// such text leaves the record's own page (a search snippet, a published disclosure), the numbers are found here: a run
/// of digits with the separators people type that is a phone number (<see cref="ChinesePhone"/>), or has the shape of an
/// identity number (18 characters, valid or mistyped, or the old 15 digits). Amounts, dates and case numbers stay.
/// </summary>
public static partial class PersonalDataText
{
    /// <summary>Each personal number replaced by what <paramref name="replacement"/> makes of it.</summary>
    public static string Replace(string text, Func<string, string> replacement) =>
        string.IsNullOrEmpty(text) ? text : Candidates().Replace(text, m => IsPersonal(m.Value) ? replacement(m.Value) : m.Value);

    public static bool Contains(string text) => Candidates().Matches(text).Any(m => IsPersonal(m.Value));

    /// <summary>Masked as the record's fields are: 139****5678, 1506**********1234.</summary>
    public static string Mask(string text) => Replace(text, number =>
        ChinesePhone.Normalize(number) is { } phone ? ChinesePhone.Mask(phone) : ChineseIdCard.Mask(Separators().Replace(number, "")));

    /// <summary><see cref="Mask"/>, with where each masked number stands in the result (so nothing marks inside one).</summary>
    public static (string Text, IReadOnlyList<(int Start, int Length)> Masked) MaskWithSpans(string text)
    {
        var spans = new List<(int Start, int Length)>();
        if (string.IsNullOrEmpty(text)) return (text, spans);
        var result = new System.Text.StringBuilder(text.Length);
        var from = 0;
        foreach (Match m in Candidates().Matches(text))
        {
            if (!IsPersonal(m.Value)) continue;
            result.Append(text, from, m.Index - from);
            var masked = Mask(m.Value);
            spans.Add((result.Length, masked.Length));
            result.Append(masked);
            from = m.Index + m.Length;
        }
        result.Append(text, from, text.Length - from);
        return (result.ToString(), spans);
    }

    private static bool IsPersonal(string candidate)
    {
        if (ChinesePhone.IsValid(candidate)) return true;
        var compact = Separators().Replace(candidate, "").ToUpperInvariant();
        return compact.Length switch
        {
            18 => compact[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(compact[17]) || compact[17] == 'X'),
            15 => compact.All(char.IsAsciiDigit),
            _ => false,
        };
    }

    // Digits with the separators people type in numbers (spaces, dashes, brackets, +86), ending in a digit or X.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\+?[0-9][0-9 \-()（）]{5,24}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex Candidates();

    [GeneratedRegex(@"[\s\-()（）+]")]
    private static partial Regex Separators();
}
