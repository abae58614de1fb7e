namespace Dalad.Routing;

/// <summary>
/// Reads traditional characters as simplified ones, so that a complaint written in traditional script (風水梁鎮, 工錢)
/// meets the gazetteer, the matrix and the classification, which are all simplified. Character by character from
/// Data/traditional-simplified.txt; a character that is also a valid simplified one is never rewritten.
/// </summary>
internal static class ChineseScript
{
    private static readonly char[] Simplified = Load();

    public static string ToSimplified(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        var first = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (Simplified[value[i]] != '\0') { first = i; break; }
        }
        if (first < 0) return value;
        return string.Create(value.Length, (value, first), static (span, state) =>
        {
            state.value.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                var simplified = Simplified[span[i]];
                if (simplified != '\0') span[i] = simplified;
            }
        });
    }

    private static char[] Load()
    {
        // One slot per UTF-16 unit: a lookup costs an array read, 128 KiB once.
        var table = new char[char.MaxValue + 1];
        using var stream = typeof(ChineseScript).Assembly.GetManifestResourceStream("Dalad.Routing.Data.traditional-simplified.txt")
            ?? throw new InvalidOperationException("traditional-simplified.txt is not embedded in Dalad.Routing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#') table[line[0]] = line[1];
        }
        return table;
    }
}
