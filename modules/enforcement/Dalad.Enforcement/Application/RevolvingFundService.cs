using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>The emergency revolving fund: capital, advances (request, decide, pay), recoveries; the balance with every answer.</summary>
internal sealed class RevolvingFundService(EnforcementDbContext db, ICurrentUser user, IClock clock)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<RevolvingFundDto> FundAsync(CancellationToken ct)
    {
        var fund = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == RevolvingFund.TheFund, ct) ?? new RevolvingFund { Id = RevolvingFund.TheFund };
        // Summed here: SQLite cannot add decimals.
        var paid = await db.Advances.AsNoTracking().Where(a => a.Status == AdvanceStatuses.Paid).Select(a => new { a.Amount, a.Recovered }).ToListAsync(ct);
        return ToDto(fund, paid.Sum(a => a.Amount - a.Recovered));
    }

    public async Task<RevolvingFundDto> AddCapitalAsync(FundCapitalInput input, CancellationToken ct)
    {
        var fund = await FundForUpdateAsync(ct);
        Run(() => { fund.AddCapital(input.Amount!.Value, input.Note, clock.UtcNow, user.UserName); return fund; });
        await SaveAsync(ct);
        return await FundAsync(ct);
    }

    public async Task<IReadOnlyList<AdvanceDto>> AdvancesAsync(string? status, CancellationToken ct)
    {
        var query = db.Advances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(a => a.Status == status);
        return (await query.OrderByDescending(a => a.RequestedAt).Take(500).ToListAsync(ct)).Select(ToDto).ToList();
    }

    /// <summary>HRSS asks for an advance on an urgent case: refused in Chinese above what the fund has available.</summary>
    public async Task<AdvanceDto> RequestAsync(AdvanceInput input, CancellationToken ct)
    {
        var fund = await FundForUpdateAsync(ct);
        var advance = Run(() => FundAdvance.Request(fund, input.CaseNumber!, input.EmployerName!, input.Workers!.Value, input.Amount!.Value, input.Reason!, clock.UtcNow, user.UserName));
        db.Advances.Add(advance);
        await SaveAsync(ct);
        return ToDto(advance);
    }

    public Task<AdvanceDto> DecideAsync(Guid id, AdvanceDecisionInput input, CancellationToken ct) =>
        ChangeAsync(id, (a, f) => a.Decide(f, input.Approve!.Value, input.Note, clock.UtcNow, user.UserName), ct);

    public Task<AdvanceDto> PayAsync(Guid id, AdvancePaymentInput input, CancellationToken ct) =>
        ChangeAsync(id, (a, f) => a.Pay(f, input.PaidOn!.Value, Today, clock.UtcNow, user.UserName), ct);

    public Task<AdvanceDto> RecoverAsync(Guid id, AdvanceRecoveryInput input, CancellationToken ct) =>
        ChangeAsync(id, (a, f) => a.Recover(f, input.Amount!.Value, input.RecoveredOn!.Value, input.Note, Today, clock.UtcNow, user.UserName), ct);

    private async Task<AdvanceDto> ChangeAsync(Guid id, Action<FundAdvance, RevolvingFund> change, CancellationToken ct)
    {
        var advance = await db.Advances.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new EntityNotFoundException(nameof(FundAdvance), id);
        var fund = await FundForUpdateAsync(ct);
        Run(() => { change(advance, fund); return advance; });
        await SaveAsync(ct);
        return ToDto(advance);
    }

    private async Task<RevolvingFund> FundForUpdateAsync(CancellationToken ct)
    {
        var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == RevolvingFund.TheFund, ct);
        if (fund is null)
        {
            fund = new RevolvingFund { Id = RevolvingFund.TheFund };
            db.Funds.Add(fund);
        }
        return fund;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw new BusinessException("Fund:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        // Asking for more than the fund holds is bad input (400); a step out of order is a conflict (409).
        catch (EnforcementRuleException e) when (e.MessageKey is "Fund:AboveBalance" or "Fund:AboveOutstanding" or "Fund:AmountPositive" or "Fund:WorkersPositive"
                                                     or "Fund:PaidOutOfRange" or "Fund:RecoveredOutOfRange")
        { throw new BusinessException(e.MessageKey, e.Arguments); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static RevolvingFundDto ToDto(RevolvingFund f, decimal outstanding) => new(
        f.Capital, f.Balance, f.Committed, f.Available, outstanding,
        f.Movements.OrderByDescending(m => m.At).Take(200).Select(m => new FundMovementDto(m.Kind, m.Amount, m.Note, m.At, m.By)).ToList());

    private static AdvanceDto ToDto(FundAdvance a) => new(
        a.Id, a.CaseNumber, a.EmployerName, a.Workers, a.Amount, a.Reason, a.Status, a.RequestedAt, a.RequestedBy, a.DecisionNote, a.DecidedAt, a.DecidedBy,
        a.PaidOn, a.Recovered, a.Outstanding, a.Recoveries.Select(r => new AdvanceRecoveryDto(r.Amount, r.On, r.Note, r.By)).ToList());
}
