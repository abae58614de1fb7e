using System.Globalization;

namespace Dalad.Projects.Domain;

/// <summary>A warning the rules find for a project now, before it is checked against those already raised.</summary>
public sealed record WarningFinding(string RuleKey, string FactKey, string Severity, IReadOnlyList<WarningEvidence> Evidence);

/// <summary>
/// A department's own warning rule as its definition states it: the kind (<see cref="PluginRuleKinds"/>), the checklist
/// item it watches and that item's name, and the project types it applies to. Threshold, severity and enabled are the
/// stored <see cref="WarningRule"/> of the same key, edited like any rule.
/// </summary>
public sealed record PluginRule(string Key, string Kind, string? Item, string? ItemName, IReadOnlySet<string> Types);

/// <summary>
/// The early-warning rules of the monitoring platform (监控预警平台, Inner Mongolia measure 八 / Dalad plan 三（六）), as
/// one pure function of a project, the rules (data) and today's date in Beijing. It says which facts deserve a
/// warning; whether a warning for the fact already exists is the caller's (the unique key rule + project + fact).
/// </summary>
public static class WarningEngine
{
    /// <summary>
    /// The last day of a period of <paramref name="days"/> days "自合同签订之日起" (measures 六 and 七: 30 and 20 日).
    /// The measures say 日, not 工作日 as measure 十二 does for the case deadlines, so these are calendar days; and
    /// as in the Civil Code (art. 201) the day of signing is not counted: day 1 is the day after the contract, the
    /// period ends at the end of day <paramref name="days"/>, and an account opened on day 30 is on time.
    /// </summary>
    public static DateOnly DueDate(DateOnly contractDate, int days) => contractDate.AddDays(days);

    /// <summary>
    /// The account or deposit of a contract against its last day (<see cref="DueDate"/>): the same judgement as the
    /// lateness warning, so a list badge and a warning never disagree.
    /// </summary>
    public static string DeadlineState(DateOnly? contractDate, DateOnly? doneOn, int days, DateOnly today)
    {
        if (contractDate is not { } contract) return doneOn is null ? DeadlineStates.NoContract : DeadlineStates.OnTime;
        var due = DueDate(contract, days);
        if (doneOn is { } done) return done > due ? DeadlineStates.Late : DeadlineStates.OnTime;
        return today > due ? DeadlineStates.Late : DeadlineStates.Pending;
    }

