namespace Dalad.Enforcement;

/// <summary>Assistance requests (协查): HRSS asks another body for help on a case; that body answers in its inbox.</summary>
public static class AssistancePermissions
{
    public const string GroupName = "Dalad.Assistance";

    /// <summary>See the requests of one's bodies (sent or received).</summary>
    public const string Default = GroupName;

    /// <summary>Send a request (HRSS).</summary>
    public const string Create = Default + ".Create";

    /// <summary>Answer the requests received by one's bodies (自然资源局, 公安局, 金融监管支局, the court).</summary>
    public const string Answer = Default + ".Answer";
}

/// <summary>What is asked. Each kind has its receiving body and its deadline in working days (configuration,
/// <c>Enforcement:Assistance:{kind}:BodyCode|WorkingDays</c>, with the seed's body codes as defaults).</summary>
public static class AssistanceKinds
{
    /// <summary>不动产查询 → 自然资源局.</summary>
    public const string Property = "property";

    /// <summary>车辆查询 → 公安局.</summary>
    public const string Vehicles = "vehicles";

    /// <summary>查找下落不明的当事人 → 公安局.</summary>
    public const string Locate = "locate";

    /// <summary>银行账户查询 → 金融监管支局.</summary>
    public const string BankAccounts = "bank-accounts";

    /// <summary>申请法院强制执行 → 法院.</summary>
    public const string CourtEnforcement = "court-enforcement";

    public static readonly IReadOnlyList<string> All = [Property, Vehicles, Locate, BankAccounts, CourtEnforcement];
}

public static class AssistanceStatuses
{
    public const string Sent = "sent";
    public const string Answered = "answered";
}

/// <summary>How a request stands against its deadline: open (in time), overdue, answered (in time), answered-late.</summary>
public static class AssistanceDueStates
{
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string Answered = "answered";
    public const string AnsweredLate = "answered-late";
}

/// <summary>A kind with the body that receives it and its deadline in working days.</summary>
public sealed record AssistanceKindDto(string Kind, string BodyCode, int WorkingDays);

/// <param name="PartyNumber">The party's unified social credit code or identity number; optional (an unreachable party
/// may be known by name only).</param>
public sealed record AssistanceRequestInput(string? Kind, string? CaseNumber, string? PartyName, string? PartyNumber, string? Question);

/// <param name="Attachments">Texts or links (a document number, a URL), at most 10.</param>
public sealed record AssistanceAnswerInput(string? Finding, IReadOnlyList<string>? Attachments);

/// <param name="PartyNumber">An identity number is masked (1506**********123X) for readers without Dalad.PersonalData;
/// a credit code is not personal data and is shown as is.</param>
/// <param name="PartyNumberKind">credit-code or id-card; null when no number was given.</param>
/// <param name="DueAt">23:59:59 Beijing time of the last working day.</param>
/// <param name="LateWorkingDays">Working days past the deadline: as recorded with the answer, or so far.</param>
public sealed record AssistanceRequestDto(
    Guid Id, string Kind, string CaseNumber, string PartyName, string? PartyNumber, string? PartyNumberKind, string Question,
    string SendingBodyCode, string ReceivingBodyCode, DateTime SentAt, string? SentBy, DateTime DueAt, string Status, string DueState,
    int LateWorkingDays, string? Finding, IReadOnlyList<string> Attachments, DateTime? AnsweredAt, string? AnsweredBy);
