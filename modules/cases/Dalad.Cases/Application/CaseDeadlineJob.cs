using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Jobs;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dalad.Cases.Application;

/// <summary>
/// Marks open cases whose current step is due within one working day, and those past their due time; an overdue step
/// raises a supervision reminder (督办) to each body that still owes it (the lead owner; during handling also the
/// assisting owner if its part is missing). Runs on the persisted schedule, once across instances, in a system scope.
/// </summary>
internal sealed class CaseDeadlineJob(CasesDbContext db, CaseClocks clocks, IClock clock, IConfiguration configuration) : IRecurringJob
{
    public string Name => "cases-deadlines";

    public TimeSpan Interval => configuration.GetValue("Cases:DeadlineJobInterval", TimeSpan.FromMinutes(15));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var cases = await db.Cases.Include(c => c.Assignments)
            .Where(c => c.Status != CaseStatuses.Closed && c.StepDueAt != null && c.DeadlineState != DeadlineStates.Overdue)
            .AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            var due = c.StepDueAt!.Value;
            if (now > due)
            {
                c.DeadlineState = DeadlineStates.Overdue;
                var owing = c.Assignments.Where(a => a.Role == c.LeadRole || (c.Step == CaseSteps.Handle && a.PartRecordedAt is null)).Select(a => a.BodyCode).Distinct().ToList();
                var existing = await db.Reminders.Where(r => r.CaseId == c.Id && r.Step == c.Step && r.DueAt == due).Select(r => r.BodyCode).ToListAsync(cancellationToken);
                foreach (var body in owing.Except(existing))
                    db.Reminders.Add(new SupervisionReminder { CaseId = c.Id, BodyCode = body, Step = c.Step!, DueAt = due, RaisedAt = now });
                db.Events.Add(new CaseEvent { CaseId = c.Id, Type = CaseEventTypes.Overdue, Arguments = Mapping.ToJson([c.Step, CaseWorkflow.Date(due), string.Join(",", owing)]) });
            }
            else if (c.DeadlineState == DeadlineStates.OnTime && clocks.IsWithinOneWorkingDay(due))
            {
                c.DeadlineState = DeadlineStates.DueSoon;
                db.Events.Add(new CaseEvent { CaseId = c.Id, Type = CaseEventTypes.DueSoon, Arguments = Mapping.ToJson([c.Step, CaseWorkflow.Date(due)]) });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
