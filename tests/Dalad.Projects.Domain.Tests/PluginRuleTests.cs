using Dalad.Projects.Domain;
using Shouldly;

namespace Dalad.Projects.Domain.Tests;

/// <summary>
/// The rule kinds a department plugin parameterises in its definition (issue 13: each plugin has a rule of its own),
/// on <see cref="WarningEngine"/> itself: the coal-mine rule "wages not paid by the general contractor, not put right
/// within 15 days" and the townships' rule "village works without an inspection for 45 days".
/// </summary>
public sealed class PluginRuleTests
{
    private const string Item = "energy-coal-mine-paid-by-contractor";

    private static readonly PluginRule CoalMinePayroll = new("energy-coal-payroll-unrectified", PluginRuleKinds.ChecklistUnrectified, Item,
        "煤矿建设项目由施工总承包单位通过工资专用账户代发工资", new HashSet<string> { "E4840" });

    private static readonly PluginRule VillageGap = new("townships-village-inspection-gap", PluginRuleKinds.InspectionGap, null, null,
        new HashSet<string> { "E4710", "E4899" });

    private static WarningRule Row(PluginRule rule, int threshold, bool enabled = true) =>
        new() { Key = rule.Key, Threshold = threshold, Severity = WarningSeverities.High, Enabled = enabled };

    private static Project NewProject(string type) => new()
    {
        Name = "某煤矿井下工程", TypeCode = type, TerritoryCode = "150621104", IndustryBodyCode = "energy", TerritorialBodyCode = "town",
        Builder = "建设单位", GeneralContractor = "总包单位", StartDate = new DateOnly(2026, 3, 1),
    };

    private static Inspection Check(DateOnly date, bool passed, string? remarks = null) => new()
    {
        Date = date, Inspector = "李某", Checklist = [new ChecklistResult(Item, passed, remarks), new ChecklistResult("real-name", true, null)],
    };

    private static IReadOnlyList<WarningFinding> Evaluate(Project p, DateOnly today, WarningRule row, PluginRule rule) =>
        WarningEngine.Evaluate(p, [row], today, pluginRules: [rule]);

    [Fact]
    public void A_failed_item_not_rectified_within_the_days_warns_once_with_its_evidence()
    {
        var p = NewProject("E4840");
        p.Inspections.Add(Check(new DateOnly(2026, 4, 10), false, "由劳务分包单位直接发放"));
        var row = Row(CoalMinePayroll, 15);

        Evaluate(p, new DateOnly(2026, 4, 25), row, CoalMinePayroll).ShouldBeEmpty(); // day 15: still in time
        var warning = Evaluate(p, new DateOnly(2026, 4, 26), row, CoalMinePayroll).ShouldHaveSingleItem();
        warning.RuleKey.ShouldBe("energy-coal-payroll-unrectified");
        warning.FactKey.ShouldBe("item:" + Item + ":2026-04-10");
        warning.Severity.ShouldBe(WarningSeverities.High);
        warning.Evidence.Single(e => e.Name == "Evidence:ChecklistItem").Value.ShouldBe("煤矿建设项目由施工总承包单位通过工资专用账户代发工资");
        warning.Evidence.Single(e => e.Name == "Evidence:Remarks").Value.ShouldBe("由劳务分包单位直接发放");
        warning.Evidence.Single(e => e.Name == "Evidence:RectifyBy").Value.ShouldBe("2026-04-25");

        // Found failed again at the next inspection: the same spell, the same fact (never raised twice).
        p.Inspections.Add(Check(new DateOnly(2026, 5, 10), false));
        Evaluate(p, new DateOnly(2026, 6, 1), row, CoalMinePayroll).ShouldHaveSingleItem().FactKey.ShouldBe("item:" + Item + ":2026-04-10");

        // Rectified later, then failed again: a new spell, a new fact once its own days have passed.
        p.Inspections.Add(Check(new DateOnly(2026, 6, 10), true));
        p.Inspections.Add(Check(new DateOnly(2026, 7, 10), false));
        Evaluate(p, new DateOnly(2026, 7, 26), row, CoalMinePayroll).Select(f => f.FactKey)
            .ShouldBe(["item:" + Item + ":2026-04-10", "item:" + Item + ":2026-07-10"]);
    }

    [Fact]
    public void A_failed_item_rectified_in_time_or_on_another_plugins_type_or_a_disabled_rule_does_not_warn()
    {
        var p = NewProject("E4840");
        p.Inspections.Add(Check(new DateOnly(2026, 4, 10), false));
        p.Inspections.Add(Check(new DateOnly(2026, 4, 25), true)); // rectified on day 15
        Evaluate(p, new DateOnly(2026, 6, 1), Row(CoalMinePayroll, 15), CoalMinePayroll).ShouldBeEmpty();

        // Rectified, but after the days: the rule still saw it unrectified within them.
        Evaluate(p, new DateOnly(2026, 6, 1), Row(CoalMinePayroll, 10), CoalMinePayroll).ShouldHaveSingleItem()
            .Evidence.Single(e => e.Name == "Evidence:RectifiedOn").Value.ShouldBe("2026-04-25");

        // A housing project (not a type of the energy plugin) with the same results: the energy rule does not apply.
        var housing = NewProject("E4710");
        housing.Inspections.Add(Check(new DateOnly(2026, 4, 10), false));
        Evaluate(housing, new DateOnly(2026, 6, 1), Row(CoalMinePayroll, 15), CoalMinePayroll).ShouldBeEmpty();

        var unfixed = NewProject("E4840");
        unfixed.Inspections.Add(Check(new DateOnly(2026, 4, 10), false));
        Evaluate(unfixed, new DateOnly(2026, 6, 1), Row(CoalMinePayroll, 15, enabled: false), CoalMinePayroll).ShouldBeEmpty();

        // The rule's row without its definition (the plugin removed): nothing, not a crash.
        WarningEngine.Evaluate(unfixed, [Row(CoalMinePayroll, 15)], new DateOnly(2026, 6, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void Village_works_without_an_inspection_for_more_than_the_days_warn_once_per_gap()
    {
        var p = NewProject("E4710");
        var row = Row(VillageGap, 45);

        Evaluate(p, new DateOnly(2026, 4, 15), row, VillageGap).ShouldBeEmpty(); // 45 days after the start
        var first = Evaluate(p, new DateOnly(2026, 4, 16), row, VillageGap).ShouldHaveSingleItem();
        first.FactKey.ShouldBe("since:2026-03-01");
        first.Evidence.Single(e => e.Name == "Evidence:DaysWithoutInspection").Value.ShouldBe("46");
        first.Evidence.Single(e => e.Name == "Evidence:LastInspection").Value.ShouldBe("—");

        p.Inspections.Add(new Inspection { Date = new DateOnly(2026, 4, 20), Inspector = "镇网格员" });
        Evaluate(p, new DateOnly(2026, 6, 4), row, VillageGap).ShouldBeEmpty();
        Evaluate(p, new DateOnly(2026, 6, 5), row, VillageGap).ShouldHaveSingleItem().FactKey.ShouldBe("since:2026-04-20");

        // Another type (a coal mine), or works completed: no warning.
        Evaluate(NewProject("E4840"), new DateOnly(2026, 6, 5), row, VillageGap).ShouldBeEmpty();
        p.CompletionDate = new DateOnly(2026, 5, 31);
        Evaluate(p, new DateOnly(2026, 6, 5), row, VillageGap).ShouldBeEmpty();
    }
}
