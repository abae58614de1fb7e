using System.Text.RegularExpressions;

namespace Dalad.Platform.PersonalData;

/// <summary>Mainland China phone numbers: mobiles (1[3-9] + 9 digits) and landlines (area code 0xx or 0xxx + 7–8 digits).</summary>
public static partial class ChinesePhone
{
    /// <summary>The number in one canonical form — 13812345678 or 0477-5123456 — or null when it is not a valid number.
    /// Spaces, dashes, brackets and a +86 / 0086 prefix are accepted.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = Separators().Replace(input.Trim(), "");
        if (digits.StartsWith('+')) digits = digits[1..];
        if (digits.StartsWith("0086", StringComparison.Ordinal)) digits = digits[4..];
        else if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13) digits = digits[2..];
        if (!digits.All(char.IsAsciiDigit)) return null;

        if (Mobile().IsMatch(digits)) return digits;
        if (digits.Length is < 10 or > 12 || digits[0] != '0') return null;
        // Two-digit area numbers (010 Beijing, 02x big cities) make a 3-character code; the rest are 4 (0477 Ordos).
        var areaLength = digits[1] is '1' or '2' ? 3 : 4;
        var local = digits[areaLength..];
        if (local.Length is < 7 or > 8 || local[0] is '0' or '1') return null;
        return digits[..areaLength] + "-" + local;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;

    /// <summary>Whether a normalized number is a mobile (can receive SMS).</summary>
    public static bool IsMobile(string normalized) => Mobile().IsMatch(normalized);

    /// <summary>138****5678; 0477-***3456 for a landline.</summary>
    public static string Mask(string phone)
    {
        var dash = phone.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0) return phone[..(dash + 1)] + new string('*', Math.Max(phone.Length - dash - 1 - 4, 0)) + phone[^Math.Min(4, phone.Length - dash - 1)..];
        return phone.Length >= 7 ? phone[..3] + new string('*', phone.Length - 7) + phone[^4..] : new string('*', phone.Length);
    }

    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