    /// <param name="lastAttendance">The Beijing date of the project's latest clock-in, null when it has none.</param>
    /// <param name="pluginRules">The departments' own rules (kind and parameters, from their definitions); their
    /// threshold, severity and enabled are the <paramref name="rules"/> row of the same key.</param>
    public static IReadOnlyList<WarningFinding> Evaluate(Project project, IReadOnlyList<WarningRule> rules, DateOnly today, IReadOnlyList<WorkerMonth>? pay = null,
        DateOnly? lastAttendance = null, IReadOnlyList<PluginRule>? pluginRules = null)
    {
        var findings = new List<WarningFinding>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            if (pluginRules?.FirstOrDefault(p => p.Key == rule.Key) is { } plugin)
            {
                if (plugin.Types.Contains(project.TypeCode)) findings.AddRange(EvaluatePluginRule(project, plugin, rule, today));
                continue;
            }
            switch (rule.Key)
            {
                case WarningRuleKeys.AccountLate:
                    Late(project.WageAccount.OpenedOn, "Evidence:AccountOpenedOn");
                    break;
                case WarningRuleKeys.DepositLate:
                    Late(project.WageDeposit.PaidOn, "Evidence:DepositPaidOn");
                    break;
                case WarningRuleKeys.FundsNotInPlace when project.GovernmentInvested && !project.FundsInPlace:
                    findings.Add(new(rule.Key, "funds", rule.Severity,
                    [
                        new("Evidence:GovernmentInvested", "true"),
                        new("Evidence:FundingSource", project.FundingSource ?? "—"),
                        new("Evidence:FundsInPlace", "false"),
                    ]));
                    break;
                case WarningRuleKeys.ContractorAdvance:
                    foreach (var advance in project.Advances)
                        findings.Add(new(rule.Key, "advance:" + advance.Id.ToString("N"), rule.Severity,
                        [
                            new("Evidence:AdvanceDate", Day(advance.Date)),
                            new("Evidence:AdvanceAmount", advance.Amount.ToString("0.00", CultureInfo.InvariantCulture)),
                            new("Evidence:AdvanceContractor", advance.Contractor),
                            new("Evidence:GovernmentInvested", project.GovernmentInvested ? "true" : "false"),
                        ]));
                    break;
                case WarningRuleKeys.InspectionMissing:
                    MissingInspections(rule);
                    break;
                case WarningRuleKeys.NoAttendance:
                    NoAttendance(rule);
                    break;
                case WarningRuleKeys.PayBelowAttendance:
                    // Days worked but not paid: judged once the month is over and the rule's days (the pay day) have passed.
                    foreach (var m in pay ?? [])
                    {
                        var monthStart = DateOnly.ParseExact(m.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        if (monthStart.AddMonths(1).AddDays(rule.Threshold) > today || m.DaysPaid >= m.DaysWorked) continue;
                        findings.Add(new(rule.Key, "pay:" + m.WorkerId.ToString("N") + ":" + m.Month, rule.Severity,
                        [
                            new("Evidence:Worker", m.Worker),
                            new("Evidence:Month", m.Month),
                            new("Evidence:DaysWorked", m.DaysWorked.ToString(CultureInfo.InvariantCulture)),
                            new("Evidence:DaysPaid", m.DaysPaid.ToString(CultureInfo.InvariantCulture)),
                        ]));
                    }
                    break;
            }

            // The account or deposit of this contract date: late when still missing after the last day, or made after it.
            void Late(DateOnly? doneOn, string doneName)
            {
                if (project.ContractDate is not { } contract) return;
                var due = DueDate(contract, rule.Threshold);
                if (DeadlineState(contract, doneOn, rule.Threshold, today) != DeadlineStates.Late) return;
                var daysLate = (doneOn ?? today).DayNumber - due.DayNumber;
                findings.Add(new(rule.Key, "contract:" + Day(contract), rule.Severity,
                [
                    new("Evidence:ContractDate", Day(contract)),
                    new("Evidence:DueDate", Day(due)),
                    new(doneName, doneOn is { } d ? Day(d) : "—"),
                    new("Evidence:DaysLate", daysLate.ToString(CultureInfo.InvariantCulture)),
                ]));
            }
        }
        return findings;

        // Works under way (started, not completed) without a clock-in for more than the rule's days, counted from the
        // latest clock-in or, before the first, from the start of works. One warning per silent spell: the fact is the
        // day the silence began, so attendance that resumes and stops again is a new fact.
        void NoAttendance(WarningRule rule)
        {
            if (project.StartDate is not { } start || start > today || project.CompletionDate is { } done && done <= today) return;
            var since = lastAttendance is { } last && last > start ? last : start;
            var silent = today.DayNumber - since.DayNumber;
            if (silent <= rule.Threshold) return;
            findings.Add(new(rule.Key, "since:" + Day(since), rule.Severity,
            [
                new("Evidence:StartDate", Day(start)),
                new("Evidence:LastAttendance", lastAttendance is { } l ? Day(l) : "—"),
                new("Evidence:DaysWithoutAttendance", silent.ToString(CultureInfo.InvariantCulture)),
            ]));
        }

        void MissingInspections(WarningRule rule)
        {
            if (project.StartDate is not { } start) return;
            var dates = project.Inspections.Select(i => i.Date).ToList();
            foreach (var month in MissedInspectionMonths(start, project.CompletionDate, dates, rule.Threshold, today))
            {
                var last = dates.Where(d => d < month).Select(d => (DateOnly?)d).Max();
                findings.Add(new(rule.Key, "month:" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture), rule.Severity,
                [
                    new("Evidence:Month", month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                    new("Evidence:StartDate", Day(start)),
                    new("Evidence:LastInspection", last is { } l ? Day(l) : "—"),
                ]));
            }
        }
    }

