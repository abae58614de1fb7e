using System.Buffers.Text;
using System.Globalization;

namespace Dalad.Cases.Application;

/// <summary>
/// Where a page of the board or of the reminders ended: the time it is ordered by and the id that breaks ties. The next
/// page starts after it (an index seek, not an offset). Opaque to clients (base64url text).
/// </summary>
public sealed record SeekCursor(DateTime At, Guid Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(System.Text.Encoding.ASCII.GetBytes($"{At.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    /// <summary>Null for anything this class did not write.</summary>
    public static SeekCursor? Parse(string text)
    {
        try
        {
            var parts = System.Text.Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text.Trim())).Split('.');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[1], "N", out var id)) return null;
            return new SeekCursor(new DateTime(long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc), id);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
