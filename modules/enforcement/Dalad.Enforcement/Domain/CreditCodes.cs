using System.Text;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of 0-9 and the capitals without
/// I, O, Z, S, V; the 18th is a check character over the first 17 (weights 3^i mod 31).
/// </summary>
public static class CreditCodes
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-case, without spaces and with full-width letters and digits made half-width.</summary>
    public static string Normalise(string code)
    {
        var sb = new StringBuilder(code.Length);
        foreach (var c in code.Trim())
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(EmployerNames.HalfWidth(c));
        }
        return sb.ToString().ToUpperInvariant();
    }

    /// <summary>True when the (normalised) code has 18 valid characters and the right check character.</summary>
    public static bool IsValid(string? code)
    {
        if (code is null) return false;
        code = Normalise(code);
        if (code.Length != Length) return false;
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0) return false;
            sum += value * Weights[i];
        }
        var check = (31 - sum % 31) % 31;
        return code[Length - 1] == Alphabet[check];
    }
}

/// <summary>Employer names as people type them: the same firm with spaces, full-width brackets or letters matches.</summary>
public static class EmployerNames
{
    /// <summary>A full-width letter, digit or sign (！ to ～) as its ASCII form; any other character unchanged.</summary>
    internal static char HalfWidth(char c) => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c;

    public static string Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            sb.Append(HalfWidth(c));
        }
        return sb.ToString().ToUpperInvariant();
    }
}
