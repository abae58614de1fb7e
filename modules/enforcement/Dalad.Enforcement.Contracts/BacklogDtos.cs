namespace Dalad.Enforcement;

/// <summary>Backlog cases (陈欠积案): an old case flagged and routed to a resolution channel whose body runs its steps.</summary>
public static class BacklogPermissions
{
    public const string GroupName = "Dalad.Backlog";

    /// <summary>See the backlog cases of one's bodies (flagged by them or routed to them).</summary>
    public const string Default = GroupName;

    /// <summary>Flag a case as backlog and route it to a channel (HRSS, the joint office).</summary>
    public const string Flag = Default + ".Flag";

    /// <summary>Record the steps and the outcome of the backlog cases routed to one's bodies (司法局, the court, the arbitration committee).</summary>
    public const string Handle = Default + ".Handle";
}

/// <summary>Why a case is backlog. The first three are computed from the case; the others are circumstances HRSS or the
/// joint office record (a collapsed project, an employer gone, funds gone).</summary>
public static class BacklogGrounds
{
    /// <summary>Open (not closed) longer than <c>Enforcement:Backlog:MinOpenDays</c>.</summary>
    public const string LongOpen = "long-open";

    /// <summary>Reopened at least <c>Enforcement:Backlog:MinReopenings</c> times.</summary>
    public const string Reopened = "reopened";

    /// <summary>At least <c>Enforcement:Backlog:MinPetitions</c> complaints (the first and its repeats).</summary>
    public const string RepeatedPetitions = "repeated-petitions";

    /// <summary>项目烂尾 (recorded).</summary>
    public const string ProjectCollapsed = "project-collapsed";

    /// <summary>企业失联或注销 (recorded).</summary>
    public const string EmployerGone = "employer-gone";

    /// <summary>资金断链、无可执行财产 (recorded).</summary>
    public const string FundsGone = "funds-gone";

    public static readonly IReadOnlyList<string> Recorded = [ProjectCollapsed, EmployerGone, FundsGone];
}

/// <summary>The resolution channels and their steps, in order; the last step of each ends the channel with an outcome.</summary>
public static class BacklogChannels
{
    /// <summary>人民调解 (司法局): 受理 → 调解 → 达成协议 | 调解不成.</summary>
    public const string Mediation = "mediation";

    /// <summary>司法确认 (the court): 申请 → 确认 | 驳回.</summary>
    public const string JudicialConfirmation = "judicial-confirmation";

    /// <summary>劳动仲裁 (the arbitration committee): 立案 → 开庭 → 裁决 | 调解.</summary>
    public const string Arbitration = "arbitration";

    /// <summary>诉讼绿色通道 with fee deferral (the court): 立案（缓交诉讼费） → 审理 → 判决 → 执行.</summary>
    public const string Litigation = "litigation";

    public static readonly IReadOnlyList<string> All = [Mediation, JudicialConfirmation, Arbitration, Litigation];
}

public static class BacklogSteps
{
    public const string Accepted = "accepted";
    public const string Mediating = "mediating";
    public const string Agreed = "agreed";
    public const string MediationFailed = "mediation-failed";
    public const string Applied = "applied";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Filed = "filed";
    public const string Heard = "heard";
    public const string Awarded = "awarded";
    public const string Conciliated = "conciliated";
    public const string Tried = "tried";
    public const string Judged = "judged";
    public const string Executed = "executed";
}

/// <summary>flagged → routed → settled; a channel that ends unsettled leaves the case flagged again, to be routed to another.</summary>
public static class BacklogStatuses
{
    public const string Flagged = "flagged";
    public const string Routed = "routed";
    public const string Settled = "settled";

    public static readonly IReadOnlyList<string> All = [Flagged, Routed, Settled];
}

/// <param name="Circumstance">A recorded ground (<see cref="BacklogGrounds.Recorded"/>), needed when none is computed from the case.</param>
public sealed record BacklogFlagInput(string? CaseNumber, string? Circumstance, string? Reason);

public sealed record BacklogRouteInput(string? Channel, string? Reason);

/// <param name="Settled">With the channel's last step: whether the workers' wages are settled.</param>
/// <param name="AmountRecovered">With the last step: yuan recovered for the workers (0 or more).</param>
/// <param name="FeeDeferred">With the litigation channel's 立案: whether the court deferred the fees (缓交诉讼费).</param>
public sealed record BacklogStepInput(string? Step, string? Note, bool? Settled, decimal? AmountRecovered, bool? FeeDeferred);

/// <summary>A channel with its receiving body and its steps (each a list of alternatives; the last ends the channel).</summary>
public sealed record BacklogChannelDto(string Channel, string BodyCode, IReadOnlyList<IReadOnlyList<string>> Steps);

public sealed record BacklogStepDto(string Step, string? Note, DateTime At, string? By);

/// <param name="Outcome">null while open; settled or unsettled.</param>
public sealed record BacklogRouteDto(
    int Number, string Channel, string BodyCode, string Reason, DateTime RoutedAt, string? RoutedBy, bool? FeeDeferred,
    IReadOnlyList<BacklogStepDto> Steps, IReadOnlyList<string> NextSteps, string? Outcome, decimal? AmountRecovered, DateTime? EndedAt);

/// <param name="Grounds">The grounds found when flagged (computed and recorded).</param>
/// <param name="OpenedAt">When the case was opened (UTC), as the cases module said when it was flagged.</param>
/// <param name="CurrentRoute">The open route, else the last.</param>
public sealed record BacklogCaseDto(
    Guid Id, Guid CaseId, string CaseNumber, DateTime OpenedAt, int ReopenCount, int PetitionCount, IReadOnlyList<string> Grounds, string Reason,
    string FlaggingBodyCode, DateTime FlaggedAt, string? FlaggedBy, string Status, string? ReceivingBodyCode, decimal AmountRecovered,
    BacklogRouteDto? CurrentRoute, IReadOnlyList<BacklogRouteDto> Routes);
