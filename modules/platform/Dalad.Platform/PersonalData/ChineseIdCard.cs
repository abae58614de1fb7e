using System.Globalization;

namespace Dalad.Platform.PersonalData;

public enum IdCardProblem
{
    None,

    /// <summary>Not 17 digits followed by a digit or X.</summary>
    Format,

    /// <summary>Positions 7–14 are not a real date between 1900 and today.</summary>
    BirthDate,

    /// <summary>The check character does not match (GB 11643-1999, ISO 7064 MOD 11-2).</summary>
    Checksum,
}

/// <summary>Resident identity card numbers of the PRC (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence,
/// check character. One rule for every module that takes the number (complainants, workers on a project).</summary>
public static class ChineseIdCard
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-case X, no surrounding spaces.</summary>
    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    public static IdCardProblem Check(string input, DateOnly today)
    {
        var id = Normalize(input);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X')) return IdCardProblem.Format;
        if (!DateOnly.TryParseExact(id[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
            return IdCardProblem.BirthDate;
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11] == id[17] ? IdCardProblem.None : IdCardProblem.Checksum;
    }

    /// <summary>Whether the number is a real one on <paramref name="today"/> (the Beijing date: no birth date after it).</summary>
    public static bool IsValid(string? input, DateOnly today) => input is not null && Check(input, today) == IdCardProblem.None;

    /// <summary>The check character for 17 digits (for building test data).</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>1506**********123X: region prefix and last four kept.</summary>
    public static string Mask(string id) => id.Length > 8 ? id[..4] + new string('*', id.Length - 8) + id[^4..] : new string('*', id.Length);
}
