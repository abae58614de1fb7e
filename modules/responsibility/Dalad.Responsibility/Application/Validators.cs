using System.Text.RegularExpressions;
using Dalad.Responsibility.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Responsibility.Application;

/// <summary>Shared rules; messages and field names are localized when the message is built (request culture).</summary>
internal static partial class MatrixRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex BodyCode();

    [GeneratedRegex("^[0-9]{9}$")]
    public static partial Regex TerritoryCode();

    [GeneratedRegex("^[0-9]{12}$")]
    public static partial Regex VillageCode();

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, IStringLocalizer l, string field, int maxLength) =>
        rule.NotEmpty().WithName(_ => l[field]).MaximumLength(maxLength).WithName(_ => l[field]);

    public static void Basis<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> basis, IStringLocalizer l) =>
        validator.RuleFor(basis).RequiredText(l, "Field:Basis", MatrixChange.MaxBasisLength);
}

internal sealed class CreateBodyRequestValidator : AbstractValidator<CreateBodyRequest>
{
    public CreateBodyRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Code).RequiredText(l, "Field:Code", Body.MaxCodeLength)
            .Matches(MatrixRules.BodyCode()).WithMessage(_ => l["Responsibility:Validation:BodyCodeFormat"]);
        RuleFor(x => x.Name).RequiredText(l, "Field:Name", Body.MaxNameLength);
        RuleFor(x => x.Kind).NotEmpty().WithName(_ => l["Field:Kind"])
            .Must(k => BodyKinds.All.Contains(k)).WithMessage(_ => l["Responsibility:Validation:BodyKind", string.Join(", ", BodyKinds.All)]);
        RuleFor(x => x.Duty).MaximumLength(Body.MaxDutyLength).WithName(_ => l["Field:Duty"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class UpdateBodyRequestValidator : AbstractValidator<UpdateBodyRequest>
{
    public UpdateBodyRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Name).RequiredText(l, "Field:Name", Body.MaxNameLength);
        RuleFor(x => x.Duty).MaximumLength(Body.MaxDutyLength).WithName(_ => l["Field:Duty"]);
        RuleFor(x => x.Kind).Must(k => k is null || BodyKinds.All.Contains(k)).WithName(_ => l["Field:Kind"])
            .WithMessage(_ => l["Responsibility:Validation:BodyKind", string.Join(", ", BodyKinds.All)]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class MoveScopeItemRequestValidator : AbstractValidator<MoveScopeItemRequest>
{
    public MoveScopeItemRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.BodyCode).RequiredText(l, "Field:BodyCode", Body.MaxCodeLength);
        RuleFor(x => x.IndustryCodes).Must(c => c is null || c.Count <= 200).WithName(_ => l["Field:IndustryCodes"]);
        RuleForEach(x => x.IndustryCodes).NotEmpty().MaximumLength(8).WithName(_ => l["Field:IndustryCodes"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class ChangeBasisRequestValidator : AbstractValidator<ChangeBasisRequest>
{
    public ChangeBasisRequestValidator(IStringLocalizer l) => this.Basis(x => x.Basis, l);
}

internal sealed class CreateTerritoryRequestValidator : AbstractValidator<CreateTerritoryRequest>
{
    public CreateTerritoryRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Code).NotEmpty().WithName(_ => l["Field:TerritoryCode"])
            .Matches(MatrixRules.TerritoryCode()).WithMessage(_ => l["Responsibility:Validation:TerritoryCodeFormat"]);
        RuleFor(x => x.Name).RequiredText(l, "Field:Name", Territory.MaxNameLength);
        RuleFor(x => x.Kind).NotEmpty().WithName(_ => l["Field:Kind"])
            .Must(k => TerritoryKinds.All.Contains(k)).WithMessage(_ => l["Responsibility:Validation:TerritoryKind", string.Join(", ", TerritoryKinds.All)]);
        RuleFor(x => x.BodyCode).NotEmpty().WithName(_ => l["Field:BodyCode"]);
        RuleForEach(x => x.Aliases).RequiredText(l, "Field:Alias", TerritoryAlias.MaxLength);
        RuleFor(x => x.Aliases).Must(a => a is null || a.Select(x => x?.Trim()).Distinct().Count() == a.Count)
            .WithMessage(_ => l["Responsibility:Validation:DuplicateAliases"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class UpdateTerritoryRequestValidator : AbstractValidator<UpdateTerritoryRequest>
{
    public UpdateTerritoryRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Name).RequiredText(l, "Field:Name", Territory.MaxNameLength);
        RuleFor(x => x.BodyCode).NotEmpty().WithName(_ => l["Field:BodyCode"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class AddAliasRequestValidator : AbstractValidator<AddAliasRequest>
{
    public AddAliasRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Alias).RequiredText(l, "Field:Alias", TerritoryAlias.MaxLength);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class AddVillageRequestValidator : AbstractValidator<AddVillageRequest>
{
    public AddVillageRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Name).RequiredText(l, "Field:VillageName", Village.MaxNameLength);
        RuleFor(x => x.Kind).NotEmpty().WithName(_ => l["Field:Kind"])
            .Must(k => VillageKinds.All.Contains(k)).WithMessage(_ => l["Responsibility:Validation:VillageKind", string.Join(", ", VillageKinds.All)]);
        RuleFor(x => x.Code!).Matches(MatrixRules.VillageCode()).When(x => !string.IsNullOrEmpty(x.Code))
            .WithMessage(_ => l["Responsibility:Validation:VillageCodeFormat"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class CreateScopeItemRequestValidator : AbstractValidator<CreateScopeItemRequest>
{
    public CreateScopeItemRequestValidator(IStringLocalizer l, IIndustryClassification classification)
    {
        RuleFor(x => x.Sector).RequiredText(l, "Field:Sector", ScopeItem.MaxSectorLength);
        RuleFor(x => x.SourceText).MaximumLength(ScopeItem.MaxSourceTextLength).WithName(_ => l["Field:SourceText"]);
        RuleForEach(x => x.IndustryCodes).Must(c => c is not null && (c.Trim() == "*" || classification.Find(c.Trim().ToUpperInvariant()) is not null))
            .WithMessage((_, c) => l["Responsibility:Validation:UnknownIndustryCode", c ?? ""]);
        RuleForEach(x => x.Keywords).RequiredText(l, "Field:Keyword", ScopeKeyword.MaxLength);
        RuleFor(x => x.Keywords).Must(k => k is null || k.Select(x => x?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == k.Count)
            .WithMessage(_ => l["Responsibility:Validation:DuplicateKeywords"]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class UpdateScopeItemRequestValidator : AbstractValidator<UpdateScopeItemRequest>
{
    public UpdateScopeItemRequestValidator(IStringLocalizer l, IIndustryClassification classification)
    {
        RuleFor(x => x.Sector).RequiredText(l, "Field:Sector", ScopeItem.MaxSectorLength);
        RuleFor(x => x.SourceText).MaximumLength(ScopeItem.MaxSourceTextLength).WithName(_ => l["Field:SourceText"]);
        RuleForEach(x => x.IndustryCodes).Must(c => c is not null && (c.Trim() == "*" || classification.Find(c.Trim().ToUpperInvariant()) is not null))
            .WithMessage((_, c) => l["Responsibility:Validation:UnknownIndustryCode", c ?? ""]);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class AddKeywordRequestValidator : AbstractValidator<AddKeywordRequest>
{
    public AddKeywordRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Keyword).RequiredText(l, "Field:Keyword", ScopeKeyword.MaxLength);
        this.Basis(x => x.Basis, l);
    }
}

internal sealed class ReassignDutyRequestValidator : AbstractValidator<ReassignDutyRequest>
{
    public ReassignDutyRequestValidator(IStringLocalizer l)
    {
        RuleFor(x => x.BodyCode).RequiredText(l, "Field:BodyCode", Body.MaxCodeLength);
        this.Basis(x => x.Basis, l);
    }
}
