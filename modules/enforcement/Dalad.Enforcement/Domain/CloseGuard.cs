namespace Dalad.Enforcement.Domain;

/// <summary>
/// Inner Mongolia measure 13: a case whose result establishes arrears cannot close without an order (责令改正 or
/// 责令支付) or a recorded reason why none was issued (不予下达责令的理由).
/// </summary>
public static class CloseGuard
{
    /// <summary>Throws when the case may not be resolved with arrears established; the credit code, when given, must be valid.</summary>
    public static void Check(int ordersOnCase, string? creditCode, string? noOrderReason)
    {
        if (!string.IsNullOrWhiteSpace(creditCode) && !CreditCodes.IsValid(creditCode)) throw new EnforcementRuleException("Credit:InvalidCode", creditCode.Trim());
        if (ordersOnCase == 0 && string.IsNullOrWhiteSpace(noOrderReason)) throw new EnforcementRuleException("Enforcement:CloseNeedsOrderOrReason");
    }
}