    /// <summary>
    /// A department's own rule (a kind of <see cref="PluginRuleKinds"/> with its parameters) over a project of its types.
    /// </summary>
    public static IEnumerable<WarningFinding> EvaluatePluginRule(Project project, PluginRule plugin, WarningRule rule, DateOnly today)
    {
        switch (plugin.Kind)
        {
            case PluginRuleKinds.ChecklistUnrectified when plugin.Item is { } item:
                // A spell of failure starts at an inspection that found the item failed when the previous check of it
                // passed (or there was none); it is rectified when a check within the threshold's days finds it passed.
                // One fact per spell: the same failure found again at the next inspection is not a new warning.
                var checks = project.Inspections.OrderBy(i => i.Date)
                    .Select(i => (Inspection: i, Result: i.Checklist.FirstOrDefault(c => c.Item == item))).Where(c => c.Result is not null).ToList();
                for (var n = 0; n < checks.Count; n++)
                {
                    var (failed, result) = checks[n];
                    if (result!.Passed || n > 0 && !checks[n - 1].Result!.Passed) continue;
                    var due = failed.Date.AddDays(rule.Threshold);
                    var rectified = checks.Skip(n + 1).FirstOrDefault(c => c.Result!.Passed);
                    if (rectified.Inspection is { } fixedAt && fixedAt.Date <= due) continue;
                    if (rectified.Inspection is null && today <= due) continue;
                    yield return new(rule.Key, "item:" + item + ":" + Day(failed.Date), rule.Severity,
                    [
                        new("Evidence:ChecklistItem", plugin.ItemName ?? item),
                        new("Evidence:InspectionDate", Day(failed.Date)),
                        new("Evidence:Inspector", failed.Inspector),
                        new("Evidence:Remarks", string.IsNullOrWhiteSpace(result.Remarks) ? "—" : result.Remarks),
                        new("Evidence:RectifyBy", Day(due)),
                        new("Evidence:RectifiedOn", rectified.Inspection is { } r ? Day(r.Date) : "—"),
                    ]);
                }
                break;
            case PluginRuleKinds.InspectionGap:
                // Works under way without an inspection for more than the threshold's days, counted from the latest
                // inspection or the start of works; one warning per gap (the fact is the day it began).
                if (project.StartDate is not { } start || start > today || project.CompletionDate is { } done && done <= today) yield break;
                var last = project.Inspections.Where(i => i.Date <= today).Select(i => (DateOnly?)i.Date).Max();
                var since = last is { } l && l > start ? l : start;
                var days = today.DayNumber - since.DayNumber;
                if (days <= rule.Threshold) yield break;
                yield return new(rule.Key, "since:" + Day(since), rule.Severity,
                [
                    new("Evidence:StartDate", Day(start)),
                    new("Evidence:LastInspection", last is { } li ? Day(li) : "—"),
                    new("Evidence:DaysWithoutInspection", days.ToString(CultureInfo.InvariantCulture)),
                ]);
                break;
        }
    }

    /// <summary>
    /// 双驻双查: every month from the start of works (开工) to completion (完工) has an on-site inspection. A month is
    /// judged once it is over and <paramref name="graceDays"/> (the rule's threshold) have passed; the months returned
    /// (their first days) had none. The one rule behind the <c>inspection-missing</c> warning and the assessment's count.
    /// </summary>
    public static IEnumerable<DateOnly> MissedInspectionMonths(DateOnly start, DateOnly? completion, IReadOnlyCollection<DateOnly> inspections, int graceDays, DateOnly today)
    {
        var month = new DateOnly(start.Year, start.Month, 1);
        while (true)
        {
            var next = month.AddMonths(1);
            if (next.AddDays(graceDays) > today) yield break;              // not over yet (or still in its grace)
            if (completion is { } done && month > done) yield break;      // completed before this month
            var from = month;
            if (!inspections.Any(d => d >= from && d < next)) yield return month;
            month = next;
        }
    }

    /// <summary>
    /// A project found off the platform (measure 8: every project is registered on the monitoring platform before
    /// works start): registered on a day (Beijing) after the day its works started. A project without a start date, or
    /// registered on or before it, is not.
    /// </summary>
    public static bool RegisteredAfterStart(DateOnly registeredOn, DateOnly? start) => start is { } s && registeredOn > s;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
