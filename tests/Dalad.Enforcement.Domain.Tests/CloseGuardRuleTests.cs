using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>A case establishing arrears closes only with an order on it or a recorded reason (Inner Mongolia measure 13).</summary>
public sealed class CloseGuardRuleTests
{
    [Fact]
    public void Without_an_order_and_without_a_reason_the_case_may_not_close() =>
        Should.Throw<EnforcementRuleException>(() => CloseGuard.Check(0, null, "  ")).MessageKey.ShouldBe("Enforcement:CloseNeedsOrderOrReason");

    [Fact]
    public void An_order_or_a_reason_is_enough()
    {
        Should.NotThrow(() => CloseGuard.Check(1, null, null));
        Should.NotThrow(() => CloseGuard.Check(0, null, "用人单位已当场足额支付"));
    }

    [Fact]
    public void A_credit_code_given_must_carry_its_check_character() =>
        Should.Throw<EnforcementRuleException>(() => CloseGuard.Check(1, "911506210000000000", null)).MessageKey.ShouldBe("Credit:InvalidCode");
}
