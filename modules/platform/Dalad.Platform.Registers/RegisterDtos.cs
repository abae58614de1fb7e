using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Registers;

public sealed record RegisterEntryView(
    Guid Id, string OwnerBodyCode, string Kind, string Name, IReadOnlyList<string> Aliases, string? TerritoryCode,
    string? IndustryBodyCode, IReadOnlyDictionary<string, string> Attributes, bool IsActive, DateTime CreatedAt, DateTime? LastModifiedAt)
{
    public static RegisterEntryView From(RegisterEntry e) => new(e.Id, e.OwnerBodyCode, e.Kind, e.Name, e.AliasList, e.TerritoryCode,
        e.IndustryBodyCode, RegisterAttributes.Parse(e.Attributes), e.IsActive, e.CreatedAt, e.LastModifiedAt);
}

/// <summary>Create or update an entry. The owner is not chosen: it is the register's body or the territory's body.</summary>
public sealed record RegisterEntryInput(
    string? Kind, string? Name, IReadOnlyList<string>? Aliases = null, string? TerritoryCode = null,
    Dictionary<string, string>? Attributes = null, bool? IsActive = null);

public sealed record RegisterListQuery(string? Filter, string? Kind, string? TerritoryCode, bool? IsActive, int? SkipCount, int? MaxResultCount);

public sealed record RegisterPage(long TotalCount, IReadOnlyList<RegisterEntryView> Items);

public sealed record RegisterKindView(string Kind, string DisplayName, IReadOnlyList<RegisterFieldView> Fields);

/// <summary>A free field of a kind: its key (in the entry's attributes), name, type (<see cref="RegisterFieldTypes"/>) and whether it must be filled.</summary>
public sealed record RegisterFieldView(string Key, string DisplayName, string Type, bool Required);

internal static class RegisterAttributes
{
    public static IReadOnlyDictionary<string, string> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;

    public static string? Serialize(IReadOnlyDictionary<string, string>? attributes) =>
        attributes is null || attributes.Count == 0 ? null : JsonSerializer.Serialize(attributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary());
}

/// <summary>The rules for one register's entries, with localized messages (the same rules judge every imported row).</summary>
public static class RegisterEntryValidator
{
    public static IValidator<RegisterEntryInput> Create(DepartmentDefinition register, IReadOnlyList<Responsibility.TerritoryDto> territories, IStringLocalizer l)
    {
        var v = new InlineValidator<RegisterEntryInput>();
        v.RuleFor(r => r.Kind).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Registers:Kind"])
            .Must(k => register.KindKeys.Contains(k!))
            .WithMessage(_ => l["Registers:UnknownKind", string.Join("、", register.KindKeys.Select(k => l[register.KindTextKey(k)].Value))]);
        v.RuleFor(r => r.Name).NotEmpty().MaximumLength(RegisterEntry.MaxNameLength).WithName(_ => l["Registers:Name"]);
        v.RuleFor(r => r.Aliases).Must(a => a is null || a.Count <= RegisterEntry.MaxAliases)
            .WithMessage(_ => l["Registers:TooManyAliases", RegisterEntry.MaxAliases]);
        v.RuleForEach(r => r.Aliases).NotEmpty().MaximumLength(RegisterEntry.MaxNameLength).WithName(_ => l["Registers:Alias"]);
        v.RuleFor(r => r.TerritoryCode).Must(code => territories.Any(t => t.Code == code))
            .When(r => !string.IsNullOrEmpty(r.TerritoryCode))
            .WithMessage(r => l["Registers:UnknownTerritory", r.TerritoryCode!]);
        if (register.TerritoryKinds is { } kinds)
        {
            var allowed = territories.Where(t => kinds.Contains(t.Kind)).ToList();
            v.RuleFor(r => r.TerritoryCode).Must(code => allowed.Any(t => t.Code == code))
                .When(r => string.IsNullOrEmpty(r.TerritoryCode) || territories.Any(t => t.Code == r.TerritoryCode))
                .WithMessage(_ => l["Registers:TerritoryRequired", string.Join("、", allowed.Select(t => t.Name))]);
        }
        v.RuleFor(r => r).Custom((input, context) =>
        {
            // The kind's free fields: required ones filled, typed ones well-formed.
            if (register.Kinds.FirstOrDefault(k => k.Key == input.Kind) is not { } kind) return;
            foreach (var field in kind.Fields)
            {
                var value = input.Attributes?.GetValueOrDefault(field.Key)?.Trim();
                var name = l[register.FieldTextKey(kind.Key, field.Key)].Value;
                if (string.IsNullOrEmpty(value))
                {
                    if (field.Required) context.AddFailure("attributes." + field.Key, l["Registers:FieldRequired", name]);
                    continue;
                }
                if (!RegisterFieldValues.IsValid(field.Type, value))
                    context.AddFailure("attributes." + field.Key, l["Registers:BadField:" + field.Type, name]);
            }
        });
        v.RuleFor(r => r.Attributes).Must(a => a is null || (a.Count <= RegisterEntry.MaxAttributes
                && a.All(kv => kv.Key.Trim().Length is > 0 and <= RegisterEntry.MaxAttributeKeyLength && (kv.Value?.Length ?? 0) <= RegisterEntry.MaxAttributeValueLength)))
            .WithMessage(_ => l["Registers:BadAttributes", RegisterEntry.MaxAttributes, RegisterEntry.MaxAttributeKeyLength, RegisterEntry.MaxAttributeValueLength]);
        return v;
    }
}

/// <summary>Whether a free field's text is a value of its type.</summary>
public static partial class RegisterFieldValues
{
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial System.Text.RegularExpressions.Regex CreditCode();

    public static bool IsValid(string type, string value) => type switch
    {
        RegisterFieldTypes.Number => decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _),
        RegisterFieldTypes.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
        RegisterFieldTypes.Boolean => value is "true" or "false",
        RegisterFieldTypes.CreditCode => CreditCode().IsMatch(value.ToUpperInvariant()),
        _ => true,
    };
}
