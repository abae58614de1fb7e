using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Security;
using Dalad.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// The dispatched leads as routing's labelled examples: the industry owner chosen (a correction's choice, else the
/// proposal the desk confirmed). Repeats linked to a lead are not decisions of their own.
/// </summary>
internal sealed class RoutingDecisionHistory(CasesDbContext db, DataScope scope) : IRoutingDecisionHistory
{
    public async Task<IReadOnlyList<RoutingDecision>> GetRecentAsync(int max, CancellationToken cancellationToken = default)
    {
        using var system = scope.BeginSystemScope();
        var rows = await (
                from lead in db.Leads.AsNoTracking()
                where lead.Status == LeadStatuses.Dispatched && lead.CaseId != null
                join correction in db.Corrections.AsNoTracking().Where(c => c.Role == CaseRoles.Industry) on lead.Id equals correction.LeadId into corrected
                from correction in corrected.DefaultIfEmpty()
                orderby lead.ReceivedAt descending
                select new { lead.Text, Chosen = correction != null ? correction.ChosenBodyCode : lead.ProposedIndustryBodyCode })
            .Take(max)
            .ToListAsync(cancellationToken);
        rows.Reverse();
        return rows.Where(r => r.Chosen != null).Select(r => new RoutingDecision(r.Text, r.Chosen!)).ToList();
    }
}
