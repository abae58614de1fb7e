using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>Bank account numbers as courts and banks type them: spaces and dashes are dropped; what remains must be 8 to
/// 32 digits (Chinese bank account and card numbers are 12–19 digits; corporate accounts run longer).</summary>
public static class AccountNumbers
{
    public const int MinDigits = 8;
    public const int MaxDigits = 32;

    /// <summary>The digits of a valid number, else null.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－' or '—' or '–')).ToArray());
        return digits.Length is >= MinDigits and <= MaxDigits && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

/// <summary>One check of an account number: who, which number, the answer (the kinds and projects named), when.</summary>
public sealed class AccountCheck : AuditedEntity
{
    public const int MaxAnswerLength = 1000;

    public required string AccountNumber { get; init; }
    public bool Protected { get; init; }
    public string? Answer { get; init; }
    public DateTime CheckedAt { get; init; }
    public string? CheckedBy { get; init; }
}
