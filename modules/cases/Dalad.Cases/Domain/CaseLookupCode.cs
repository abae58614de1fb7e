using System.Security.Cryptography;

namespace Dalad.Cases.Domain;

/// <summary>
/// The short code a complainant needs, with the case number and his phone, to look the case up on the public page
/// (issue 15, finding 9): case numbers are sequential, so the number alone must not be enough. Six characters drawn
/// at random (a CSPRNG) from an alphabet without look-alikes (no 0/O, 1/I/L): 31⁶ ≈ 8.9 × 10⁸ codes per case.
/// </summary>
public static class CaseLookupCode
{
    public const int Length = 6;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What the complainant typed, as stored: upper case, without spaces; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = string.Concat(typed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
