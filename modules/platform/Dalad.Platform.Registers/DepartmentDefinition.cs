using System.Text.Json;
using System.Text.Json.Serialization;
using Dalad.Responsibility;

namespace Dalad.Platform.Registers;

/// <summary>
/// A department module described as data: what the platform needs to give a body its own menu entry, workspace,
/// register (API, Excel import, routing evidence), permissions and texts. Stored in <c>registers.DepartmentDefinitions</c>;
/// a plugin ships one as its embedded <c>department.json</c> and it is seeded at start; the joint office creates and
/// edits others through <c>/api/app/department-definitions</c>, no build and no restart.
/// </summary>
public sealed record DepartmentDefinition
{
    /// <summary>Workspace key, register source and URL segment (<c>/departments/{Key}</c>): lowercase latin letters, digits, dashes.</summary>
    public required string Key { get; init; }

    /// <summary>The department's name by culture (zh-Hans and en).</summary>
    public required Dictionary<string, string> Names { get; init; }

    /// <summary>One line under the title of its workspace, by culture.</summary>
    public Dictionary<string, string> Descriptions { get; init; } = [];

    /// <summary>Read permission, e.g. <c>Dalad.Housing</c>; <c>{Permission}.Manage</c> writes. Derived from the key when left out.</summary>
    public string? Permission { get; init; }

    /// <summary>The bodies whose workspace this is, by code (chosen at run time).</summary>
    public List<string> BodyCodes { get; init; } = [];

    /// <summary>…and every body of these kinds (e.g. territorial: every town, sumu and street).</summary>
    public List<string> BodyKinds { get; init; } = [];

    /// <summary>The body that owns every entry; null when the owner follows the entry's territory.</summary>
    public string? OwnerBodyCode { get; init; }

    /// <summary>When set, every entry must lie in a territory of one of these kinds, and that territory's body owns it.</summary>
    public List<string>? TerritoryKinds { get; init; }

    /// <summary>The industry owner every entry implies, for routing.</summary>
    public string? IndustryBodyCode { get; init; }

    /// <summary>The register's kinds of entry, each with its free fields.</summary>
    public List<RegisterKindDefinition> Kinds { get; init; } = [];

    /// <summary>The workspace's cards, in order (<see cref="WorkspaceCardTypes"/>); empty = the to-do list and the register.</summary>
    public List<WorkspaceCardDefinition> Cards { get; init; } = [];

    /// <summary>Menu entries under 部门专区; empty = one entry, the department's own page, behind its permission.</summary>
    public List<MenuEntryDefinition> Menu { get; init; } = [];

    /// <summary>Further texts by culture then key (resource Dalad), e.g. for a card's help.</summary>
    public Dictionary<string, Dictionary<string, string>> Texts { get; init; } = [];

    /// <summary>The GB/T 4754-2017 classes of division E that are the department's (project supervision: its projects).</summary>
    public List<ProjectTypeDefinition> ProjectTypes { get; init; } = [];

    /// <summary>Its own 双驻双查 checklist items, added to the common ones for the types they apply to.</summary>
    public List<ChecklistItemDefinition> Checklist { get; init; } = [];

    /// <summary>Its own warning rules: kinds the warning engine knows, parameterised here.</summary>
    public List<WarningRuleDefinition> Rules { get; init; } = [];

    [JsonIgnore] public string ReadPermission => Permission ?? DefaultPermission(Key);
    [JsonIgnore] public string ManagePermission => ReadPermission + ".Manage";
    [JsonIgnore] public IReadOnlyList<string> KindKeys => Kinds.Select(k => k.Key).ToList();

    public static string DefaultPermission(string key) => "Dalad.Departments." + key;

    /// <summary>The codes of its own project types.</summary>
    [JsonIgnore] public IReadOnlyList<string> TypeCodes => ProjectTypes.Select(t => t.Code).ToList();

    public static string TitleKey(string key) => $"Departments:{key}:Title";
    public static string DescriptionKey(string key) => $"Departments:{key}:Description";
    public string KindTextKey(string kind) => $"Register:{Key}:{kind}";
    public string FieldTextKey(string kind, string field) => $"Register:{Key}:{kind}:{field}";

    public bool Serves(BodyDto body) => BodyCodes.Contains(body.Code) || BodyKinds.Contains(body.Kind);

    /// <summary>The body that owns an entry in <paramref name="territoryCode"/> (live gazetteer); null when it cannot be told.</summary>
    public string? OwnerFor(string? territoryCode, IReadOnlyList<TerritoryDto> territories) =>
        OwnerBodyCode ?? (territoryCode is null ? null : territories.FirstOrDefault(t => t.Code == territoryCode)?.BodyCode);

