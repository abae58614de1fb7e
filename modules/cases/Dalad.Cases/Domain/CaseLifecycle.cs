namespace Dalad.Cases.Domain;

/// <summary>
/// Measure 12 (内政发〔2023〕24号) on one screen: every step with its working days and from when they count, every action
/// with the states it is legal from, the state it leads to, the step it starts, the SMS it sends and who takes it.
/// <see cref="Case"/> obeys this table and nothing else; docs/case-workflow.md explains it.
/// </summary>
public static class CaseLifecycle
{
    // Steps: the step, its working days, and from when they count.
    // The intake desk's step, on the lead (not the case): 1 working day to dispatch what it registered ("1个工作日接受线索").
    public static readonly StepRule Dispatch = new(CaseSteps.Dispatch, 1, CountsFrom.LeadRegistration);
    public static readonly StepRule Receive = new(CaseSteps.Receive, 1, CountsFrom.LeadRegistration);
    public static readonly StepRule Accept = new(CaseSteps.Accept, 5, CountsFrom.TheAction);      // signing
    public static readonly StepRule Handle = new(CaseSteps.Handle, 15, CountsFrom.TheAction);     // acceptance, or an unsatisfied visit
    public static readonly StepRule Extension = new(CaseSteps.Handle, 15, CountsFrom.CurrentDue); // once, on approval
    public static readonly StepRule Visit = new(CaseSteps.Visit, 5, CountsFrom.TheAction);        // resolution (the platform's own rule)

    /// <summary>Actions ── legal from ── leads to (null: stays) ── starts step ── SMS to the complainant ── taken by.</summary>
    public static readonly IReadOnlyList<ActionRule> Actions =
    [
        new(CaseActions.Sign, [CaseStatuses.Received], CaseStatuses.Reviewing, Accept, SmsTemplates.Received, CaseActors.LeadOwner),
        new(CaseActions.Accept, [CaseStatuses.Reviewing], CaseStatuses.Handling, Handle, SmsTemplates.Accepted, CaseActors.LeadOwner),
        new(CaseActions.Reject, [CaseStatuses.Reviewing], CaseStatuses.NotAccepted, null, SmsTemplates.NotAccepted, CaseActors.LeadOwner),
        new(CaseActions.RecordPart, [CaseStatuses.Handling], null, null, null, CaseActors.EachOwner),
        new(CaseActions.RequestExtension, [CaseStatuses.Handling], null, null, null, CaseActors.LeadOwner),
        new(CaseActions.ApproveExtension, [CaseStatuses.Handling], null, Extension, null, CaseActors.JointOffice),
        new(CaseActions.RejectExtension, [CaseStatuses.Handling], null, null, null, CaseActors.JointOffice),
        new(CaseActions.Resolve, [CaseStatuses.Handling], CaseStatuses.Resolved, Visit, SmsTemplates.Result, CaseActors.LeadOwner),
        new(CaseActions.VisitSatisfied, [CaseStatuses.Resolved], CaseStatuses.Visited, null, null, CaseActors.JointOffice),
        new(CaseActions.VisitUnsatisfied, [CaseStatuses.Resolved], CaseStatuses.Handling, Handle, SmsTemplates.Reopened, CaseActors.JointOffice),
        new(CaseActions.Close, [CaseStatuses.Visited, CaseStatuses.NotAccepted], CaseStatuses.Closed, null, null, CaseActors.LeadOwner),
    ];

    public static ActionRule Rule(string action) => Actions.FirstOrDefault(a => a.Action == action)
        ?? throw new ArgumentOutOfRangeException(nameof(action), action, "Not an action of the case lifecycle.");

    /// <summary>The name an action is offered and refused under (the API's <c>nextActions</c>, <c>CaseAction:*</c> texts).</summary>
    public static string OfferedAs(string action) => action switch
    {
        CaseActions.ApproveExtension or CaseActions.RejectExtension => CaseActions.DecideExtension,
        CaseActions.VisitSatisfied or CaseActions.VisitUnsatisfied => CaseActions.Visit,
        _ => action,
    };
}

/// <summary>When a step's working days start counting.</summary>
public enum CountsFrom
{
    /// <summary>The registration of the lead the case was opened from (签收 counts from when the complaint came in).</summary>
    LeadRegistration,

    /// <summary>The action that starts the step.</summary>
    TheAction,

    /// <summary>The step's current due time (an extension adds to it).</summary>
    CurrentDue,
}

/// <param name="Step">The <see cref="CaseSteps"/> value the case shows while the step runs.</param>
public sealed record StepRule(string Step, int WorkingDays, CountsFrom CountsFrom);

/// <param name="LeadsTo">The state after the action; null when the case stays where it is.</param>
/// <param name="Starts">The step whose due time the action stores; null when it starts none (a final state stops the clock).</param>
/// <param name="Sms">The <see cref="SmsTemplates"/> notice the complainant gets; null for none.</param>
public sealed record ActionRule(string Action, IReadOnlyList<string> LegalFrom, string? LeadsTo, StepRule? Starts, string? Sms, string By);

/// <summary>What a case can be asked to do. The first nine are the API's action names.</summary>
public static class CaseActions
{
    public const string Sign = "sign";
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string RecordPart = "record-part";
    public const string Resolve = "resolve";
    public const string RequestExtension = "request-extension";
    public const string DecideExtension = "decide-extension";
    public const string Visit = "visit";
    public const string Close = "close";

    public const string ApproveExtension = "approve-extension";
    public const string RejectExtension = "reject-extension";
    public const string VisitSatisfied = "visit-satisfied";
    public const string VisitUnsatisfied = "visit-unsatisfied";
}

/// <summary>Who takes an action: the lead owner's members, each owner for its own part, the joint office (by permission).</summary>
public static class CaseActors
{
    public const string LeadOwner = "lead-owner";
    public const string EachOwner = "each-owner";
    public const string JointOffice = "coordinator";
}
