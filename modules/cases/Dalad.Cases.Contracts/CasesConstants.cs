namespace Dalad.Cases;

/// <summary>
/// Where a complaint came in. Each channel has its own intake desk, which registers and dispatches it: which body runs
/// it is the matrix's (the responsibility module's intake-desk roles), not code's.
/// </summary>
public static class LeadChannels
{
    public const string Hotline12345 = "12345";
    public const string Petition = "petition";
    public const string Online = "online";
    public const string WalkIn = "walk-in";
    public const string Inspection = "inspection";

    /// <summary>The platform's own early warnings (projects module), turned into a case by an owner: not an intake channel.</summary>
    public const string Warning = "warning";

    /// <summary>The intake channels (a lead may be registered through them); <see cref="Warning"/> is not one.</summary>
    public static readonly IReadOnlyList<string> All = [Hotline12345, Petition, Online, WalkIn, Inspection];
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
    /// <summary>Opened and handed to both owners; the lead owner must sign for it (签收) within 1 working day of registration.</summary>
    public const string Received = "received";

    /// <summary>Signed for; the lead owner gives its acceptance opinion (受理意见) within 5 working days.</summary>
    public const string Reviewing = "reviewing";

    /// <summary>Refused with a written opinion (不予受理); the lead owner closes it.</summary>
    public const string NotAccepted = "not-accepted";

    /// <summary>Accepted: being handled, to be resolved within 15 working days (+15 once, on approval).</summary>
    public const string Handling = "handling";

    /// <summary>Resolved with a result and the amount recovered; waits for the follow-up visit (回访).</summary>
    public const string Resolved = "resolved";

    /// <summary>The visit found the complainant satisfied; the lead owner closes it.</summary>
    public const string Visited = "visited";

    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Received, Reviewing, NotAccepted, Handling, Resolved, Visited, Closed];

    public static bool IsOpen(string status) => status != Closed;
}

/// <summary>The step a case is in, each with its own due time (stored when the step starts).</summary>
public static class CaseSteps
{
    /// <summary>分派 (the intake desk's own step, on the lead): ≤1 working day after registration.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>签收: ≤1 working day after the lead was registered.</summary>
    public const string Receive = "receive";

    /// <summary>受理意见: ≤5 working days after signing.</summary>
    public const string Accept = "accept";

    /// <summary>办理: ≤15 working days after acceptance (+15 once).</summary>
    public const string Handle = "handle";

    /// <summary>回访: ≤5 working days after the result (the platform's own rule; the measure sets no time).</summary>
    public const string Visit = "visit";
}

/// <summary>What the deadline job last found about the current step.</summary>
public static class DeadlineStates
{
    public const string OnTime = "on-time";
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
}

public static class ExtensionStatuses
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}

/// <summary>The SMS notices the complainant gets (measure 12: 接受、受理、结果).</summary>
public static class SmsTemplates
{
    public const string Received = "received";
    public const string Accepted = "accepted";
    public const string NotAccepted = "not-accepted";
    public const string Result = "result";
    public const string Reopened = "reopened";
}

/// <summary>Kinds of entry in a case's timeline.</summary>
public static class CaseEventTypes
{
    public const string Opened = "opened";
    public const string Corrected = "corrected";
    public const string RepeatLinked = "repeat-linked";
    public const string Transferred = "transferred";
    public const string Signed = "signed";
    public const string Accepted = "accepted";
    public const string NotAccepted = "not-accepted";
    public const string PartRecorded = "part-recorded";
    public const string Resolved = "resolved";
    public const string ArrearsEstablished = "arrears-established";
    public const string Visited = "visited";
    public const string Reopened = "reopened";
    public const string Closed = "closed";
    public const string ExtensionRequested = "extension-requested";
    public const string ExtensionApproved = "extension-approved";
    public const string ExtensionRejected = "extension-rejected";
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
    public const string SmsSent = "sms-sent";
    public const string BacklogFlagged = CaseBacklogKinds.Flagged;
    public const string BacklogRouted = CaseBacklogKinds.Routed;
    public const string BacklogOutcome = CaseBacklogKinds.Outcome;
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
