namespace Dalad.Enforcement;

/// <summary>
/// The documents of a penalty case (立案 → 调查 → 告知 → 决定 → 执行), each belonging to one step: attached as files once
/// the case has reached that step.
/// </summary>
public static class PenaltyDocumentKinds
{
    /// <summary>立案审批表.</summary>
    public const string FilingApproval = "filing-approval";

    /// <summary>调查询问笔录.</summary>
    public const string InquiryRecord = "inquiry-record";

    /// <summary>证据材料 (photos, payrolls, attendance): gathered while investigating.</summary>
    public const string Evidence = "evidence";

    /// <summary>行政处罚告知书.</summary>
    public const string Notice = "notice";

    /// <summary>行政处罚决定书.</summary>
    public const string Decision = "decision";

    /// <summary>执行记录 (payment receipts, enforcement records).</summary>
    public const string ExecutionRecord = "execution-record";

    /// <summary>The step each kind belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> StepOf = new Dictionary<string, string>
    {
        [FilingApproval] = PenaltySteps.Filed,
        [InquiryRecord] = PenaltySteps.Investigated,
        [Evidence] = PenaltySteps.Investigated,
        [Notice] = PenaltySteps.Notified,
        [Decision] = PenaltySteps.Decided,
        [ExecutionRecord] = PenaltySteps.Executed,
    };

    public static readonly IReadOnlyList<string> All = [FilingApproval, InquiryRecord, Evidence, Notice, Decision, ExecutionRecord];
}

/// <summary>One attached document, without its content (downloaded separately).</summary>
public sealed record PenaltyDocumentDto(
    Guid Id, Guid PenaltyCaseId, string Kind, string Step, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt, string? UploadedBy);
