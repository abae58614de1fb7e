using Dalad.Platform.Web;
using Dalad.Responsibility.Domain;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>The rule of a matrix role, without a host: one active body holds it; a move is a move, not a copy.</summary>
public sealed class DutyAssignmentTests
{
    private static BodyDto Body(string code, bool active = true) => new(code, code, BodyKinds.Intake, null, active);

    [Fact]
    public void A_duty_moves_to_another_active_body_and_counts_a_revision()
    {
        var duty = new DutyAssignment { Role = MatrixRoles.IntakeDesk("12345"), BodyCode = "data-12345" };
        duty.ReassignTo(Body("petition")).ShouldBeTrue();
        duty.BodyCode.ShouldBe("petition");
        duty.Revision.ShouldBe(1);
    }

    [Fact]
    public void Handing_a_duty_to_its_holder_changes_nothing()
    {
        var duty = new DutyAssignment { Role = MatrixRoles.Coordinator, BodyCode = "joint-office" };
        duty.ReassignTo(Body("joint-office")).ShouldBeFalse();
        duty.Revision.ShouldBe(0);
    }

    [Fact]
    public void A_deactivated_body_cannot_take_a_duty()
    {
        var duty = new DutyAssignment { Role = MatrixRoles.IntakeDesk("online"), BodyCode = "cyber" };
        var refused = Should.Throw<BusinessException>(() => duty.ReassignTo(Body("hrss", active: false)));
        refused.Message.ShouldBe("Responsibility:DutyHolderInactive");
        duty.BodyCode.ShouldBe("cyber");
        duty.Revision.ShouldBe(0);
    }

    [Fact]
    public void The_intake_desk_of_a_channel_is_a_role_named_after_the_channel()
    {
        MatrixRoles.IntakeDesk("petition").ShouldBe("intake-desk:petition");
    }
}
