using Dalad.Calendar;
using Dalad.Platform.Timing;

namespace Dalad.Cases.Domain;

/// <summary>
/// The only way a case changes: each method checks <see cref="CaseLifecycle"/>, changes the case and returns what it
/// raised (timeline entries, SMS notices, a visit, reminders) for the application service to save.
/// </summary>
public sealed partial class Case
{
    /// <summary>
    /// Opens a case from a confirmed lead with its two owners (双交办) and starts the first step, which counts from the
    /// lead's registration.
    /// </summary>
    public static (Case Case, CaseChange Change) Open(
        string number, int year, int sequence, Lead lead, string territoryCode, string territorialBodyCode, string industryBodyCode, CaseContext context)
    {
        var opened = new Case
        {
            Number = number,
            Year = year,
            Sequence = sequence,
            OpenedAt = context.Now,
            PrimaryLeadId = lead.Id,
            Text = lead.Text,
            Address = lead.Address,
            Employer = lead.Employer,
            Project = lead.Project,
            WorkerCount = lead.WorkerCount,
            AmountOwed = lead.AmountOwed,
            TerritoryCode = territoryCode,
            LeadRole = CaseRoles.Industry,
            Assignments =
            [
                CaseAssignment.For(CaseRoles.Territorial, territorialBodyCode, context.Now),
                CaseAssignment.For(CaseRoles.Industry, industryBodyCode, context.Now),
            ],
        };
        var change = new CaseChange(opened);
        change.Add(CaseEventTypes.Opened, context.BodyName(territorialBodyCode), context.BodyName(industryBodyCode));
        opened.ReceiveDueAt = opened.StartStep(CaseLifecycle.Receive, lead.ReceivedAt, context);
        // Dispatched after the lead's own due time: that lateness is the intake desk's (its clock, Lead.DispatchDueAt),
        // so the lead owner gets its working day to sign from the dispatch instead of starting overdue.
        if (context.Now > opened.ReceiveDueAt) opened.ReceiveDueAt = opened.StartStep(CaseLifecycle.Receive, context.Now, context);
        return (opened, change);
    }

    public string LeadBodyCode => Assignments.Single(a => a.Role == LeadRole).BodyCode;

    /// <summary>The actions legal now, under their API names (what the case page offers).</summary>
    public IReadOnlyList<string> NextActions() => CaseLifecycle.Actions
        .Where(a => a.LegalFrom.Contains(Status)
            && (a.Action is not (CaseActions.ApproveExtension or CaseActions.RejectExtension) || ExtensionStatus == ExtensionStatuses.Requested)
            && (a.Action != CaseActions.RequestExtension || ExtensionStatus is null or ExtensionStatuses.Rejected)
            // 办结 is offered only once every owner has recorded its part (Resolve refuses it before).
            && (a.Action != CaseActions.Resolve || Assignments.All(x => x.PartRecordedAt is not null)))
        .Select(a => CaseLifecycle.OfferedAs(a.Action)).Distinct().ToList();

    public bool IsLegal(string action) => CaseLifecycle.Rule(action).LegalFrom.Contains(Status);

