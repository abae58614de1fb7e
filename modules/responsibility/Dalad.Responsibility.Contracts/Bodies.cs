namespace Dalad.Responsibility;

/// <summary>Kinds of responsible body, as in the Dalad plan's responsibility list.</summary>
public static class BodyKinds
{
    public const string Government = "government";
    public const string Coordination = "coordination";
    public const string Industry = "industry";
    public const string Territorial = "territorial";
    public const string Zone = "zone";
    public const string Intake = "intake";
    public const string Judicial = "judicial";
    public const string Support = "support";
    public const string Oversight = "oversight";

    public static readonly IReadOnlyList<string> All = [Government, Coordination, Industry, Territorial, Zone, Intake, Judicial, Support, Oversight];
}

/// <summary>A responsible body. <paramref name="Code"/> is stable: lowercase latin letters, digits and dashes.</summary>
public sealed record BodyDto(string Code, string Name, string Kind, string? Duty, bool IsActive);

/// <summary>Which bodies exist; other modules validate body codes through this.</summary>
public interface IBodyDirectory
{
    Task<BodyDto?> FindAsync(string code, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<BodyDto>> GetAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// How many open cases a body owns. The cases module implements it; a body with open cases cannot be deactivated.
/// Every registered counter is asked and the counts are added up; with none registered the count is 0.
/// </summary>
public interface IOpenCaseCounter
{
    Task<int> CountOpenCasesAsync(string bodyCode, CancellationToken cancellationToken);
}

public static class ResponsibilityPermissions
{
    public const string GroupName = "Dalad.Responsibility";

    /// <summary>Read the matrix: a body's scope, the matrix as of a date, its history.</summary>
    public const string Default = GroupName;

    /// <summary>Change bodies, territories, scope items and keywords.</summary>
    public const string Manage = GroupName + ".Manage";
}
