namespace Dalad.Cases;

/// <summary>Where a complaint came in. Each channel has its own intake desk (a body), which registers and dispatches it.</summary>
public static class LeadChannels
{
    public const string Hotline12345 = "12345";
    public const string Petition = "petition";
    public const string Online = "online";
    public const string WalkIn = "walk-in";
    public const string Inspection = "inspection";

    public static readonly IReadOnlyList<string> All = [Hotline12345, Petition, Online, WalkIn, Inspection];

    /// <summary>
    /// The body that runs each channel's desk, per the Dalad plan: the 12345 hotline (政务服务与数据管理局), the petition
    /// office (信访局), online opinion (网络安全应急指挥中心); walk-in complaints and labour inspection findings are HRSS's.
    /// </summary>
    public static string IntakeBodyCode(string channel) => channel switch
    {
        Hotline12345 => "data-12345",
        Petition => "petition",
        Online => "cyber",
        WalkIn or Inspection => "hrss",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };
}

public static class LeadStatuses
{
    /// <summary>Registered with its routing proposal; waits for the dispatcher.</summary>
    public const string Pending = "pending";

    /// <summary>Confirmed: its case is open.</summary>
    public const string Dispatched = "dispatched";

    /// <summary>Repeats an open lead (same phone and employer within 30 days): follows that lead's case.</summary>
    public const string Linked = "linked";
}

/// <summary>The two owners of a case under 双交办.</summary>
public static class CaseRoles
{
    public const string Territorial = "territorial";
    public const string Industry = "industry";

    public static readonly IReadOnlyList<string> All = [Territorial, Industry];
}

/// <summary>
/// Case states. A case opens as <see cref="Received"/>; the case workflow (deadlines, acceptance, handling, visits) adds
/// the states between. Every state but <see cref="Closed"/> is open.
/// </summary>
public static class CaseStatuses
{
    public const string Received = "received";
    public const string Closed = "closed";

    public static bool IsOpen(string status) => status != Closed;
}

/// <summary>Kinds of entry in a case's timeline.</summary>
public static class CaseEventTypes
{
    public const string Opened = "opened";
    public const string Corrected = "corrected";
    public const string RepeatLinked = "repeat-linked";
    public const string Transferred = "transferred";
}

/// <summary>Row outcomes of a batch import.</summary>
public static class ImportOutcomes
{
    public const string Imported = "imported";
    public const string Linked = "linked";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}

public static class ImportStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

public static class SearchIndexNames
{
    public const string Leads = "leads";
    public const string Cases = "cases";
}
