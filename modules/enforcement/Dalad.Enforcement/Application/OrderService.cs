using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dalad.Enforcement.Application;

/// <summary>Orders, penalty cases and referrals to the police.</summary>
internal sealed class OrderService(EnforcementDbContext db, ICurrentUser user, IClock clock, DataScope scope, IConfiguration configuration)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    /// <summary>The police body that receives referrals: a body code of the seed data, set in configuration.</summary>
    private string PoliceBodyCode => configuration["Enforcement:PoliceBodyCode"] ?? "police";

    public async Task<IReadOnlyList<OrderDto>> OrdersAsync(string? caseNumber, CancellationToken ct)
    {
        var query = db.Orders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(caseNumber)) query = query.Where(o => o.CaseNumber == caseNumber.Trim());
        var today = Today;
        return (await query.OrderByDescending(o => o.IssuedOn).Take(500).ToListAsync(ct)).Select(o => ToDto(o, today)).ToList();
    }

    public async Task<OrderDto> IssueAsync(OrderInput input, CancellationToken ct)
    {
        var order = Run(() => Order.Issue(input.Kind!, input.CaseNumber!, input.EmployerName!, string.IsNullOrWhiteSpace(input.CreditCode) ? null : input.CreditCode,
            input.Amount, input.Text!, input.IssuedOn!.Value, input.DeadlineOn!.Value));
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return ToDto(order, Today);
    }

    public Task<OrderDto> ServeAsync(Guid id, ServeOrderInput input, CancellationToken ct) => ChangeOrderAsync(id, o => o.Serve(input.ServedOn!.Value, Today), ct);

    public Task<OrderDto> RecordOutcomeAsync(Guid id, OrderOutcomeInput input, CancellationToken ct) =>
        ChangeOrderAsync(id, o => o.RecordOutcome(input.Complied!.Value, input.Note, Today), ct);

    public async Task<IReadOnlyList<PenaltyCaseDto>> PenaltyCasesAsync(CancellationToken ct) =>
        (await db.PenaltyCases.AsNoTracking().OrderByDescending(p => p.Number).Take(500).ToListAsync(ct)).Select(ToDto).ToList();

    /// <summary>立案 with the next number of the year (达人社罚〔yyyy〕n号 style, kept ASCII: CF-yyyy-nnnn).</summary>
    public async Task<PenaltyCaseDto> FilePenaltyAsync(PenaltyCaseInput input, CancellationToken ct)
    {
        if (input.OrderId is { } orderId && !await db.Orders.AnyAsync(o => o.Id == orderId, ct))
            throw new BusinessException("Orders:UnknownOrder");
        var year = Today.Year;
        var prefix = $"CF-{year}-";
        var count = await db.PenaltyCases.CountAsync(p => p.Number.StartsWith(prefix), ct);
        var penalty = PenaltyCase.File(prefix + (count + 1).ToString("0000"), input.CaseNumber!, input.OrderId, input.EmployerName!, input.Facts!, user.UserName, Today);
        db.PenaltyCases.Add(penalty);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw new BusinessException("Penalties:NumberTaken") { StatusCode = StatusCodes.Status409Conflict }; }
        return ToDto(penalty);
    }

    public async Task<PenaltyCaseDto> AdvancePenaltyAsync(Guid id, PenaltyStepInput input, CancellationToken ct)
    {
        var penalty = await db.PenaltyCases.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(PenaltyCase), id);
        Run(() => { penalty.Advance(input.Step!, input.Note, user.UserName, Today); return penalty; });
        await SaveAsync(ct);
        return ToDto(penalty);
    }

    public async Task<IReadOnlyList<ReferralDto>> ReferralsAsync(string? status, bool inbox, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (inbox) query = query.Where(r => scope.BodyCodes.Contains(r.PoliceBodyCode));
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(r => r.Status == status);
        return (await query.OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<ReferralDto> ReferralAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Referral), id));

    /// <summary>Refused (nothing stored) unless the order to pay was served and lapsed without compliance.</summary>
    public async Task<ReferralDto> ReferAsync(ReferralInput input, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == input.OrderId, ct) ?? throw new BusinessException("Referrals:NeedsOrderToPay");
        if (await db.Referrals.IgnoreQueryFilters().AnyAsync(r => r.OrderId == order.Id, ct))
            throw new BusinessException("Referrals:AlreadyReferred") { StatusCode = StatusCodes.Status409Conflict };
        var from = scope.BodyCodes.Count > 0 ? scope.BodyCodes[0] : throw new BusinessException("Referrals:NoBody");
        var referral = Run(() => Referral.Refer(order, input.Facts!, from, PoliceBodyCode, user.UserName, clock.UtcNow, Today));
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return ToDto(referral);
    }

    /// <summary>The police act in their inbox: only on a referral received by one of their bodies.</summary>
    public async Task<ReferralDto> AdvanceReferralAsync(Guid id, ReferralStatusInput input, CancellationToken ct)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Referral), id);
        if (!scope.BodyCodes.Contains(referral.PoliceBodyCode)) throw new BusinessException("Referrals:NotYourInbox") { StatusCode = StatusCodes.Status403Forbidden };
        Run(() => { referral.Advance(input.Status!, input.Note, user.UserName, clock.UtcNow); return referral; });
        await SaveAsync(ct);
        return ToDto(referral);
    }

    private async Task<OrderDto> ChangeOrderAsync(Guid id, Action<Order> change, CancellationToken ct)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Order), id);
        Run(() => { change(order); return order; });
        await SaveAsync(ct);
        return ToDto(order, Today);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Credit:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static OrderDto ToDto(Order o, DateOnly today) => new(
        o.Id, o.Kind, o.CaseNumber, o.EmployerName, o.CreditCode, o.Amount, o.Text, o.IssuedOn, o.DeadlineOn, o.ServedOn, o.Outcome, o.OutcomeOn, o.OutcomeNote,
        o.Lapsed(today), o.CreatedAt, o.CreatedBy);

    private static PenaltyCaseDto ToDto(PenaltyCase p) => new(
        p.Id, p.Number, p.CaseNumber, p.OrderId, p.EmployerName, p.Facts, p.Step, p.Steps.Select(s => new PenaltyStepDto(s.Step, s.Note, s.On, s.By)).ToList());

    private static ReferralDto ToDto(Referral r) => new(
        r.Id, r.OrderId, r.CaseNumber, r.EmployerName, r.CreditCode, r.Amount, r.Facts, r.ReferringBodyCode, r.PoliceBodyCode, r.Status,
        r.Steps.Select(s => new ReferralStepDto(s.Status, s.Note, s.At, s.By)).ToList(), r.CreatedAt, r.CreatedBy);
}
