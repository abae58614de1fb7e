namespace Dalad.Projects;

public static class ProjectsPermissions
{
    public const string GroupName = "Dalad.Projects";

    /// <summary>See the projects of one's own bodies (industry or territorial owner).</summary>
    public const string Default = GroupName;

    /// <summary>Register and update projects, their account, deposit, advances and monthly inspections.</summary>
    public const string Manage = Default + ".Manage";
}

public static class WarningsPermissions
{
    public const string GroupName = "Dalad.Warnings";

    /// <summary>See the early warnings of one's own bodies.</summary>
    public const string Default = GroupName;

    /// <summary>Handle, close and turn a warning into a case.</summary>
    public const string Handle = Default + ".Handle";

    /// <summary>Change the warning rules (threshold, severity, enabled).</summary>
    public const string ManageRules = Default + ".ManageRules";
}

/// <summary>The forms a wage deposit (工资保证金) may take (Inner Mongolia measure 七).</summary>
public static class DepositForms
{
    public const string Cash = "cash";
    public const string BankGuarantee = "bank-guarantee";
    public const string Insurance = "insurance";
    public const string GuaranteeLetter = "guarantee-letter";

    public static readonly IReadOnlyList<string> All = [Cash, BankGuarantee, Insurance, GuaranteeLetter];
}

/// <summary>劳务分包 or 专业分包.</summary>
public static class SubcontractKinds
{
    public const string Labour = "labour";
    public const string Specialist = "specialist";

    public static readonly IReadOnlyList<string> All = [Labour, Specialist];
}

public static class WarningStatuses
{
    public const string Open = "open";
    public const string Handled = "handled";
    public const string Closed = "closed";
}

public static class WarningSeverities
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";

    public static readonly IReadOnlyList<string> All = [Low, Medium, High];
}

/// <summary>The keys of the warning rules (the rules themselves are data: threshold, severity, enabled).</summary>
public static class WarningRuleKeys
{
    /// <summary>The wage special account not opened within the threshold (30) days of the contract.</summary>
    public const string AccountLate = "account-late";

    /// <summary>The wage deposit not paid within the threshold (20) days of the contract.</summary>
    public const string DepositLate = "deposit-late";

    /// <summary>A government-invested project without its funds in place (资金不落实).</summary>
    public const string FundsNotInPlace = "funds-not-in-place";

    /// <summary>A contractor advance (垫资) recorded: prohibited for government-invested projects, a risk for all.</summary>
    public const string ContractorAdvance = "contractor-advance";

    /// <summary>A month of works without its 双驻双查 inspection, the threshold being the days of grace after the month.</summary>
    public const string InspectionMissing = "inspection-missing";

    /// <summary>A worker paid for fewer days of a month than he worked, the threshold being the days after the month until the pay day.</summary>
    public const string PayBelowAttendance = "pay-below-attendance";

    /// <summary>A project under way (started, not completed) with no clock-in for the threshold (30) days: off the platform in practice.</summary>
    public const string NoAttendance = "no-attendance";

    public static readonly IReadOnlyList<string> All = [AccountLate, DepositLate, FundsNotInPlace, ContractorAdvance, InspectionMissing, PayBelowAttendance, NoAttendance];
}

/// <summary>Where a project stands against a deadline counted from its contract (the wage account's 30 days, the deposit's 20).</summary>
public static class DeadlineStates
{
    /// <summary>Done by the last day.</summary>
    public const string OnTime = "on-time";

    /// <summary>Done after the last day, or still missing after it.</summary>
    public const string Late = "late";

    /// <summary>Not yet done, the last day not yet passed.</summary>
    public const string Pending = "pending";

    /// <summary>No contract date recorded: there is no deadline yet.</summary>
    public const string NoContract = "no-contract";

    public static readonly IReadOnlyList<string> All = [OnTime, Late, Pending, NoContract];
}

/// <summary>Published after a project was registered or changed (warnings are evaluated again at once).</summary>
public sealed record ProjectChanged(Guid ProjectId);
