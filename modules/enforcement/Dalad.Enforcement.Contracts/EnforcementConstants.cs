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
