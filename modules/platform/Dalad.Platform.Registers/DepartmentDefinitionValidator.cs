using System.Text.RegularExpressions;
using Dalad.Platform.Permissions;
using Dalad.Projects;
using Dalad.Responsibility;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Registers;

/// <summary>What a department definition must be before it is stored (every message in the user's language).</summary>
public sealed partial class DepartmentDefinitionValidator : AbstractValidator<DepartmentDefinition>
{
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 500;
    public const int MaxKinds = 30;
    public const int MaxFields = 20;
    public const int MaxTextLength = 1000;
    public const int MaxProjectTypes = 60;

    public static readonly IReadOnlyList<string> Cultures = ["zh-Hans", "en"];

    /// <summary>Keys the UI uses for itself.</summary>
    public static readonly IReadOnlyList<string> ReservedKeys = [WorkspaceKeys.Coordination, WorkspaceKeys.Generic, "register", "definitions"];

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^E[0-9]{4}$")]
    private static partial Regex TypeCodePattern();

    [GeneratedRegex(@"^Dalad(\.[A-Za-z][A-Za-z0-9-]*)+$")]
    private static partial Regex PermissionPattern();

    public DepartmentDefinitionValidator(IStringLocalizer l, IBodyDirectory bodies, PermissionDefinitionManager permissions, DepartmentCatalog catalog)
    {
        RuleFor(d => d.Key).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Departments:Definition:Key"])
            .MaximumLength(40).Must(k => KeyPattern().IsMatch(k)).WithMessage(_ => l["Departments:Definition:BadKey"])
            .Must(k => !ReservedKeys.Contains(k)).WithMessage(d => l["Departments:Definition:ReservedKey", d.Key]);
        RuleFor(d => d.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(_ => l["Departments:Definition:Names", MaxNameLength]);
        RuleFor(d => d.Descriptions).Must(n => n is null || n.Count == 0 || HasBoth(n, MaxDescriptionLength))
            .WithMessage(_ => l["Departments:Definition:Descriptions", MaxDescriptionLength]);
        RuleFor(d => d.Permission).Must(p => p is null || (p.Length <= 100 && PermissionPattern().IsMatch(p) && !permissions.IsStatic(p) && !permissions.IsStatic(p + ".Manage")))
            .WithMessage(d => l["Departments:Definition:BadPermission", d.Permission ?? ""]);
        RuleFor(d => d).MustAsync(async (d, ct) => d.BodyCodes.Count > 0 || d.BodyKinds.Count > 0)
            .WithName(_ => l["Departments:Definition:Bodies"]).WithMessage(_ => l["Departments:Definition:NoBodies"]);
        RuleForEach(d => d.BodyCodes).MustAsync(async (code, ct) => !string.IsNullOrEmpty(code) && await bodies.FindAsync(code, ct) is not null)
            .WithMessage((_, code) => l["Departments:Definition:UnknownBody", code ?? ""]);
        RuleForEach(d => d.BodyKinds).Must(k => BodyKinds.All.Contains(k)).WithMessage((_, k) => l["Departments:Definition:UnknownBodyKind", k ?? ""]);
        RuleFor(d => d.OwnerBodyCode).MustAsync(async (code, ct) => await bodies.FindAsync(code!, ct) is not null).When(d => !string.IsNullOrEmpty(d.OwnerBodyCode))
            .WithMessage(d => l["Departments:Definition:UnknownBody", d.OwnerBodyCode!]);
        RuleFor(d => d.IndustryBodyCode).MustAsync(async (code, ct) => await bodies.FindAsync(code!, ct) is not null).When(d => !string.IsNullOrEmpty(d.IndustryBodyCode))
            .WithMessage(d => l["Departments:Definition:UnknownBody", d.IndustryBodyCode!]);
        RuleFor(d => d).Must(d => d.OwnerBodyCode is not null || d.TerritoryKinds is { Count: > 0 })
            .WithName(_ => l["Departments:Definition:Owner"]).WithMessage(_ => l["Departments:Definition:NoOwner"]);
        RuleForEach(d => d.TerritoryKinds).Must(k => Responsibility.TerritoryKinds.All.Contains(k))
            .WithMessage((_, k) => l["Departments:Definition:UnknownTerritoryKind", k ?? ""]);
        RuleFor(d => d.Kinds).Must(k => k is { Count: > 0 and <= MaxKinds }).WithMessage(_ => l["Departments:Definition:Kinds", MaxKinds])
            .Must(k => k is null || k.Select(x => x.Key).Distinct().Count() == k.Count).WithMessage(_ => l["Departments:Definition:DuplicateKind"]);
        RuleForEach(d => d.Kinds).ChildRules(kind =>
        {
            kind.RuleFor(k => k.Key).Must(k => !string.IsNullOrEmpty(k) && k.Length <= 64 && KeyPattern().IsMatch(k))
                .WithMessage(k => l["Departments:Definition:BadKindKey", k.Key ?? ""]);
            kind.RuleFor(k => k.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(k => l["Departments:Definition:KindNames", k.Key ?? "", MaxNameLength]);
            kind.RuleFor(k => k.Fields).Must(f => f.Count <= MaxFields && f.Select(x => x.Key).Distinct().Count() == f.Count)
                .WithMessage(k => l["Departments:Definition:Fields", k.Key ?? "", MaxFields]);
            kind.RuleForEach(k => k.Fields).ChildRules(field =>
            {
                field.RuleFor(f => f.Key).Must(k => !string.IsNullOrEmpty(k) && k.Length <= RegisterEntry.MaxAttributeKeyLength && KeyPattern().IsMatch(k))
                    .WithMessage(f => l["Departments:Definition:BadFieldKey", f.Key ?? ""]);
                field.RuleFor(f => f.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(f => l["Departments:Definition:FieldNames", f.Key ?? "", MaxNameLength]);
                field.RuleFor(f => f.Type).Must(t => RegisterFieldTypes.All.Contains(t))
                    .WithMessage(f => l["Departments:Definition:BadFieldType", f.Type ?? "", string.Join("、", RegisterFieldTypes.All)]);
            });
        });
        RuleForEach(d => d.Cards).Must(c => WorkspaceCardTypes.All.Contains(c.Type))
            .WithMessage((_, c) => l["Departments:Definition:BadCard", c.Type ?? "", string.Join("、", WorkspaceCardTypes.All)]);
        RuleFor(d => d).Must(d => d.Cards.All(c => c.Kind is null || d.Kinds.Any(k => k.Key == c.Kind)))
            .WithName(_ => l["Departments:Definition:Cards"]).WithMessage(_ => l["Departments:Definition:CardKind"]);
        RuleForEach(d => d.Menu).ChildRules(menu =>
        {
            menu.RuleFor(m => m.Key).Must(k => !string.IsNullOrEmpty(k) && k.Length <= 64 && KeyPattern().IsMatch(k))
                .WithMessage(m => l["Departments:Definition:BadMenuKey", m.Key ?? ""]);
            menu.RuleFor(m => m.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(m => l["Departments:Definition:MenuNames", m.Key ?? "", MaxNameLength]);
            menu.RuleFor(m => m.Path).Must(p => p is "" || p.StartsWith("register/", StringComparison.Ordinal) || DepartmentPages.All.Contains(p))
                .WithMessage(m => l["Departments:Definition:BadMenuPath", m.Path ?? ""]);
        });
        RuleFor(d => d).Must(d => d.Menu.All(m => m.Path == "" || DepartmentPages.All.Contains(m.Path) || d.Kinds.Any(k => "register/" + k.Key == m.Path)))
            .WithName(_ => l["Departments:Definition:Menu"]).WithMessage(_ => l["Departments:Definition:MenuKind"]);
        RuleFor(d => d.Texts).Must(t => t.Keys.All(Cultures.Contains) && t.Values.All(v => v.Count <= 200 && v.All(kv => kv.Key.Length is > 0 and <= 200 && kv.Value.Length <= MaxTextLength)))
            .WithMessage(_ => l["Departments:Definition:BadTexts", MaxTextLength]);
        // Project supervision: its types (GB/T 4754 division E codes, each the department's alone), its checklist items
        // and rules (keys under its own key, so no two departments' collide), every rule a kind the engine knows.
        RuleForEach(d => d.ProjectTypes).ChildRules(type =>
        {
            type.RuleFor(t => t.Code).Must(c => c is not null && TypeCodePattern().IsMatch(c)).WithMessage(t => l["Departments:Definition:BadTypeCode", t.Code ?? ""]);
            type.RuleFor(t => t.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(t => l["Departments:Definition:TypeNames", t.Code ?? "", MaxNameLength]);
        });
        RuleFor(d => d.ProjectTypes).Must(t => t.Count <= MaxProjectTypes && t.Select(x => x.Code).Distinct().Count() == t.Count)
            .WithMessage(_ => l["Departments:Definition:DuplicateType", MaxProjectTypes]);
        RuleFor(d => d).Must(d => TypeOfAnother(d, catalog) is null).WithName(_ => l["Departments:Definition:ProjectTypes"])
            .WithMessage(d => l["Departments:Definition:TypeTaken", TypeOfAnother(d, catalog)?.Code ?? "", TypeOfAnother(d, catalog)?.Department ?? ""]);
        RuleForEach(d => d.Checklist).ChildRules(item =>
        {
            item.RuleFor(i => i.Names).Must(n => HasBoth(n, MaxTextLength)).WithMessage(i => l["Departments:Definition:ItemNames", i.Key ?? "", MaxTextLength]);
            item.RuleForEach(i => i.Types).Must(c => c is not null && TypeCodePattern().IsMatch(c)).WithMessage((_, c) => l["Departments:Definition:BadTypeCode", c ?? ""]);
        });
        RuleFor(d => d).Must(d => d.Checklist.All(i => OwnKey(d, i.Key, PluginRuleKinds.MaxItemKeyLength)) && d.Checklist.Select(i => i.Key).Distinct().Count() == d.Checklist.Count)
            .WithName(_ => l["Departments:Definition:Checklist"]).WithMessage(d => l["Departments:Definition:BadItemKey", d.Key + "-", PluginRuleKinds.MaxItemKeyLength]);
        RuleFor(d => d).Must(d => d.Checklist.All(i => i.Types.Count > 0 || d.ProjectTypes.Count > 0))
            .WithName(_ => l["Departments:Definition:Checklist"]).WithMessage(_ => l["Departments:Definition:ItemWithoutTypes"]);
        RuleForEach(d => d.Rules).ChildRules(rule =>
        {
            rule.RuleFor(r => r.Kind).Must(k => PluginRuleKinds.All.Contains(k))
                .WithMessage(r => l["Departments:Definition:BadRuleKind", r.Kind ?? "", string.Join("、", PluginRuleKinds.All)]);
            rule.RuleFor(r => r.Names).Must(n => HasBoth(n, MaxNameLength)).WithMessage(r => l["Departments:Definition:RuleNames", r.Key ?? "", MaxNameLength]);
            rule.RuleFor(r => r.Threshold).InclusiveBetween(0, 366).WithMessage(r => l["Departments:Definition:RuleThreshold", r.Key ?? ""]);
            rule.RuleFor(r => r.Severity).Must(s => WarningSeverities.All.Contains(s))
                .WithMessage(r => l["Departments:Definition:RuleSeverity", r.Key ?? "", string.Join("、", WarningSeverities.All)]);
            rule.RuleForEach(r => r.Types).Must(c => c is not null && TypeCodePattern().IsMatch(c)).WithMessage((_, c) => l["Departments:Definition:BadTypeCode", c ?? ""]);
        });
        RuleFor(d => d).Must(d => d.Rules.All(r => OwnKey(d, r.Key, PluginRuleKinds.MaxRuleKeyLength)) && d.Rules.Select(r => r.Key).Distinct().Count() == d.Rules.Count)
            .WithName(_ => l["Departments:Definition:Rules"]).WithMessage(d => l["Departments:Definition:BadRuleKey", d.Key + "-", PluginRuleKinds.MaxRuleKeyLength]);
        RuleFor(d => d).Must(d => d.Rules.All(r => r.Kind != PluginRuleKinds.ChecklistUnrectified || d.Checklist.Any(i => i.Key == r.Item)))
            .WithName(_ => l["Departments:Definition:Rules"]).WithMessage(_ => l["Departments:Definition:RuleItem"]);
        RuleFor(d => d).Must(d => d.Rules.All(r => r.Types.Count > 0 || d.ProjectTypes.Count > 0))
            .WithName(_ => l["Departments:Definition:Rules"]).WithMessage(_ => l["Departments:Definition:RuleWithoutTypes"]);
    }

    /// <summary>A key under the department's own (e.g. energy-coal-mine for energy).</summary>
    private static bool OwnKey(DepartmentDefinition d, string? key, int maxLength) =>
        key is not null && key.Length <= maxLength && key.StartsWith(d.Key + "-", StringComparison.Ordinal) && KeyPattern().IsMatch(key);

    /// <summary>A type of the definition another active department already has (a class has one department).</summary>
    private static (string Code, string Department)? TypeOfAnother(DepartmentDefinition d, DepartmentCatalog catalog) =>
        catalog.All.Where(o => o.Key != d.Key).SelectMany(o => o.ProjectTypes.Select(t => (t.Code, o.Key)))
            .Cast<(string Code, string Department)?>().FirstOrDefault(t => d.ProjectTypes.Any(x => x.Code == t!.Value.Code));

    private static bool HasBoth(Dictionary<string, string>? names, int maxLength) =>
        names is not null && Cultures.All(c => names.TryGetValue(c, out var n) && !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= maxLength)
        && names.Keys.All(Cultures.Contains);
}
