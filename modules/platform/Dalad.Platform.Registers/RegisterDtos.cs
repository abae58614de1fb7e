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

public sealed record RegisterKindView(string Kind, string DisplayName);

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
    public static IValidator<RegisterEntryInput> Create(RegisterDefinition register, IStringLocalizer l)
    {
        var v = new InlineValidator<RegisterEntryInput>();
        v.RuleFor(r => r.Kind).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Registers:Kind"])
            .Must(k => register.Kinds.Contains(k!))
            .WithMessage(_ => l["Registers:UnknownKind", string.Join("、", register.Kinds.Select(k => l[register.KindTextKey(k)].Value))]);
        v.RuleFor(r => r.Name).NotEmpty().MaximumLength(RegisterEntry.MaxNameLength).WithName(_ => l["Registers:Name"]);
        v.RuleFor(r => r.Aliases).Must(a => a is null || a.Count <= RegisterEntry.MaxAliases)
            .WithMessage(_ => l["Registers:TooManyAliases", RegisterEntry.MaxAliases]);
        v.RuleForEach(r => r.Aliases).NotEmpty().MaximumLength(RegisterEntry.MaxNameLength).WithName(_ => l["Registers:Alias"]);
        v.RuleFor(r => r.TerritoryCode).Must(code => Territories.All.Any(t => t.Code == code))
            .When(r => !string.IsNullOrEmpty(r.TerritoryCode))
            .WithMessage(r => l["Registers:UnknownTerritory", r.TerritoryCode!]);
        if (register.TerritoryKinds is { } kinds)
        {
            var allowed = Territories.All.Where(t => kinds.Contains(t.Kind)).ToList();
            v.RuleFor(r => r.TerritoryCode).Must(code => allowed.Any(t => t.Code == code))
                .When(r => string.IsNullOrEmpty(r.TerritoryCode) || Territories.All.Any(t => t.Code == r.TerritoryCode))
                .WithMessage(_ => l["Registers:TerritoryRequired", string.Join("、", allowed.Select(t => t.Name))]);
        }
        v.RuleFor(r => r.Attributes).Must(a => a is null || (a.Count <= RegisterEntry.MaxAttributes
                && a.All(kv => kv.Key.Trim().Length is > 0 and <= RegisterEntry.MaxAttributeKeyLength && (kv.Value?.Length ?? 0) <= RegisterEntry.MaxAttributeValueLength)))
            .WithMessage(_ => l["Registers:BadAttributes", RegisterEntry.MaxAttributes, RegisterEntry.MaxAttributeKeyLength, RegisterEntry.MaxAttributeValueLength]);
        return v;
    }
}
