namespace Dalad.Enforcement;

/// <summary>Mass incidents (群体性事件, Dalad plan 三（十一）), illegal wage demands (非法讨薪) and joint enforcement (联合执法).</summary>
public static class IncidentsPermissions
{
    public const string GroupName = "Dalad.Incidents";

    /// <summary>See the incidents of one's bodies (every incident for the responders: joint office, police, HRSS, union, 网信, government).</summary>
    public const string Default = GroupName;

    /// <summary>Report an incident by hand, record presence on site, settle it (joint office, police, HRSS, the case's owners).</summary>
    public const string Manage = Default + ".Manage";

    /// <summary>Grade online opinion and link posts to an incident (the 网信 desk).</summary>
    public const string Opinion = Default + ".Opinion";

    /// <summary>Record and handle illegal wage demands (the police) and joint enforcement actions.</summary>
    public const string Police = Default + ".Police";
}

/// <summary>How an incident was opened: automatically from a lead or a case with many workers, or reported by hand.</summary>
public static class IncidentSources
{
    public const string Lead = "lead";
    public const string Case = "case";
    public const string Report = "report";
}

public static class IncidentStatuses
{
    public const string Open = "open";
    public const string Settled = "settled";
}

/// <summary>Who must be on site (三（十一）: the industry department, with the union and the employer's representative; the township owns the case too).</summary>
public static class OnSiteRoles
{
    public const string Industry = "industry";
    public const string Township = "township";
    public const string Union = "union";
    public const string Employer = "employer";

    public static readonly IReadOnlyList<string> All = [Industry, Township, Union, Employer];
}

/// <summary>Escalation of an unsettled incident: first the joint office, then the banner government.</summary>
public static class EscalationLevels
{
    public const string JointOffice = "joint-office";
    public const string Government = "government";

    public static readonly IReadOnlyList<string> All = [JointOffice, Government];
}

/// <summary>Online opinion grades (网络舆情分级: 一般 / 较大 / 重大).</summary>
public static class OpinionGrades
{
    public const string General = "general";
    public const string Significant = "significant";
    public const string Major = "major";

    public static readonly IReadOnlyList<string> All = [General, Significant, Major];
}

public sealed record IncidentReportInput(
    string? Summary, string? Location, string? EmployerName, int? WorkerCount, string? CaseNumber, string? IndustryBodyCode, string? TownshipBodyCode, DateTime? OccurredAt);

/// <param name="Name">The person on site (required for the employer's representative).</param>
public sealed record PresenceInput(string? Role, string? Name, DateTime? At);

public sealed record SettleIncidentInput(string? Note);

public sealed record OpinionGradeInput(string? Grade, string? Note);

public sealed record OpinionPostInput(string? Url, string? Summary, DateTime? PostedAt);

public sealed record PresenceDto(string Role, string? BodyCode, string? Name, DateTime At, bool Late, string? By);

public sealed record EscalationDto(string Level, string BodyCode, DateTime At);

public sealed record OpinionPostDto(string Url, string Summary, DateTime PostedAt, DateTime LinkedAt, string? By);

/// <param name="OnSiteDueAt">Opening + <c>Enforcement:Incidents:OnSiteHours</c>: a clock in hours, not working days.</param>
/// <param name="OnSiteOverdue">Past the on-site deadline with a required body not (or late) on site.</param>
/// <param name="Missing">The roles not on site yet.</param>
public sealed record IncidentDto(
    Guid Id, string Source, Guid? LeadId, string? TicketNumber, string? CaseNumber, string Summary, string? Location, string? EmployerName, int WorkerCount,
    string? IndustryBodyCode, string? TownshipBodyCode, string UnionBodyCode, string? ReportedByBodyCode, DateTime OpenedAt, DateTime OnSiteDueAt,
    bool OnSiteOverdue, IReadOnlyList<string> Missing, IReadOnlyList<PresenceDto> Presences, IReadOnlyList<EscalationDto> Escalations,
    string Status, DateTime? SettledAt, string? SettlementNote, string? OpinionGrade, string? OpinionNote, DateTime? GradedAt,
    IReadOnlyList<OpinionPostDto> Posts);

/// <summary>Illegal wage demands the police act on (Inner Mongolia 14): the kinds are data, extendable without code.</summary>
public static class IllegalDemandKinds
{
    /// <summary>妨碍或扰乱办公秩序.</summary>
    public const string DisruptingOffices = "disrupting-offices";

    /// <summary>聚众闹事扰乱公共秩序.</summary>
    public const string GatheringCrowds = "gathering-crowds";

    /// <summary>散布不实言论.</summary>
    public const string SpreadingRumours = "spreading-rumours";

    public static readonly IReadOnlyList<string> All = [DisruptingOffices, GatheringCrowds, SpreadingRumours];
}

public static class IllegalDemandStatuses
{
    public const string Received = "received";
    public const string Handled = "handled";
}

public sealed record IllegalDemandInput(string? Kind, string? CaseNumber, string? Facts, string? Location, DateTime? OccurredAt);

public sealed record IllegalDemandHandleInput(string? Measure);

public sealed record IllegalDemandDto(
    Guid Id, string Kind, string CaseNumber, string Facts, string? Location, DateTime OccurredAt, string ReportedByBodyCode, string PoliceBodyCode,
    string Status, DateTime ReceivedAt, string? Measure, DateTime? HandledAt, string? HandledBy);

/// <summary>A joint enforcement action (联合执法, Inner Mongolia 15): HRSS with the police, or any two bodies.</summary>
public sealed record JointActionInput(IReadOnlyList<string>? BodyCodes, DateOnly? On, string? CaseNumber, string? Result);

public sealed record JointActionDto(Guid Id, IReadOnlyList<string> BodyCodes, DateOnly On, string CaseNumber, string Result, DateTime CreatedAt, string? CreatedBy);
