using System.Globalization;

namespace Dalad.Search;

/// <summary>The place after the last hit of a page: its score and id (the results' total order), as one opaque string.</summary>
internal readonly record struct SearchCursor(float Score, string Id)
{
    public static string Format(float score, string id) => score.ToString("R", CultureInfo.InvariantCulture) + "_" + id;

    /// <summary>null for no cursor (the first page); a cursor that is not ours is bad input.</summary>
    public static SearchCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var separator = cursor.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || separator == cursor.Length - 1
            || !float.TryParse(cursor.AsSpan(0, separator), NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            throw new Dalad.Platform.Web.BusinessException("Search:InvalidCursor");
        return new SearchCursor(score, cursor[(separator + 1)..]);
    }
}
