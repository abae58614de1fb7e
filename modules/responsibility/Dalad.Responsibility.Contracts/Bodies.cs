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

public sealed record BodyDto(string Code, string Name, string Kind, string? Duty, bool IsActive);

/// <summary>Which bodies exist; other modules validate body codes through this.</summary>
public interface IBodyDirectory
{
    Task<BodyDto?> FindAsync(string code, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<BodyDto>> GetAllAsync(CancellationToken cancellationToken = default);
}

public static class ResponsibilityPermissions
{
    public const string GroupName = "Dalad.Responsibility";
    public const string Default = GroupName;
    public const string Manage = GroupName + ".Manage";
}
