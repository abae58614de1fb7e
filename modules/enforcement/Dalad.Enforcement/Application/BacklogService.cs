using System.Globalization;
using Dalad.Cases;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Messaging;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

/// <summary>
/// The backlog settings: the criteria <c>Enforcement:Backlog:MinOpenDays|MinReopenings|MinPetitions</c> and each
/// channel's receiving body <c>Enforcement:Backlog:{channel}:BodyCode</c> (defaults: the seed's body codes).
/// </summary>
internal sealed class BacklogSettings(IConfiguration configuration)
{
    private static readonly BacklogCriteria Defaults = new();

    public BacklogCriteria Criteria => new(
        configuration.GetValue("Enforcement:Backlog:MinOpenDays", Defaults.MinOpenDays),
        configuration.GetValue("Enforcement:Backlog:MinReopenings", Defaults.MinReopenings),
        configuration.GetValue("Enforcement:Backlog:MinPetitions", Defaults.MinPetitions));

    public string BodyOf(string channel) =>
        configuration[$"Enforcement:Backlog:{channel}:BodyCode"] is { Length: > 0 } body ? body : BacklogChannel.DefaultBodies[channel];
}

/// <summary>Backlog cases: HRSS or the joint office flag and route; the receiving body records the steps in its inbox.</summary>
internal sealed class BacklogService(
    EnforcementDbContext db, BacklogSettings settings, ICaseBacklogFacts cases, IBodyDirectory bodies, IOutbox outbox, ICurrentUser user,
    DataScope scope, IClock clock, IStringLocalizer l)
{
    public IReadOnlyList<BacklogChannelDto> Channels() =>
        BacklogChannel.All.Select(c => new BacklogChannelDto(c.Code, settings.BodyOf(c.Code), c.Stages)).ToList();

    /// <summary>The backlog cases flagged by the caller's bodies (every one for someone who sees every body).</summary>
    public async Task<IReadOnlyList<BacklogCaseDto>> FlaggedAsync(string? status, CancellationToken ct) =>
        await ListAsync(db.BacklogCases.AsNoTracking().Where(b => scope.SeesAllBodies || scope.BodyCodes.Contains(b.FlaggingBodyCode)), status, ct);

    /// <summary>The backlog cases routed to the caller's bodies: their inbox, never another body's.</summary>
    public async Task<IReadOnlyList<BacklogCaseDto>> InboxAsync(string? status, CancellationToken ct) =>
        await ListAsync(db.BacklogCases.AsNoTracking().Where(b => b.ReceivingBodyCode != null && scope.BodyCodes.Contains(b.ReceivingBodyCode)), status, ct);

    public async Task<BacklogCaseDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.BacklogCases.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new EntityNotFoundException(nameof(BacklogCase), id));

    public async Task<BacklogCaseDto> FlagAsync(BacklogFlagInput input, CancellationToken ct)
    {
        var from = scope.BodyCodes.Count > 0 ? scope.BodyCodes[0] : throw new BusinessException("Backlog:NoBody");
        var number = input.CaseNumber!.Trim();
        var facts = await cases.FindAsync(number, ct) ?? throw new BusinessException("Backlog:UnknownCase", number);
        // One backlog record per case: a failed channel is followed by another route on the same record.
        if (await db.BacklogCases.IgnoreQueryFilters().AnyAsync(b => b.CaseNumber == facts.Number, ct))
            throw new BusinessException("Backlog:AlreadyFlagged", facts.Number) { StatusCode = StatusCodes.Status409Conflict };
        var circumstance = string.IsNullOrWhiteSpace(input.Circumstance) ? null : input.Circumstance.Trim();
        var now = clock.UtcNow;
        BacklogCase backlog;
        try
        {
            backlog = BacklogCase.Flag(facts.CaseId, facts.Number, new BacklogCriteria.CaseAge(facts.OpenedAt, facts.Status == CaseStatuses.Closed,
                facts.ReopenCount, facts.PetitionCount), settings.Criteria, circumstance, input.Reason ?? "", from, user.UserName, now);
        }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
        db.BacklogCases.Add(backlog);
        var grounds = string.Join("、", backlog.Grounds.Select(g => l["Backlog:Ground:" + g].Value));
        await SaveAsync(backlog, CaseBacklogKinds.Flagged, [grounds, backlog.Reason], ct);
        return ToDto(backlog);
    }

    /// <summary>Routes to a channel; its body comes from configuration (never a code in here).</summary>
    public async Task<BacklogCaseDto> RouteAsync(Guid id, BacklogRouteInput input, CancellationToken ct)
    {
        var backlog = await FindOwnAsync(id, ct);
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(backlog.FlaggingBodyCode))
            throw new BusinessException("Backlog:NotYours") { StatusCode = StatusCodes.Status403Forbidden };
        var channel = BacklogChannel.Find(input.Channel) ?? throw new BusinessException("Backlog:UnknownChannel", input.Channel ?? "");
        var bodyCode = settings.BodyOf(channel.Code);
        BacklogRoute route;
        try { route = backlog.Route(channel, bodyCode, input.Reason ?? "", user.UserName, clock.UtcNow); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = StatusCodes.Status409Conflict }; }
        await SaveAsync(backlog, CaseBacklogKinds.Routed, [l["Backlog:Channel:" + channel.Code].Value, await BodyNameAsync(bodyCode, ct), route.Reason], ct);
        return ToDto(backlog);
    }

    /// <summary>Only a member of the receiving body records the next step; the last one ends the route with its outcome.</summary>
    public async Task<BacklogCaseDto> StepAsync(Guid id, BacklogStepInput input, CancellationToken ct)
    {
        var backlog = await FindOwnAsync(id, ct);
        if (backlog.CurrentRoute is not { Open: true } route || !scope.BodyCodes.Contains(route.BodyCode))
            throw new BusinessException("Backlog:NotYourInbox") { StatusCode = StatusCodes.Status403Forbidden };
        bool ended;
        try { ended = backlog.RecordStep(input.Step ?? "", input.Note, input.Settled, input.AmountRecovered, input.FeeDeferred, user.UserName, clock.UtcNow); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
        if (ended)
        {
            var outcome = l["Backlog:Outcome:" + route.Outcome].Value;
            var amount = (route.AmountRecovered ?? 0).ToString("#,##0.00", CultureInfo.InvariantCulture);
            await SaveAsync(backlog, CaseBacklogKinds.Outcome,
                [l["Backlog:Channel:" + route.Channel].Value, l["Backlog:Step:" + route.Steps[^1].Step].Value, outcome, amount], ct);
        }
        else
        {
            await SaveAsync(backlog, null, [], ct);
        }
        return ToDto(backlog);
    }

    private async Task<BacklogCase> FindOwnAsync(Guid id, CancellationToken ct) =>
        await db.BacklogCases.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new EntityNotFoundException(nameof(BacklogCase), id);

    /// <summary>Saves with the fact for the case's timeline in the same transaction (the cases module adds it once).</summary>
    private async Task SaveAsync(BacklogCase backlog, string? kind, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var facts = new List<object>();
        if (kind is not null) facts.Add(new CaseBacklogNoted(backlog.CaseId, backlog.CaseNumber, kind, arguments, Guid.NewGuid()));
        try { await outbox.SaveChangesAsync(db, facts, ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Backlog:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
        catch (DbUpdateException) when (kind == CaseBacklogKinds.Flagged)
        {
            throw new BusinessException("Backlog:AlreadyFlagged", backlog.CaseNumber) { StatusCode = StatusCodes.Status409Conflict };
        }
    }

    private async Task<string> BodyNameAsync(string code, CancellationToken ct) => (await bodies.FindAsync(code, ct))?.Name ?? code;

    private static async Task<IReadOnlyList<BacklogCaseDto>> ListAsync(IQueryable<BacklogCase> query, string? status, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(b => b.Status == status);
        return (await query.OrderByDescending(b => b.FlaggedAt).Take(500).ToListAsync(ct)).Select(ToDto).ToList();
    }

    private static BacklogCaseDto ToDto(BacklogCase b)
    {
        var routes = b.Routes.Select(r => new BacklogRouteDto(r.Number, r.Channel, r.BodyCode, r.Reason, r.RoutedAt, r.RoutedBy, r.FeeDeferred,
            r.Steps.Select(s => new BacklogStepDto(s.Step, s.Note, s.At, s.By)).ToList(), r.NextSteps(), r.Outcome, r.AmountRecovered, r.EndedAt)).ToList();
        return new BacklogCaseDto(b.Id, b.CaseId, b.CaseNumber, b.OpenedAt, b.ReopenCount, b.PetitionCount, b.Grounds, b.Reason, b.FlaggingBodyCode,
            b.FlaggedAt, b.FlaggedBy, b.Status, b.ReceivingBodyCode, b.AmountRecovered, routes.Count > 0 ? routes[^1] : null, routes);
    }
}
