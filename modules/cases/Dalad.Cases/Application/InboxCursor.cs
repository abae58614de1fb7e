using System.Buffers.Text;
using System.Globalization;
using Dalad.Cases.Domain;

namespace Dalad.Cases.Application;

/// <summary>
/// Where an inbox page ended, in the inbox's order (step due time first, cases without one after them; then newest
/// opened first, then the higher sequence): the next page starts after it. Opaque to clients (base64url text).
/// </summary>
public sealed record InboxCursor(DateTime? DueAt, DateTime OpenedAt, int Sequence)
{
    public static InboxCursor After(Case c) => new(c.StepDueAt, c.OpenedAt, c.Sequence);

    public override string ToString() =>
        Base64Url.EncodeToString(System.Text.Encoding.ASCII.GetBytes(
            $"{DueAt?.Ticks.ToString(CultureInfo.InvariantCulture)}.{OpenedAt.Ticks.ToString(CultureInfo.InvariantCulture)}.{Sequence.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Null for anything this class did not write.</summary>
    public static InboxCursor? Parse(string text)
    {
        try
        {
            var parts = System.Text.Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text.Trim())).Split('.');
            if (parts.Length != 3) return null;
            DateTime? due = parts[0].Length == 0 ? null : Utc(long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture));
            return new InboxCursor(due, Utc(long.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture)),
                int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);
}
