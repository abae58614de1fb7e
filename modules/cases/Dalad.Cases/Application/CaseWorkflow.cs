using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Messaging;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>
/// The life of a case under 双交办 (docs/case-workflow.md): the lead owner (industry) signs, decides, resolves and
/// closes; both owners record their part before it is resolved; the joint office visits. Every step stores its due
/// time when it starts; SMS notices go through the outbox with the change.
/// </summary>
internal sealed class CaseWorkflow(
    CasesDbContext db, CaseClocks clocks, IClock clock, DataScope scope, ICurrentUser currentUser, IOutbox outbox, IBodyDirectory bodies, IStringLocalizer l)
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

    /// <summary>Which action is legal in which state: anything else is refused with a 409.</summary>
    private static readonly Dictionary<string, string[]> LegalFrom = new()
    {
        [Sign] = [CaseStatuses.Received],
        [Accept] = [CaseStatuses.Reviewing],
        [Reject] = [CaseStatuses.Reviewing],
        [RecordPart] = [CaseStatuses.Handling],
        [Resolve] = [CaseStatuses.Handling],
        [RequestExtension] = [CaseStatuses.Handling],
        [DecideExtension] = [CaseStatuses.Handling],
        [Visit] = [CaseStatuses.Resolved],
        [Close] = [CaseStatuses.Visited, CaseStatuses.NotAccepted],
    };

    public static IReadOnlyList<string> NextActions(Case c) =>
        LegalFrom.Where(a => a.Value.Contains(c.Status)
                && (a.Key != DecideExtension || c.ExtensionStatus == ExtensionStatuses.Requested)
                && (a.Key != RequestExtension || c.ExtensionStatus is null or ExtensionStatuses.Rejected)
                // 办结 only once every owner has recorded its part (ResolveAsync refuses it before).
                && (a.Key != Resolve || c.Assignments.All(x => x.PartRecordedAt is not null)))
            .Select(a => a.Key).ToList();

    /// <summary>Called when a case opens: the lead owner must sign for it within 1 working day of the lead's registration.</summary>
    public static void Start(Case opened, DateTime registeredAt, CaseClocks clocks)
    {
        opened.LeadRole = CaseRoles.Industry;
        opened.ReceiveDueAt = clocks.StartStep(opened, CaseSteps.Receive, registeredAt, CaseWorkflowLimits.ReceiveWorkingDays);
    }

    public async Task SignAsync(Guid id, CancellationToken ct)
    {
        var c = await LoadAsync(id, Sign, ct);
        var lead = await RequireLeadOwnerAsync(c, ct);
        var now = clock.UtcNow;
        c.Status = CaseStatuses.Reviewing;
        c.SignedAt = now;
        c.AcceptDueAt = clocks.StartStep(c, CaseSteps.Accept, now, CaseWorkflowLimits.AcceptWorkingDays);
        AddEvent(c, CaseEventTypes.Signed, lead.Name, Date(c.AcceptDueAt));
        Notify(c, SmsTemplates.Received, lead.Name, Date(c.AcceptDueAt));
        await SaveAsync(c, ct);
    }

    public async Task DecideAsync(Guid id, bool accept, string? opinion, CancellationToken ct)
    {
        var c = await LoadAsync(id, accept ? Accept : Reject, ct);
        var lead = await RequireLeadOwnerAsync(c, ct);
        var now = clock.UtcNow;
        c.DecidedAt = now;
        c.Opinion = Optional(opinion);
        if (accept)
        {
            c.Status = CaseStatuses.Handling;
            c.HandleDueAt = clocks.StartStep(c, CaseSteps.Handle, now, CaseWorkflowLimits.HandleWorkingDays);
            AddEvent(c, CaseEventTypes.Accepted, lead.Name, c.Opinion ?? "—", Date(c.HandleDueAt));
            Notify(c, SmsTemplates.Accepted, lead.Name, Date(c.HandleDueAt));
        }
        else
        {
            c.Status = CaseStatuses.NotAccepted;
            clocks.SetStep(c, null, null);
            AddEvent(c, CaseEventTypes.NotAccepted, lead.Name, c.Opinion!);
            Notify(c, SmsTemplates.NotAccepted, c.Opinion!);
        }
        await SaveAsync(c, ct);
    }

    /// <summary>Each owner records its part; a user of both owners records it for both.</summary>
    public async Task RecordPartAsync(Guid id, string text, CancellationToken ct)
    {
        var c = await LoadAsync(id, RecordPart, ct);
        var mine = c.Assignments.Where(a => scope.BodyCodes.Contains(a.BodyCode)).ToList();
        if (mine.Count == 0) throw new BusinessException("Cases:NotAnOwner", c.Number) { StatusCode = StatusCodes.Status403Forbidden };
        var now = clock.UtcNow;
        foreach (var assignment in mine)
        {
            assignment.PartText = text.Trim();
            assignment.PartRecordedAt = now;
            AddEvent(c, CaseEventTypes.PartRecorded, assignment.Role, await BodyNameAsync(assignment.BodyCode, ct), assignment.PartText);
        }
        await SaveAsync(c, ct);
    }

    public async Task ResolveAsync(Guid id, string result, decimal amountRecovered, CancellationToken ct)
    {
        var c = await LoadAsync(id, Resolve, ct);
        var lead = await RequireLeadOwnerAsync(c, ct);
        var missing = c.Assignments.Where(a => a.PartRecordedAt is null).ToList();
        if (missing.Count > 0)
        {
            var names = new List<string>();
            foreach (var a in missing) names.Add(await BodyNameAsync(a.BodyCode, ct));
            throw Conflict("Cases:PartsMissing", c.Number, string.Join("、", names));
        }
        var now = clock.UtcNow;
        c.Status = CaseStatuses.Resolved;
        c.ResolvedAt = now;
        c.Result = result.Trim();
        c.AmountRecovered = amountRecovered;
        c.ResolvedByBodyCode = lead.Code;
        c.VisitDueAt = clocks.StartStep(c, CaseSteps.Visit, now, CaseWorkflowLimits.VisitWorkingDays);
        var amount = amountRecovered.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        AddEvent(c, CaseEventTypes.Resolved, lead.Name, c.Result, amount);
        Notify(c, SmsTemplates.Result, c.Result, amount);
        await SaveAsync(c, ct);
    }

    public async Task RequestExtensionAsync(Guid id, string reason, CancellationToken ct)
    {
        var c = await LoadAsync(id, RequestExtension, ct);
        await RequireLeadOwnerAsync(c, ct);
        if (c.ExtensionStatus == ExtensionStatuses.Approved) throw Conflict("Cases:ExtensionUsed", c.Number);
        if (c.ExtensionStatus == ExtensionStatuses.Requested) throw Conflict("Cases:ExtensionPending", c.Number);
        c.ExtensionStatus = ExtensionStatuses.Requested;
        c.ExtensionReason = reason.Trim();
        c.ExtensionRequestedBy = currentUser.UserName;
        c.ExtensionRequestedAt = clock.UtcNow;
        c.ExtensionDecidedBy = null;
        c.ExtensionDecidedAt = null;
        c.ExtensionRemarks = null;
        AddEvent(c, CaseEventTypes.ExtensionRequested, c.ExtensionReason);
        await SaveAsync(c, ct);
    }

    /// <summary>The endpoint requires <see cref="CasesPermissions.ApproveExtension"/>. Approval moves the handling due time 15 working days on.</summary>
    public async Task DecideExtensionAsync(Guid id, bool approve, string? remarks, CancellationToken ct)
    {
        var c = await LoadAsync(id, DecideExtension, ct);
        if (c.ExtensionStatus != ExtensionStatuses.Requested) throw Conflict("Cases:NoExtensionRequest", c.Number);
        c.ExtensionStatus = approve ? ExtensionStatuses.Approved : ExtensionStatuses.Rejected;
        c.ExtensionDecidedBy = currentUser.UserName;
        c.ExtensionDecidedAt = clock.UtcNow;
        c.ExtensionRemarks = Optional(remarks);
        if (approve)
        {
            c.HandleDueAt = clocks.Due(c.HandleDueAt!.Value, CaseWorkflowLimits.ExtensionWorkingDays);
            clocks.SetStep(c, CaseSteps.Handle, c.HandleDueAt);
            AddEvent(c, CaseEventTypes.ExtensionApproved, Date(c.HandleDueAt), c.ExtensionRemarks ?? "—");
        }
        else
        {
            AddEvent(c, CaseEventTypes.ExtensionRejected, c.ExtensionRemarks ?? "—");
        }
        await SaveAsync(c, ct);
    }

    /// <summary>
    /// The endpoint requires <see cref="CasesPermissions.Visit"/>. Satisfied: the lead owner may close. Unsatisfied: the
    /// case goes back to handling with a new 15-working-day due time, both owners record their part again, and the
    /// closure is flagged as possibly false against the body that resolved it.
    /// </summary>
    public async Task VisitAsync(Guid id, bool satisfied, string? remarks, CancellationToken ct)
    {
        var c = await LoadAsync(id, Visit, ct);
        var now = clock.UtcNow;
        db.Visits.Add(new CaseVisit { CaseId = c.Id, Satisfied = satisfied, Remarks = Optional(remarks), ResolvedByBodyCode = c.ResolvedByBodyCode!, Result = c.Result });
        AddEvent(c, CaseEventTypes.Visited, l[satisfied ? "Visit:Satisfied" : "Visit:Unsatisfied"].Value, Optional(remarks) ?? "—");
        if (satisfied)
        {
            c.Status = CaseStatuses.Visited;
            clocks.SetStep(c, null, null);
        }
        else
        {
            c.Status = CaseStatuses.Handling;
            c.PossiblyFalseClosure = true;
            c.ReopenCount++;
            c.Result = null;
            c.AmountRecovered = null;
            c.ResolvedAt = null; // not resolved any more (the visit keeps what was resolved, and by whom)
            foreach (var a in c.Assignments)
            {
                a.PartText = null;
                a.PartRecordedAt = null;
            }
            c.HandleDueAt = clocks.StartStep(c, CaseSteps.Handle, now, CaseWorkflowLimits.HandleWorkingDays);
            AddEvent(c, CaseEventTypes.Reopened, await BodyNameAsync(c.ResolvedByBodyCode!, ct), Date(c.HandleDueAt));
        }
        await SaveAsync(c, ct);
    }

    public async Task CloseAsync(Guid id, string? remarks, CancellationToken ct)
    {
        var c = await LoadAsync(id, Close, ct);
        var lead = await RequireLeadOwnerAsync(c, ct);
        c.Status = CaseStatuses.Closed;
        c.ClosedAt = clock.UtcNow;
        clocks.SetStep(c, null, null);
        AddEvent(c, CaseEventTypes.Closed, lead.Name, Optional(remarks) ?? "—");
        await SaveAsync(c, ct);
    }

    private async Task<Case> LoadAsync(Guid id, string action, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Assignments).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Case), id);
        if (!LegalFrom[action].Contains(c.Status))
            throw Conflict("Cases:IllegalTransition", c.Number, l["CaseStatus:" + c.Status].Value, l["CaseAction:" + action].Value);
        return c;
    }

    /// <summary>Lead steps are the lead owner's: a member of that body (the joint office supervises, it does not act for it).</summary>
    private async Task<BodyDto> RequireLeadOwnerAsync(Case c, CancellationToken ct)
    {
        var code = c.Assignments.Single(a => a.Role == c.LeadRole).BodyCode;
        var body = await bodies.FindAsync(code, ct);
        if (!scope.BodyCodes.Contains(code))
            throw new BusinessException("Cases:NotLeadOwner", body?.Name ?? code) { StatusCode = StatusCodes.Status403Forbidden };
        return body ?? throw new EntityNotFoundException("Body", code);
    }

    private async Task<string> BodyNameAsync(string code, CancellationToken ct) => (await bodies.FindAsync(code, ct))?.Name ?? code;

    private void AddEvent(Case c, string type, params string?[] arguments) =>
        db.Events.Add(new CaseEvent { CaseId = c.Id, Type = type, Arguments = Mapping.ToJson(arguments) });

    /// <summary>Stored in the outbox with this save: sent once, after the commit, retried until the gateway takes it.</summary>
    private void Notify(Case c, string template, params string[] arguments) =>
        outbox.Enqueue(new CaseSmsNoticeRequested(c.Id, template, arguments));

    private async Task SaveAsync(Case c, CancellationToken ct)
    {
        c.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict("Cases:ChangedMeanwhile", c.Number);
        }
    }

    /// <summary>A Beijing date as the SMS and timeline show it: 2026-02-27.</summary>
    internal static string Date(DateTime? utc) => utc is { } u ? BeijingTime.FromUtc(u).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BusinessException Conflict(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status409Conflict };
}
