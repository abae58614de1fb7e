using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>Illegal wage demands (the police's) and joint enforcement actions (联合执法).</summary>
internal sealed class PoliceMatterService(EnforcementDbContext db, ICurrentUser user, IClock clock, DataScope scope, IncidentSettings settings)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    private bool SeesAll => scope.SeesAllBodies || scope.BodyCodes.Any(settings.ResponderBodyCodes.Contains);

    public async Task<IReadOnlyList<IllegalDemandDto>> IllegalDemandsAsync(string? caseNumber, CancellationToken ct)
    {
        var query = db.IllegalDemands.AsNoTracking();
        if (!SeesAll)
        {
            var bodies = scope.BodyCodes.ToList();
            query = query.Where(d => bodies.Contains(d.ReportedByBodyCode) || bodies.Contains(d.PoliceBodyCode));
        }
        if (!string.IsNullOrWhiteSpace(caseNumber)) query = query.Where(d => d.CaseNumber == caseNumber.Trim());
        return (await query.OrderByDescending(d => d.ReceivedAt).Take(500).ToListAsync(ct)).Select(ToDto).ToList();
    }

    /// <summary>Recorded by HRSS, the joint office or the police themselves; received by the police body.</summary>
    public async Task<IllegalDemandDto> ReportIllegalDemandAsync(IllegalDemandInput input, CancellationToken ct)
    {
        var from = scope.BodyCodes.Count > 0 ? scope.BodyCodes[0] : throw new BusinessException("Referrals:NoBody");
        var now = clock.UtcNow;
        var demand = Run(() => IllegalDemand.Receive(input.Kind!, input.CaseNumber!, input.Facts!, input.Location, input.OccurredAt?.ToUniversalTime() ?? now,
            from, settings.PoliceBodyCode, now));
        db.IllegalDemands.Add(demand);
        await db.SaveChangesAsync(ct);
        return ToDto(demand);
    }

    /// <summary>Only a member of the receiving police body records the measure taken.</summary>
    public async Task<IllegalDemandDto> HandleIllegalDemandAsync(Guid id, IllegalDemandHandleInput input, CancellationToken ct)
    {
        var demand = await db.IllegalDemands.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new EntityNotFoundException(nameof(IllegalDemand), id);
        if (!scope.BodyCodes.Contains(demand.PoliceBodyCode)) throw new BusinessException("IllegalDemands:NotPolice") { StatusCode = StatusCodes.Status403Forbidden };
        Run(() => { demand.Handle(input.Measure, user.UserName, clock.UtcNow); return demand; });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Incidents:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
        return ToDto(demand);
    }

    public async Task<IReadOnlyList<JointActionDto>> JointActionsAsync(string? caseNumber, CancellationToken ct)
    {
        var query = db.JointActions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(caseNumber)) query = query.Where(a => a.CaseNumber == caseNumber.Trim());
        var actions = await query.OrderByDescending(a => a.On).ThenByDescending(a => a.CreatedAt).Take(500).ToListAsync(ct);
        // The bodies are a JSON list: scoped here, on a page of at most 500.
        if (!SeesAll) actions = actions.Where(a => a.BodyCodes.Any(scope.BodyCodes.Contains)).ToList();
        return actions.Select(ToDto).ToList();
    }

    /// <summary>Recorded by one of the bodies that took part.</summary>
    public async Task<JointActionDto> RecordJointActionAsync(JointActionInput input, CancellationToken ct)
    {
        var action = Run(() => JointAction.Record(input.BodyCodes ?? [], input.On!.Value, input.CaseNumber!, input.Result!, Today));
        if (!scope.SeesAllBodies && !action.BodyCodes.Any(scope.BodyCodes.Contains))
            throw new BusinessException("JointActions:NotParticipant") { StatusCode = StatusCodes.Status403Forbidden };
        db.JointActions.Add(action);
        await db.SaveChangesAsync(ct);
        return ToDto(action);
    }

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
    }

    private static IllegalDemandDto ToDto(IllegalDemand d) => new(
        d.Id, d.Kind, d.CaseNumber, d.Facts, d.Location, d.OccurredAt, d.ReportedByBodyCode, d.PoliceBodyCode, d.Status, d.ReceivedAt, d.Measure, d.HandledAt, d.HandledBy);

    private static JointActionDto ToDto(JointAction a) => new(a.Id, a.BodyCodes, a.On, a.CaseNumber, a.Result, a.CreatedAt, a.CreatedBy);
}
