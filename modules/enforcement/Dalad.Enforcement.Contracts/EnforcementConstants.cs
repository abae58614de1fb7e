namespace Dalad.Enforcement;

/// <summary>The dishonest-employer list (失信联合惩戒对象名单) and its check.</summary>
public static class CreditPermissions
{
    public const string GroupName = "Dalad.Credit";

    /// <summary>See the candidates, the proposals and the listings.</summary>
    public const string Default = GroupName;

    /// <summary>Record the arrears established by a case and propose an employer for the list (HRSS).</summary>
    public const string Propose = Default + ".Propose";

    /// <summary>Decide a proposal with reasons and remove a listing after its repair period (发改).</summary>
    public const string Decide = Default + ".Decide";

    /// <summary>Ask whether a firm is listed, by credit code (公共资源交易中心, housing, banks).</summary>
    public const string Check = Default + ".Check";
}

/// <summary>What a listed employer may not do (the joint punishment measures).</summary>
public static class CreditRestrictions
{
    /// <summary>Bidding on government-invested projects.</summary>
    public const string Bidding = "bidding";

    /// <summary>New project permits (施工许可).</summary>
    public const string Permits = "permits";

    /// <summary>Fiscal funds (财政资金支持).</summary>
    public const string FiscalFunds = "fiscal-funds";

    public static readonly IReadOnlyList<string> All = [Bidding, Permits, FiscalFunds];
}

/// <summary>proposed → listed or rejected; listed → removed.</summary>
public static class ListingStatuses
{
    public const string Proposed = "proposed";
    public const string Listed = "listed";
    public const string Rejected = "rejected";
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> All = [Proposed, Listed, Rejected, Removed];
}

/// <summary>Why an employer is a candidate.</summary>
public static class CandidateGrounds
{
    /// <summary>3 or more arrears cases within 12 months.</summary>
    public const string ThreeInTwelveMonths = "three-in-12-months";

    /// <summary>Arrears cases in 3 consecutive years.</summary>
    public const string ThreeConsecutiveYears = "three-consecutive-years";
}

/// <summary>Orders (责令改正/责令支付) and penalty cases (立案 → 调查 → 告知 → 决定 → 执行).</summary>
public static class OrdersPermissions
{
    public const string GroupName = "Dalad.Orders";

    /// <summary>See the orders and penalty cases.</summary>
    public const string Default = GroupName;

    /// <summary>Issue and serve orders, record compliance, run penalty cases (HRSS labour inspection).</summary>
    public const string Manage = Default + ".Manage";
}

/// <summary>Referrals of suspected 拒不支付劳动报酬 to the police.</summary>
public static class ReferralsPermissions
{
    public const string GroupName = "Dalad.Referrals";

    /// <summary>See the referrals of one's bodies (sent or received).</summary>
    public const string Default = GroupName;

    /// <summary>Refer a lapsed order to pay to the police (HRSS).</summary>
    public const string Create = Default + ".Create";

    /// <summary>Act on a received referral: filed, prosecuted, judged (the police).</summary>
    public const string Handle = Default + ".Handle";
}

public static class OrderKinds
{
    /// <summary>责令改正.</summary>
    public const string Rectify = "rectify";

    /// <summary>责令支付 (the order to pay wages owed).</summary>
    public const string Pay = "pay";

    public static readonly IReadOnlyList<string> All = [Rectify, Pay];
}

public static class OrderOutcomes
{
    public const string Pending = "pending";
    public const string Complied = "complied";
    public const string NotComplied = "not-complied";
}

/// <summary>The steps of a penalty case, in order.</summary>
public static class PenaltySteps
{
    public const string Filed = "filed";
    public const string Investigated = "investigated";
    public const string Notified = "notified";
    public const string Decided = "decided";
    public const string Executed = "executed";

    public static readonly IReadOnlyList<string> All = [Filed, Investigated, Notified, Decided, Executed];
}

/// <summary>received → filed → prosecuted → judged (each step by the police or the judiciary, recorded in the police inbox).</summary>
public static class ReferralStatuses
{
    public const string Received = "received";
    public const string Filed = "filed";
    public const string Prosecuted = "prosecuted";
    public const string Judged = "judged";

    public static readonly IReadOnlyList<string> All = [Received, Filed, Prosecuted, Judged];
}
