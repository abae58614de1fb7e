using Dalad.Calendar;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Jobs;
using Dalad.Platform.Timing;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dalad.Cases.Application;

/// <summary>
/// Asks every open case with a running step what its deadline means now (<see cref="Case.CheckDeadline"/>: due soon,
/// overdue, and which bodies owe it) and saves the timeline entries and one supervision reminder (督办) per owing body
/// and step. Runs on the persisted schedule, once across instances, in a system scope.
/// </summary>
internal sealed class CaseDeadlineJob(CasesDbContext db, IWorkingCalendar calendar, IClock clock, IConfiguration configuration, IMatrixRoles roles) : IRecurringJob
{
    public string Name => "cases-deadlines";

    public TimeSpan Interval => configuration.GetValue("Cases:DeadlineJobInterval", TimeSpan.FromMinutes(15));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        // The visit is the coordinator's (the joint office): whoever holds that role in the matrix now.
        var visiting = await roles.GetHolderAsync(MatrixRoles.Coordinator, cancellationToken);
        var context = new CaseContext(now, calendar, code => code, VisitingBodyCode: visiting);
        var cases = await db.Cases.Include(c => c.Assignments)
            .Where(c => c.Status != CaseStatuses.Closed && c.StepDueAt != null && c.DeadlineState != DeadlineStates.Overdue)
            .AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            var change = c.CheckDeadline(context);
            db.Events.AddRange(change.Timeline);
            if (change.RemindedBodies.Count == 0) continue;
            var existing = await db.Reminders.Where(r => r.CaseId == c.Id && r.Step == c.Step && r.DueAt == c.StepDueAt).Select(r => r.BodyCode).ToListAsync(cancellationToken);
            foreach (var body in change.RemindedBodies.Except(existing))
                db.Reminders.Add(new SupervisionReminder { CaseId = c.Id, BodyCode = body, Step = c.Step!, DueAt = c.StepDueAt!.Value, RaisedAt = now });
        }
        await CheckLeadsAsync(now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The intake desk's clock: a lead still pending past its dispatch due time reminds its desk, once.</summary>
    private async Task CheckLeadsAsync(DateTime now, CancellationToken cancellationToken)
    {
        // Only leads past their due time (or registered before the clock existed, which get one now): not every
        // pending lead on every run.
        var leads = await db.Leads.Where(l => l.Status == LeadStatuses.Pending && !l.DispatchOverdue && (l.DispatchDueAt == null || l.DispatchDueAt < now))
            .ToListAsync(cancellationToken);
        foreach (var lead in leads)
        {
            if (lead.CheckDispatchDeadline(now, calendar) is not { } desk) continue;
            var due = lead.DispatchDueAt!.Value;
            if (!await db.LeadReminders.AnyAsync(r => r.LeadId == lead.Id && r.DueAt == due && r.BodyCode == desk, cancellationToken))
                db.LeadReminders.Add(new LeadReminder { LeadId = lead.Id, BodyCode = desk, DueAt = due, RaisedAt = now });
        }
    }
}
