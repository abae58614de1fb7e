using System.Text.Json;

namespace Dalad.Identity.Users;

/// <summary>
/// Reads <c>extraProperties.BodyCodes</c>: an array of body codes, or a string holding one code or several separated
/// by commas (the web UI's user form sends an array; ABP's plain typeahead would send one code; API callers either).
/// </summary>
internal static class BodyCodesInput
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    /// <summary>False when the property is present but neither a string, an array of strings nor null.</summary>
    public static bool IsWellFormed(Dictionary<string, JsonElement>? extraProperties) =>
        !TryFind(extraProperties, out var value) || value.ValueKind is JsonValueKind.String or JsonValueKind.Null
        || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String));

    /// <summary>The distinct codes given, or null when the input does not mention BodyCodes at all.</summary>
    public static IReadOnlyList<string>? Read(Dictionary<string, JsonElement>? extraProperties)
    {
        if (!TryFind(extraProperties, out var value)) return null;
        IEnumerable<string> codes = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Split(Separators),
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            _ => [],
        };
        return codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool TryFind(Dictionary<string, JsonElement>? extraProperties, out JsonElement value)
    {
        foreach (var (key, element) in extraProperties ?? [])
        {
            if (key.Equals(IdentityUserExtraProperties.BodyCodes, StringComparison.OrdinalIgnoreCase))
            {
                value = element;
                return true;
            }
        }
        value = default;
        return false;
    }
}
