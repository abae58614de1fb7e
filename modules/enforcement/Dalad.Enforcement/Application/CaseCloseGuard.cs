using Dalad.Cases;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Messaging;
using Dalad.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>The cases module's hook before a resolution with arrears established: the orders of the case number, or a reason.</summary>
internal sealed class CaseCloseGuard(EnforcementDbContext db) : ICaseResolveGuard
{
    public async Task CheckAsync(string caseNumber, CaseArrears arrears, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.CountAsync(o => o.CaseNumber == caseNumber, cancellationToken);
        // Bad input: a 400 in Chinese, and the case is not changed.
        try { CloseGuard.Check(orders, arrears.CreditCode, arrears.NoOrderReason); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
    }
}

/// <summary>Records the arrears finding of a resolved case once (the candidate rule counts it), whatever the retries.</summary>
internal sealed class CaseArrearsFindingHandler(EnforcementDbContext db) : IOutboxHandler<CaseArrearsEstablished>
{
    /// <summary>The outbox handler's name, stored with every message: keep it stable.</summary>
    public const string Name = "enforcement.arrears-finding";

    public async Task HandleAsync(CaseArrearsEstablished established, CancellationToken cancellationToken)
    {
        // Reopened and resolved again: the case keeps its first finding (one per case).
        if (await db.Findings.AnyAsync(f => f.CaseNumber == established.CaseNumber, cancellationToken)) return;
        var code = established.CreditCode is { } c && CreditCodes.IsValid(c) ? c : null;
        db.Findings.Add(ArrearsFinding.Create(established.CaseNumber, established.EmployerName, code, established.EstablishedOn));
        await db.SaveChangesAsync(cancellationToken);
    }
}
