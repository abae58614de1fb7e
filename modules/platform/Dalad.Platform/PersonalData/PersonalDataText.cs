using System.Text.RegularExpressions;

namespace Dalad.Platform.PersonalData;

/// <summary>
/// Free text typed by a caller or a clerk can carry an identity number or a phone number ("我电话13812345678"). Where
/// such text is shown outside the record's own page (a search snippet, a list), the numbers are masked as the record's
/// fields are.
/// </summary>
public static partial class PersonalDataText
{
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var masked = IdLike().Replace(text, m => ChineseIdCard.Mask(m.Value));
        return PhoneLike().Replace(masked, m => ChinesePhone.Normalize(m.Value) is { } phone ? ChinesePhone.Mask(phone) : m.Value);
    }

    // 18 characters (17 digits and a digit or X) not inside a longer run of digits.
    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex IdLike();

    // A mobile (11 digits from 1[3-9]) or a landline with its area code, not inside a longer run of digits.
    [GeneratedRegex(@"(?<![0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}[-\s]?[2-9][0-9]{6,7})(?![0-9])")]
    private static partial Regex PhoneLike();
}