    public CaseChange Sign(CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.Sign);
        SignedAt = context.Now;
        AcceptDueAt = Apply(rule, context);
        var lead = context.BodyName(LeadBodyCode);
        change.Add(CaseEventTypes.Signed, lead, CaseTexts.Date(AcceptDueAt));
        change.Notify(rule, lead, CaseTexts.Date(AcceptDueAt));
        return change;
    }

    public CaseChange Accept(string? opinion, CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.Accept);
        DecidedAt = context.Now;
        Opinion = CaseTexts.Optional(opinion);
        HandleDueAt = Apply(rule, context);
        var lead = context.BodyName(LeadBodyCode);
        change.Add(CaseEventTypes.Accepted, lead, CaseTexts.SentenceOrDash(Opinion), CaseTexts.Date(HandleDueAt));
        change.Notify(rule, lead, CaseTexts.Date(HandleDueAt));
        return change;
    }

    /// <summary>不予受理: only with a written opinion, which the complainant receives.</summary>
    public CaseChange Reject(string opinion, CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.Reject);
        DecidedAt = context.Now;
        Opinion = CaseTexts.Optional(opinion) ?? throw new ArgumentException("A refusal needs a written opinion.", nameof(opinion));
        Apply(rule, context);
        change.Add(CaseEventTypes.NotAccepted, context.BodyName(LeadBodyCode), CaseTexts.Sentence(Opinion));
        change.Notify(rule, CaseTexts.Sentence(Opinion));
        return change;
    }

    /// <summary>Each owner records its own part; a user of both owners records it for both. Not an owner: refused.</summary>
    public CaseChange RecordPart(IReadOnlyCollection<string> actorBodyCodes, string text, CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.RecordPart);
        var mine = Assignments.Where(a => actorBodyCodes.Contains(a.BodyCode)).ToList();
        if (mine.Count == 0) throw new CaseRuleException("Cases:NotAnOwner", forbidden: true, Number);
        foreach (var assignment in mine)
        {
            assignment.RecordPart(text.Trim(), context.Now);
            change.Add(CaseEventTypes.PartRecorded, assignment.Role, context.BodyName(assignment.BodyCode), CaseTexts.Sentence(assignment.PartText!));
        }
        Apply(rule, context);
        return change;
    }

    /// <summary>办结: only once every owner has recorded its part. Starts the visit.</summary>
    /// <param name="arrears">查实欠薪: recorded on the timeline and raised as <see cref="CaseArrearsEstablished"/> for the arrears finding.</param>
    public CaseChange Resolve(string result, decimal amountRecovered, CaseContext context, CaseArrears? arrears = null)
    {
        var (rule, change) = Begin(CaseActions.Resolve);
        var missing = Assignments.Where(a => a.PartRecordedAt is null).Select(a => context.BodyName(a.BodyCode)).ToList();
        if (missing.Count > 0) throw new CaseRuleException("Cases:PartsMissing", forbidden: false, Number, string.Join("、", missing));
        ResolvedAt = context.Now;
        Result = result.Trim();
        AmountRecovered = amountRecovered;
        ResolvedByBodyCode = LeadBodyCode;
        VisitDueAt = Apply(rule, context);
        var amount = CaseTexts.Amount(amountRecovered);
        change.Add(CaseEventTypes.Resolved, context.BodyName(LeadBodyCode), CaseTexts.Sentence(Result), amount);
        change.Notify(rule, CaseTexts.Sentence(Result), amount);
        if (arrears is not null)
        {
            var employer = arrears.EmployerName.Trim();
            var code = CaseTexts.Optional(arrears.CreditCode);
            var reason = CaseTexts.Optional(arrears.NoOrderReason);
            change.Add(CaseEventTypes.ArrearsEstablished, employer, code ?? "—", reason is null ? "" : CaseTexts.Sentence(reason));
            change.Facts.Add(new CaseArrearsEstablished(Id, Number, employer, code, DateOnly.FromDateTime(BeijingTime.FromUtc(context.Now).DateTime), reason));
        }
        return change;
    }

    /// <summary>One extension per case, with a reason; a refused request may be made again, an approved one never.</summary>
    public CaseChange RequestExtension(string reason, CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.RequestExtension);
        if (ExtensionStatus == ExtensionStatuses.Approved) throw new CaseRuleException("Cases:ExtensionUsed", forbidden: false, Number);
        if (ExtensionStatus == ExtensionStatuses.Requested) throw new CaseRuleException("Cases:ExtensionPending", forbidden: false, Number);
        ExtensionStatus = ExtensionStatuses.Requested;
        ExtensionReason = reason.Trim();
        ExtensionRequestedBy = context.UserName;
        ExtensionRequestedAt = context.Now;
        ExtensionDecidedBy = null;
        ExtensionDecidedAt = null;
        ExtensionRemarks = null;
        Apply(rule, context);
        change.Add(CaseEventTypes.ExtensionRequested, CaseTexts.Sentence(ExtensionReason), CaseLifecycle.Extension.WorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return change;
    }

    /// <summary>Approval moves the handling due time on by <see cref="CaseLifecycle.Extension"/>, counted from the current due time.</summary>
    public CaseChange DecideExtension(bool approve, string? remarks, CaseContext context)
    {
        var (rule, change) = Begin(approve ? CaseActions.ApproveExtension : CaseActions.RejectExtension);
        if (ExtensionStatus != ExtensionStatuses.Requested) throw new CaseRuleException("Cases:NoExtensionRequest", forbidden: false, Number);
        ExtensionStatus = approve ? ExtensionStatuses.Approved : ExtensionStatuses.Rejected;
        ExtensionDecidedBy = context.UserName;
        ExtensionDecidedAt = context.Now;
        ExtensionRemarks = CaseTexts.Optional(remarks);
        if (approve)
        {
            HandleDueAt = Apply(rule, context);
            change.Add(CaseEventTypes.ExtensionApproved, CaseTexts.Date(HandleDueAt), CaseTexts.SentenceOrDash(ExtensionRemarks));
        }
        else
        {
            Apply(rule, context);
            change.Add(CaseEventTypes.ExtensionRejected, CaseTexts.SentenceOrDash(ExtensionRemarks));
        }
        return change;
    }

    /// <summary>
    /// 回访 by the joint office. Satisfied: the lead owner may close. Unsatisfied: back to handling with a new due time,
    /// both owners record their part again, the result is cleared and the closure is flagged as possibly false against
    /// the body that resolved it.
    /// </summary>
    public CaseChange RecordVisit(bool satisfied, string? remarks, CaseContext context)
    {
        var (rule, change) = Begin(satisfied ? CaseActions.VisitSatisfied : CaseActions.VisitUnsatisfied);
        change.Visit = new CaseVisit { CaseId = Id, Satisfied = satisfied, Remarks = CaseTexts.Optional(remarks), ResolvedByBodyCode = ResolvedByBodyCode!, Result = Result };
        change.Add(CaseEventTypes.Visited, satisfied ? "satisfied" : "unsatisfied", CaseTexts.SentenceOrDash(CaseTexts.Optional(remarks)));
        if (!satisfied)
        {
            PossiblyFalseClosure = true;
            ReopenCount++;
            Result = null;
            AmountRecovered = null;
            ResolvedAt = null; // not resolved any more (the visit keeps what was resolved, and by whom)
            foreach (var a in Assignments) a.ClearPart();
        }
        var due = Apply(rule, context);
        if (!satisfied)
        {
            HandleDueAt = due;
            change.Add(CaseEventTypes.Reopened, context.BodyName(ResolvedByBodyCode!), CaseTexts.Date(HandleDueAt));
            change.Notify(rule, CaseTexts.Date(HandleDueAt));
        }
        return change;
    }

    public CaseChange Close(string? remarks, CaseContext context)
    {
        var (rule, change) = Begin(CaseActions.Close);
        ClosedAt = context.Now;
        Apply(rule, context);
        change.Add(CaseEventTypes.Closed, context.BodyName(LeadBodyCode), CaseTexts.SentenceOrDash(CaseTexts.Optional(remarks)));
        return change;
    }

    /// <summary>转办: one owner is replaced; legal in every open state, never to the same body.</summary>
    public CaseChange Transfer(string role, string toBodyCode, string reason, string? newTerritoryCode, CaseContext context)
    {
        if (!CaseStatuses.IsOpen(Status)) throw new CaseRuleException("Cases:Closed", forbidden: false, Number);
        var assignment = Assignments.Single(a => a.Role == role);
        if (assignment.BodyCode == toBodyCode) throw new CaseRuleException("Cases:SameBody", forbidden: false, context.BodyName(toBodyCode));
        var change = new CaseChange(this);
        var from = assignment.BodyCode;
        assignment.Reassign(toBodyCode, context.Now);
        if (role == CaseRoles.Territorial) TerritoryCode = newTerritoryCode;
        TransferCount++;
        Revision++;
        change.Add(CaseEventTypes.Transferred, role, context.BodyName(from), context.BodyName(toBodyCode), reason.Trim());
        return change;
    }

    /// <summary>
    /// What the deadline job finds: a step due within one working day is due soon; a step past its due time is overdue,
    /// and each body that still owes it gets a supervision reminder (督办).
    /// </summary>
    public CaseChange CheckDeadline(CaseContext context)
    {
        var change = new CaseChange(this);
        if (!CaseStatuses.IsOpen(Status) || StepDueAt is not { } due || DeadlineState == DeadlineStates.Overdue) return change;
        if (context.Now > due)
        {
            DeadlineState = DeadlineStates.Overdue;
            var owing = BodiesOwingCurrentStep(context.VisitingBodyCode
                ?? throw new InvalidOperationException("The deadline check needs the visiting body (the coordinator role's holder)."));
            change.RemindedBodies.AddRange(owing);
            change.Add(CaseEventTypes.Overdue, Step, CaseTexts.Date(due), string.Join(",", owing));
        }
        else if (DeadlineState == DeadlineStates.OnTime
            && context.Calendar.WorkingDaysBetween(BeijingTime.FromUtc(context.Now), BeijingTime.FromUtc(due)) <= 1)
        {
            DeadlineState = DeadlineStates.DueSoon;
            change.Add(CaseEventTypes.DueSoon, Step, CaseTexts.Date(due));
        }
        return change;
    }

    /// <summary>
    /// Who owes the running step: the visit is the visiting body's (the joint office: the body that resolved a case
    /// never judges it); every other step the lead owner's, and while handling also an owner's whose part is missing.
    /// </summary>
    public IReadOnlyList<string> BodiesOwingCurrentStep(string visitingBodyCode) => Step == CaseSteps.Visit
        ? [visitingBodyCode]
        : Assignments.Where(a => a.Role == LeadRole || (Step == CaseSteps.Handle && a.PartRecordedAt is null)).Select(a => a.BodyCode).Distinct().ToList();

    private (ActionRule Rule, CaseChange Change) Begin(string action)
    {
        var rule = CaseLifecycle.Rule(action);
        if (!rule.LegalFrom.Contains(Status)) throw new CaseRuleException("Cases:IllegalTransition", forbidden: false, Number, Status, CaseLifecycle.OfferedAs(action));
        return (rule, new CaseChange(this));
    }

    /// <summary>Moves to the rule's state and starts its step; a final state stops the clock. Returns the new due time.</summary>
    private DateTime? Apply(ActionRule rule, CaseContext context)
    {
        Revision++;
        if (rule.LeadsTo is { } next) Status = next;
        if (rule.Starts is { } step)
        {
            var from = step.CountsFrom == CountsFrom.CurrentDue ? StepDueAt!.Value : context.Now;
            return StartStep(step, from, context);
        }
        if (rule.LeadsTo is not null) SetStep(null, null);
        return null;
    }

    private DateTime StartStep(StepRule step, DateTime fromUtc, CaseContext context)
    {
        var due = context.Calendar.AddWorkingDays(BeijingTime.FromUtc(fromUtc), step.WorkingDays).UtcDateTime;
        SetStep(step.Step, due);
        return due;
    }

    /// <summary>A new step resets what the deadline job found about the previous one.</summary>
    private void SetStep(string? step, DateTime? due)
    {
        Step = step;
        StepDueAt = due;
        DeadlineState = DeadlineStates.OnTime;
    }
}
