using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dalad.Host;

/// <summary>
/// A JSON string holding U+0000 is malformed input: PostgreSQL cannot store it (a 500 found by the bad-input suite)
/// and no field of the platform has a use for it. Refused while reading the body, so it is a 400 in problem details.
/// </summary>
internal sealed class NoNulStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && value.Contains('\0', StringComparison.Ordinal)) throw new JsonException("A string may not contain U+0000.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
