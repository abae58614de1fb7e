using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>Mass incidents (Dalad 三（十一）), illegal wage demands and joint enforcement (Inner Mongolia 14, 15).</summary>
public sealed class IncidentRulesTests
{
    private static readonly DateTime Opened = new(2026, 6, 6, 2, 0, 0, DateTimeKind.Utc); // a Saturday, 10:00 in Beijing

    private static Incident Open() => Incident.Open(IncidentSources.Lead, "30名农牧民工聚集讨薪", 30, Opened, TimeSpan.FromHours(2), "union", employerName: "恒通建设");

    [Fact]
    public void Only_a_lead_reaching_the_threshold_concerns_a_mass_incident()
    {
        Incident.Concerns(30, 10).ShouldBeTrue();
        Incident.Concerns(10, 10).ShouldBeTrue();
        Incident.Concerns(9, 10).ShouldBeFalse();
        Incident.Concerns(null, 10).ShouldBeFalse();
    }

    [Fact]
    public void The_on_site_clock_runs_in_hours_through_the_weekend()
    {
        var incident = Open();
        incident.OnSiteDueAt.ShouldBe(Opened.AddHours(2)); // Saturday noon, not the next working day
        incident.OnSiteOverdue(Opened.AddHours(1)).ShouldBeFalse();
        incident.OnSiteOverdue(Opened.AddHours(2).AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void All_four_on_site_in_time_is_not_overdue_and_one_late_arrival_is()
    {
        var incident = Open();
        incident.AttachCase(Guid.NewGuid(), "DLT2026000123", "bainijing-town", "housing");
        var now = Opened.AddHours(3);
        incident.RecordPresence(OnSiteRoles.Industry, "张科长", Opened.AddMinutes(40), "u", now);
        incident.RecordPresence(OnSiteRoles.Township, null, Opened.AddMinutes(50), "u", now);
        incident.RecordPresence(OnSiteRoles.Union, null, Opened.AddMinutes(70), "u", now);
        incident.OnSiteOverdue(now).ShouldBeTrue(); // the employer's representative is missing
        incident.MissingAt(now).ShouldBe([OnSiteRoles.Employer]);
        incident.RecordPresence(OnSiteRoles.Employer, "李经理", Opened.AddMinutes(150), "u", now);
        incident.MissingAt(now).ShouldBeEmpty();
        incident.OnSiteOverdue(now).ShouldBeTrue(); // arrived after the deadline: it stays overdue
        incident.Presences.Single(p => p.Role == OnSiteRoles.Industry).BodyCode.ShouldBe("housing");
        incident.Presences.Single(p => p.Role == OnSiteRoles.Township).BodyCode.ShouldBe("bainijing-town");
    }

    [Fact]
    public void Presence_is_once_per_body_within_time_and_the_representative_needs_a_name()
    {
        var incident = Open();
        var now = Opened.AddHours(1);
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence(OnSiteRoles.Employer, " ", now, "u", now)).MessageKey.ShouldBe("Incidents:RepresentativeRequired");
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence("police", null, now, "u", now)).MessageKey.ShouldBe("Incidents:UnknownRole");
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence(OnSiteRoles.Union, null, Opened.AddMinutes(-1), "u", now)).MessageKey.ShouldBe("Incidents:PresenceOutOfRange");
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence(OnSiteRoles.Union, null, now.AddMinutes(1), "u", now)).MessageKey.ShouldBe("Incidents:PresenceOutOfRange");
        incident.RecordPresence(OnSiteRoles.Union, null, now, "u", now);
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence(OnSiteRoles.Union, null, now, "u", now)).MessageKey.ShouldBe("Incidents:AlreadyPresent");
    }

    [Fact]
    public void Unsettled_it_escalates_to_the_joint_office_then_the_government_once_each()
    {
        var incident = Open();
        var after = TimeSpan.FromHours(24);
        incident.Escalate(Opened.AddHours(23), after, "joint-office", "gov").ShouldBeEmpty();
        incident.Escalate(Opened.AddHours(24), after, "joint-office", "gov").ShouldBe([EscalationLevels.JointOffice]);
        incident.Escalate(Opened.AddHours(30), after, "joint-office", "gov").ShouldBeEmpty();
        incident.Escalate(Opened.AddHours(48), after, "joint-office", "gov").ShouldBe([EscalationLevels.Government]);
        incident.Escalations.Select(e => e.BodyCode).ShouldBe(["joint-office", "gov"]);
        incident.Escalate(Opened.AddHours(100), after, "joint-office", "gov").ShouldBeEmpty();
    }

    [Fact]
    public void A_settled_incident_needs_a_note_and_never_escalates()
    {
        var incident = Open();
        Should.Throw<EnforcementRuleException>(() => incident.Settle(" ", Opened.AddHours(1))).MessageKey.ShouldBe("Incidents:SettlementNoteRequired");
        incident.Settle("企业当场结清工资，人员已疏散", Opened.AddHours(1));
        incident.Escalate(Opened.AddHours(72), TimeSpan.FromHours(24), "joint-office", "gov").ShouldBeEmpty();
        Should.Throw<EnforcementRuleException>(() => incident.RecordPresence(OnSiteRoles.Union, null, Opened.AddHours(1), "u", Opened.AddHours(2))).MessageKey.ShouldBe("Incidents:Settled");
    }

    [Fact]
    public void Opinion_is_graded_with_known_levels_and_posts_need_a_web_address()
    {
        var incident = Open();
        var now = Opened.AddHours(1);
        Should.Throw<EnforcementRuleException>(() => incident.Grade("huge", null, now)).MessageKey.ShouldBe("Incidents:UnknownGrade");
        incident.Grade(OpinionGrades.Significant, "转发量超过一千", now);
        incident.OpinionGrade.ShouldBe("significant");
        Should.Throw<EnforcementRuleException>(() => incident.LinkPost("javascript:alert(1)", "帖文", now, "u", now)).MessageKey.ShouldBe("Incidents:InvalidUrl");
        Should.Throw<EnforcementRuleException>(() => incident.LinkPost("https://weibo.com/1", "帖文", now.AddMinutes(1), "u", now)).MessageKey.ShouldBe("Incidents:PostInFuture");
        incident.LinkPost("https://weibo.com/1", "工地门口聚集", now, "u", now);
        Should.Throw<EnforcementRuleException>(() => incident.LinkPost("https://weibo.com/1", "again", now, "u", now)).MessageKey.ShouldBe("Incidents:PostLinked");
        incident.Posts.Count.ShouldBe(1);
    }

    [Fact]
    public void An_illegal_demand_is_a_known_kind_on_a_case_handled_once_with_its_measure()
    {
        var now = Opened;
        Should.Throw<EnforcementRuleException>(() => IllegalDemand.Receive("protest", "DLT1", "x", null, now, "hrss", "police", now)).MessageKey.ShouldBe("IllegalDemands:UnknownKind");
        var demand = IllegalDemand.Receive(IllegalDemandKinds.DisruptingOffices, "DLT1", "在信访大厅拉横幅", null, now.AddHours(-1), "hrss", "police", now);
        demand.Status.ShouldBe(IllegalDemandStatuses.Received);
        Should.Throw<EnforcementRuleException>(() => demand.Handle(" ", "p", now)).MessageKey.ShouldBe("IllegalDemands:MeasureRequired");
        demand.Handle("批评教育，劝离现场", "p", now);
        demand.Status.ShouldBe(IllegalDemandStatuses.Handled);
        Should.Throw<EnforcementRuleException>(() => demand.Handle("again", "p", now)).MessageKey.ShouldBe("IllegalDemands:Handled");
    }

    [Fact]
    public void Joint_enforcement_needs_two_different_bodies()
    {
        var today = new DateOnly(2026, 6, 6);
        Should.Throw<EnforcementRuleException>(() => JointAction.Record(["hrss", "hrss"], today, "DLT1", "查封账册", today)).MessageKey.ShouldBe("JointActions:TwoBodies");
        Should.Throw<EnforcementRuleException>(() => JointAction.Record(["hrss", "police"], today.AddDays(1), "DLT1", "查封账册", today)).MessageKey.ShouldBe("JointActions:InFuture");
        JointAction.Record(["hrss", "police"], today, "DLT1", "查封账册", today).BodyCodes.ShouldBe(["hrss", "police"]);
    }
}
