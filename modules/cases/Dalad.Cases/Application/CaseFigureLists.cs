using Dalad.Cases.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary><see cref="ICaseFigureLists"/>: the same conditions as <see cref="CaseFigures"/>' overdue and false-closure counts, case by case.</summary>
internal sealed class CaseFigureLists(CasesDbContext db) : ICaseFigureLists
{
    public async Task<IReadOnlyList<CaseFigureCase>> OverdueAsync(DateTime start, DateTime end, DateTime now, CancellationToken ct = default)
    {
        var rows = await (
            from c in db.Cases
            join a in db.Assignments on c.Id equals a.CaseId
            where c.OpenedAt >= start && c.OpenedAt < end && a.Role == c.LeadRole
            let receive = c.SignedAt != null ? c.SignedAt > c.ReceiveDueAt : c.ReceiveDueAt < now
            let accept = c.DecidedAt != null ? c.DecidedAt > c.AcceptDueAt : c.AcceptDueAt < now
            let handle = c.ResolvedAt != null ? c.ResolvedAt > c.HandleDueAt : c.HandleDueAt < now
            where receive || accept || handle
            orderby a.BodyCode, c.Number
            select new { c.Id, c.Number, a.BodyCode, receive, accept, c.ReceiveDueAt, c.AcceptDueAt, c.HandleDueAt })
            .Take(ICaseFigureLists.MaxRows).ToListAsync(ct);
        return rows.Select(r => r.receive ? new CaseFigureCase(r.Id, r.Number, r.BodyCode, "receive", r.ReceiveDueAt)
            : r.accept ? new CaseFigureCase(r.Id, r.Number, r.BodyCode, "accept", r.AcceptDueAt)
            : new CaseFigureCase(r.Id, r.Number, r.BodyCode, "handle", r.HandleDueAt)).ToList();
    }

    public async Task<IReadOnlyList<CaseFigureCase>> FalseClosuresAsync(DateTime start, DateTime end, CancellationToken ct = default) =>
        await (
            from v in db.Visits
            join c in db.Cases on v.CaseId equals c.Id
            where v.CreatedAt >= start && v.CreatedAt < end && !v.Satisfied
            orderby v.ResolvedByBodyCode, c.Number
            select new CaseFigureCase(c.Id, c.Number, v.ResolvedByBodyCode, "visit", v.CreatedAt))
            .Take(ICaseFigureLists.MaxRows).ToListAsync(ct);

    public async Task<CaseFactsDto?> FactsAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Assignments).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        return c is null ? null : new CaseFactsDto(c.Id, c.Number, c.Status, c.OpenedAt, c.Text, c.Employer, c.Project, c.WorkerCount, c.AmountOwed,
            c.TerritoryCode, c.LeadRole, c.Assignments.OrderBy(a => a.Role, StringComparer.Ordinal).Select(a => a.Role + ":" + a.BodyCode).ToList(),
            c.ReceiveDueAt, c.SignedAt, c.AcceptDueAt, c.DecidedAt, c.HandleDueAt, c.ResolvedAt, c.Result, c.ClosedAt, c.ReopenCount, c.PossiblyFalseClosure);
    }
}
