namespace Dalad.Projects;

/// <summary>
/// What the active department definitions contribute to project supervision (issue 13: "each department plugin
/// contributes its project types, its inspection checklist and its own workspace pages"): the GB/T 4754 classes that
/// are theirs, their 双驻双查 checklist items and their own warning rules. Implemented by the department registers from
/// the definitions (data), read by the projects module; the projects module keeps the common items and rules.
/// </summary>
public interface IDepartmentProjectContributions
{
    /// <summary>The contributions of the active departments now (a new snapshot after a definition changes).</summary>
    DepartmentProjectSnapshot Current { get; }
}

/// <summary>One immutable view of every active department's contribution.</summary>
public sealed record DepartmentProjectSnapshot(IReadOnlyList<DepartmentProjectContribution> Departments)
{
    public static readonly DepartmentProjectSnapshot Empty = new([]);
}

/// <param name="Department">The department's key (e.g. energy): the project type's group.</param>
public sealed record DepartmentProjectContribution(
    string Department,
    IReadOnlyList<ContributedProjectType> ProjectTypes,
    IReadOnlyList<ContributedChecklistItem> Checklist,
    IReadOnlyList<ContributedWarningRule> Rules);

/// <summary>A GB/T 4754-2017 class of division E that is the department's, with its name by culture.</summary>
public sealed record ContributedProjectType(string Code, IReadOnlyDictionary<string, string> Names);

/// <summary>A checklist item of the department; it applies to <paramref name="Types"/>, or to the department's own types when empty.</summary>
public sealed record ContributedChecklistItem(string Key, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Types);

/// <summary>
/// A warning rule of the department: one of the kinds the warning engine knows (<see cref="PluginRuleKinds"/>),
/// parameterised by data. Threshold, severity and enabled are the seed; administrators change them afterwards on the
/// warning-rules page like any rule. It applies to projects of <paramref name="Types"/> (empty: the department's own).
/// </summary>
public sealed record ContributedWarningRule(
    string Key,
    string Kind,
    IReadOnlyDictionary<string, string> Names,
    string? Item,
    IReadOnlyList<string> Types,
    int Threshold,
    string Severity,
    bool Enabled);

/// <summary>The rule kinds a department may parameterise (the engine evaluates them; a department only supplies data).</summary>
public static class PluginRuleKinds
{
    /// <summary>A checklist item found failed at an inspection and not found passed at a later one within the threshold's days.</summary>
    public const string ChecklistUnrectified = "checklist-unrectified";

    /// <summary>A project of the types under way (started, not completed) with no inspection for more than the threshold's days.</summary>
    public const string InspectionGap = "inspection-gap";

    public static readonly IReadOnlyList<string> All = [ChecklistUnrectified, InspectionGap];

    /// <summary>The longest rule key the warnings store (their rule column).</summary>
    public const int MaxRuleKeyLength = 32;

    /// <summary>The longest checklist item key, so a warning's fact (item:&lt;key&gt;:&lt;date&gt;) fits its column.</summary>
    public const int MaxItemKeyLength = 48;
}
