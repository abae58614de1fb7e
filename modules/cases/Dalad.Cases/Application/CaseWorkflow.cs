using Dalad.Cases.Data;
using Dalad.Calendar;
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
/// Loads a case, asks it to act (<see cref="Case"/>'s lifecycle methods, the rules in <see cref="CaseLifecycle"/>) and
/// saves what it raised: timeline entries, a visit, and the SMS notices, written to the outbox with the change.
/// Checks who acts (the lead owner's steps belong to its members) and translates refusals into problem details.
/// </summary>
internal sealed class CaseWorkflow(
    CasesDbContext db, IWorkingCalendar calendar, IClock clock, DataScope scope, ICurrentUser currentUser, IOutbox outbox, IBodyDirectory bodies, IStringLocalizer l,
    IEnumerable<ICaseResolveGuard> guards)
{
    public Task SignAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, CaseActions.Sign, (c, context) => c.Sign(context), ct);

    public Task DecideAsync(Guid id, bool accept, string? opinion, CancellationToken ct) => accept
        ? ActAsync(id, CaseActions.Accept, (c, context) => c.Accept(opinion, context), ct)
        : ActAsync(id, CaseActions.Reject, (c, context) => c.Reject(opinion!, context), ct);

    public Task RecordPartAsync(Guid id, string text, CancellationToken ct) =>
        ActAsync(id, CaseActions.RecordPart, (c, context) => c.RecordPart(scope.BodyCodes, text, context), ct);

    /// <summary>With arrears established, each <see cref="ICaseResolveGuard"/> (enforcement: an order or a reason) is asked first.</summary>
    public Task ResolveAsync(Guid id, ResolveCaseRequest request, CancellationToken ct)
    {
        var arrears = request.ArrearsEstablished == true
            ? new CaseArrears(request.EmployerName!.Trim(), CaseTexts.Optional(request.CreditCode), CaseTexts.Optional(request.NoOrderReason))
            : null;
        return ActAsync(id, CaseActions.Resolve, (c, context) => c.Resolve(request.Result!, request.AmountRecovered!.Value, context, arrears), ct,
            arrears is null ? null : async c => { foreach (var guard in guards) await guard.CheckAsync(c.Number, arrears, ct); });
    }

    public Task RequestExtensionAsync(Guid id, string reason, CancellationToken ct) =>
        ActAsync(id, CaseActions.RequestExtension, (c, context) => c.RequestExtension(reason, context), ct);

    /// <summary>The endpoint requires <see cref="CasesPermissions.ApproveExtension"/>.</summary>
    public Task DecideExtensionAsync(Guid id, bool approve, string? remarks, CancellationToken ct) =>
        ActAsync(id, approve ? CaseActions.ApproveExtension : CaseActions.RejectExtension, (c, context) => c.DecideExtension(approve, remarks, context), ct);

    /// <summary>The endpoint requires <see cref="CasesPermissions.Visit"/>.</summary>
    public Task VisitAsync(Guid id, bool satisfied, string? remarks, CancellationToken ct) =>
        ActAsync(id, satisfied ? CaseActions.VisitSatisfied : CaseActions.VisitUnsatisfied, (c, context) => c.RecordVisit(satisfied, remarks, context), ct);

    public Task CloseAsync(Guid id, string? remarks, CancellationToken ct) =>
        ActAsync(id, CaseActions.Close, (c, context) => c.Close(remarks, context), ct);

    private async Task ActAsync(Guid id, string action, Func<Case, CaseContext, CaseChange> act, CancellationToken ct, Func<Case, Task>? check = null)
    {
        var c = await db.Cases.Include(x => x.Assignments).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Case), id);
        // An illegal step is a 409 whoever asks; then who may take it.
        if (!c.IsLegal(action)) throw Translate(c, new CaseRuleException("Cases:IllegalTransition", false, c.Number, c.Status, CaseLifecycle.OfferedAs(action)));
        if (CaseLifecycle.Rule(action).By == CaseActors.LeadOwner && !scope.BodyCodes.Contains(c.LeadBodyCode))
            throw new BusinessException("Cases:NotLeadOwner", await BodyNameAsync(c.LeadBodyCode, ct)) { StatusCode = StatusCodes.Status403Forbidden };

        if (check is not null) await check(c);
        var context = await ContextAsync(c, ct);
        var status = c.Status;
        CaseChange change;
        try
        {
            change = act(c, context);
        }
        catch (CaseRuleException e)
        {
            throw Translate(c, e);
        }
        db.Events.AddRange(change.Timeline);
        if (change.Visit is not null) db.Visits.Add(change.Visit);
        try
        {
            // The change and its SMS notices in one transaction: sent once after the commit, retried until the gateway takes it.
            // A new status is written to the search documents' values (the search page counts and filters by it).
            object[] reindex = c.Status == status ? [] : [new CaseSearchStale(c.Id)];
            await outbox.SaveChangesAsync(db, [.. change.Notices, .. change.Facts, .. reindex], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict("Cases:ChangedMeanwhile", c.Number);
        }
    }

    /// <summary>The names of the case's bodies, read once: the case writes them into its timeline and notices.</summary>
    private async Task<CaseContext> ContextAsync(Case c, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        foreach (var code in c.Assignments.Select(a => a.BodyCode).Append(c.ResolvedByBodyCode).OfType<string>().Distinct())
            names[code] = await BodyNameAsync(code, ct);
        return new CaseContext(clock.UtcNow, calendar, code => names.GetValueOrDefault(code, code), currentUser.UserName);
    }

    private async Task<string> BodyNameAsync(string code, CancellationToken ct) => (await bodies.FindAsync(code, ct))?.Name ?? code;

    private BusinessException Translate(Case c, CaseRuleException e) => e.MessageKey switch
    {
        "Cases:IllegalTransition" => Conflict(e.MessageKey, c.Number, l["CaseStatus:" + c.Status].Value, l["CaseAction:" + e.Arguments[2]].Value),
        _ => new BusinessException(e.MessageKey, e.Arguments.Cast<object>().ToArray()) { StatusCode = e.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict },
    };

    private static BusinessException Conflict(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status409Conflict };
}
