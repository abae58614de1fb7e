using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Events;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Application;

/// <summary>
/// Keeps the full-text indexes "leads" and "cases" current. A case's document belongs to both of its owners; a lead's
/// to its intake desk and its case's owners — the same people who may read them here. Phone and ID card numbers are
/// never indexed.
/// </summary>
internal sealed class CaseSearchIndex(CasesDbContext db, IFullTextSearch search, ILogger<CaseSearchIndex> logger)
    : IIntegrationEventHandler<LeadRegistered>, IIntegrationEventHandler<CaseOpened>, IIntegrationEventHandler<CaseTransferred>
{
    // Event handlers run in a system data scope, so they read every body's records.
    public async Task HandleAsync(LeadRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().FirstAsync(l => l.Id == integrationEvent.LeadId, cancellationToken);
        var owners = lead.CaseId is { } caseId ? await OwnersAsync(caseId, cancellationToken) : [];
        await search.IndexAsync(LeadDocument(lead, owners), cancellationToken);
    }

    public Task HandleAsync(CaseOpened integrationEvent, CancellationToken cancellationToken) => IndexCaseAsync(integrationEvent.CaseId, cancellationToken);

    public Task HandleAsync(CaseTransferred integrationEvent, CancellationToken cancellationToken) => IndexCaseAsync(integrationEvent.CaseId, cancellationToken);

    /// <summary>The case and every lead of it (their owners changed with it).</summary>
    private async Task IndexCaseAsync(Guid caseId, CancellationToken ct)
    {
        var indexed = await db.Cases.AsNoTracking().Include(c => c.Assignments).FirstAsync(c => c.Id == caseId, ct);
        var owners = indexed.Assignments.Select(a => a.BodyCode).ToList();
        await search.IndexAsync(CaseDocument(indexed), ct);
        foreach (var lead in await db.Leads.AsNoTracking().Where(l => l.CaseId == caseId).ToListAsync(ct))
            await search.IndexAsync(LeadDocument(lead, owners), ct);
    }

    /// <summary>At start: an index whose document count differs from its table is rebuilt from the database.</summary>
    public async Task RebuildStaleAsync(CancellationToken ct)
    {
        var caseCount = await db.Cases.CountAsync(ct);
        if (await search.CountAsync(SearchIndexNames.Cases, ct) != caseCount)
        {
            var cases = await db.Cases.AsNoTracking().Include(c => c.Assignments).ToListAsync(ct);
            await search.ReplaceAllAsync(SearchIndexNames.Cases, cases.Select(CaseDocument), ct);
            logger.LogInformation("Full-text index {Index} rebuilt: {Count} documents", SearchIndexNames.Cases, cases.Count);
        }

        var leadCount = await db.Leads.CountAsync(ct);
        if (await search.CountAsync(SearchIndexNames.Leads, ct) != leadCount)
        {
            var owners = (await db.Assignments.AsNoTracking().Select(a => new { a.CaseId, a.BodyCode }).ToListAsync(ct))
                .ToLookup(a => a.CaseId, a => a.BodyCode);
            var leads = await db.Leads.AsNoTracking().ToListAsync(ct);
            await search.ReplaceAllAsync(SearchIndexNames.Leads, leads.Select(l => LeadDocument(l, l.CaseId is { } id ? owners[id].ToList() : [])), ct);
            logger.LogInformation("Full-text index {Index} rebuilt: {Count} documents", SearchIndexNames.Leads, leads.Count);
        }
    }

    private async Task<List<string>> OwnersAsync(Guid caseId, CancellationToken ct) =>
        await db.Assignments.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.BodyCode).ToListAsync(ct);

    private static FullTextDocument CaseDocument(Case c) => new(
        SearchIndexNames.Cases,
        c.Id.ToString(),
        Join(c.Number, c.Employer, c.Project),
        Join(c.Text, c.Address, c.Employer, c.Project),
        c.Assignments.Select(a => a.BodyCode).ToList(),
        c.LastModifiedAt ?? c.CreatedAt);

    private static FullTextDocument LeadDocument(Lead l, IReadOnlyList<string> caseOwners) => new(
        SearchIndexNames.Leads,
        l.Id.ToString(),
        Join(l.TicketNumber, l.Employer, l.Project),
        Join(l.Text, l.Address, l.Employer, l.Project, l.ComplainantName),
        [l.IntakeBodyCode, .. caseOwners],
        l.LastModifiedAt ?? l.CreatedAt);

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