    /// <summary>The menu as served: the stated entries, or the department's own page behind its permission.</summary>
    public IReadOnlyList<MenuEntryDefinition> EffectiveMenu => Menu.Count > 0 ? Menu
        : [new MenuEntryDefinition { Key = Key, Names = Names, Path = "", Icon = "fa fa-folder-open" }];

    public IReadOnlyList<WorkspaceCardDefinition> EffectiveCards => Cards.Count > 0 ? Cards
        : [new WorkspaceCardDefinition { Type = WorkspaceCardTypes.CaseTodo }, new WorkspaceCardDefinition { Type = WorkspaceCardTypes.Register }];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DepartmentDefinition FromJson(string json) => JsonSerializer.Deserialize<DepartmentDefinition>(json, Json)
        ?? throw new InvalidOperationException("Empty department definition.");
}

/// <summary>A kind of register entry: its key, names, and the free fields an entry of it has besides name, aliases and territory.</summary>
public sealed record RegisterKindDefinition
{
    public required string Key { get; init; }
    public required Dictionary<string, string> Names { get; init; }
    public List<RegisterFieldDefinition> Fields { get; init; } = [];
}

/// <summary>A free field (kept in the entry's attributes under <see cref="Key"/>).</summary>
public sealed record RegisterFieldDefinition
{
    public required string Key { get; init; }
    public required Dictionary<string, string> Names { get; init; }

    /// <summary>One of <see cref="RegisterFieldTypes"/>.</summary>
    public string Type { get; init; } = RegisterFieldTypes.Text;

    public bool Required { get; init; }
}

public static class RegisterFieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Boolean = "boolean";
    /// <summary>统一社会信用代码 (18 characters).</summary>
    public const string CreditCode = "credit-code";

    public static readonly IReadOnlyList<string> All = [Text, Number, Date, Boolean, CreditCode];
}

/// <summary>A card of the department's workspace, drawn by the generic area.</summary>
public sealed record WorkspaceCardDefinition
{
    /// <summary>One of <see cref="WorkspaceCardTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>For a register card: show only this kind (null = all kinds).</summary>
    public string? Kind { get; init; }
}

public static class WorkspaceCardTypes
{
    /// <summary>The body's open cases (to-do list).</summary>
    public const string CaseTodo = "case-todo";
    /// <summary>The register: list, form, import.</summary>
    public const string Register = "register";

    public static readonly IReadOnlyList<string> All = [CaseTodo, Register];
}

/// <summary>A project type of the department: a GB/T 4754-2017 class code of division E (e.g. E4840) and its name.</summary>
public sealed record ProjectTypeDefinition
{
    public required string Code { get; init; }
    public required Dictionary<string, string> Names { get; init; }
}

/// <summary>A checklist item (its key starts with the department's key); for <see cref="Types"/>, or its own types when empty.</summary>
public sealed record ChecklistItemDefinition
{
    public required string Key { get; init; }
    public required Dictionary<string, string> Names { get; init; }
    public List<string> Types { get; init; } = [];
}

/// <summary>
/// A warning rule of the department (its key starts with the department's key): a kind of <c>PluginRuleKinds</c>, the
/// checklist item it watches (checklist-unrectified), the types it applies to (empty: its own), and the seed of its
/// threshold (days), severity and enabled, which administrators change on the warning-rules page afterwards.
/// </summary>
public sealed record WarningRuleDefinition
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public required Dictionary<string, string> Names { get; init; }
    public string? Item { get; init; }
    public List<string> Types { get; init; } = [];
    public int Threshold { get; init; }
    public string Severity { get; init; } = "medium";
    public bool Enabled { get; init; } = true;
}

/// <summary>The pages beyond the workspace and the register a menu entry may open (<c>/departments/{key}/{page}</c>).</summary>
public static class DepartmentPages
{
    /// <summary>Project supervision of the department: its types and checklist, its rules and their open warnings, its projects with badges.</summary>
    public const string Supervision = "supervision";

    public static readonly IReadOnlyList<string> All = [Supervision];
}

/// <summary>A menu entry of the department, under 部门专区, behind <see cref="RequiredPolicy"/> (default: the read permission).</summary>
public sealed record MenuEntryDefinition
{
    public required string Key { get; init; }
    public required Dictionary<string, string> Names { get; init; }

    /// <summary>Below <c>/departments/{key}</c>: "" for the workspace, "register/{kind}", or a page of <see cref="DepartmentPages"/>.</summary>
    public string Path { get; init; } = "";

    public string Icon { get; init; } = "fa fa-folder-open";
    public string? RequiredPolicy { get; init; }
}
