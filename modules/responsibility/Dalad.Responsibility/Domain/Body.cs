using Dalad.Platform.Data;

namespace Dalad.Responsibility.Domain;

/// <summary>A responsible body of the Dalad plan (a department, a town, sumu or street office, a zone committee…).</summary>
public sealed class Body : AuditedEntity
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 128;
    public const int MaxDutyLength = 1024;

    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Duty { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Raised on every change; a concurrency token, so two edits never both build on the same state.</summary>
    public int Revision { get; set; }

    /// <summary>Only a town, sumu or street office, or a zone committee, owns territory (the plan's 属地 duty).</summary>
    public static bool KindOwnsTerritory(string kind) => kind is BodyKinds.Territorial or BodyKinds.Zone;

    public BodyDto ToDto() => new(Code, Name, Kind, Duty, IsActive);
}
