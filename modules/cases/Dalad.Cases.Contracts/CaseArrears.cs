namespace Dalad.Cases;

/// <summary>What a resolution establishes about wage arrears (查实欠薪): the employer, its code, and why no order was issued if none was.</summary>
/// <param name="CreditCode">The unified social credit code when known; checked by the guards.</param>
/// <param name="NoOrderReason">不予下达责令的理由: needed when the case has no order (责令改正/责令支付).</param>
public sealed record CaseArrears(string EmployerName, string? CreditCode, string? NoOrderReason);

/// <summary>
/// Asked before a case is resolved with arrears established. Another module (enforcement) implements it and refuses
/// by throwing a <c>BusinessException</c> (problem details); the cases module only declares the hook, so it knows no
/// order, and enforcement knows no case internals.
/// </summary>
public interface ICaseResolveGuard
{
    Task CheckAsync(string caseNumber, CaseArrears arrears, CancellationToken cancellationToken);
}

/// <summary>A case was resolved with arrears established: written to the outbox with the resolution, so the arrears
/// finding is recorded once without anyone typing it again.</summary>
public sealed record CaseArrearsEstablished(Guid CaseId, string CaseNumber, string EmployerName, string? CreditCode, DateOnly EstablishedOn, string? NoOrderReason);
