using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Events;
using Dalad.Platform.Messaging;
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
    : IIntegrationEventHandler<LeadRegistered>, IIntegrationEventHandler<CaseOpened>, IIntegrationEventHandler<CaseTransferred>, IOutboxHandler<CaseSearchStale>
{
    /// <summary>The outbox handler's name (stored with each message).</summary>
    public const string Name = "cases.search-index";

    // Event handlers run in a system data scope, so they read every body's records.
    public async Task HandleAsync(LeadRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().FirstAsync(l => l.Id == integrationEvent.LeadId, cancellationToken);
        var owners = lead.CaseId is { } caseId ? await OwnersAsync(caseId, cancellationToken) : [];
        await search.IndexAsync(LeadDocument(lead, owners), cancellationToken);
    }

    public Task HandleAsync(CaseOpened integrationEvent, CancellationToken cancellationToken) => IndexCaseAsync(integrationEvent.CaseId, cancellationToken);

    public Task HandleAsync(CaseTransferred integrationEvent, CancellationToken cancellationToken) => IndexCaseAsync(integrationEvent.CaseId, cancellationToken);

    /// <summary>A case's status changed (written to the outbox with the change): its document's values follow.</summary>
    public Task HandleAsync(CaseSearchStale fact, CancellationToken cancellationToken) => IndexCaseAsync(fact.CaseId, cancellationToken);

    /// <summary>The case and every lead of it (their owners changed with it).</summary>
    private async Task IndexCaseAsync(Guid caseId, CancellationToken ct)
    {
        var indexed = await db.Cases.AsNoTracking().Include(c => c.Assignments).FirstAsync(c => c.Id == caseId, ct);
        var owners = indexed.Assignments.Select(a => new Owner(a.Role, a.BodyCode)).ToList();
        var channel = await db.Leads.AsNoTracking().Where(l => l.Id == indexed.PrimaryLeadId).Select(l => l.Channel).FirstOrDefaultAsync(ct);
        await search.IndexAsync(CaseDocument(indexed, owners, channel), ct);
        foreach (var lead in await db.Leads.AsNoTracking().Where(l => l.CaseId == caseId).ToListAsync(ct))
            await search.IndexAsync(LeadDocument(lead, owners), ct);
    }

    /// <summary>Records read and written per batch: small enough that live writes wait little between batches and memory
    /// stays flat, large enough that a million rows take a few hundred round trips.</summary>
    internal const int BatchSize = 2000;

    /// <summary>
    /// How far before the index's newest document a catch-up starts reading: a record committed to the database just
    /// before a newer one may have reached the index after it (or have been lost with the index's last uncommitted
    /// seconds, <c>LuceneIndex.CommitDelay</c>).
    /// </summary>
    internal static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Brings the indexes up to date with the database without reading whole tables: each index is caught up from its
    /// high-water mark (its newest document, less <see cref="Overlap"/>), reading only the records created or changed
    /// since, in batches by id. An empty index, or one whose count still differs from its table afterwards, is fed
    /// whole in the same batches. Records changed while a pass ran are read again by a short second pass, so a
    /// transfer made meanwhile is not overwritten by the older copy the first pass read.
    /// </summary>
    public async Task CatchUpAsync(SearchCatchUpProgress progress, CancellationToken ct)
    {
        await CatchUpAsync(SearchIndexNames.Cases, db.Cases.CountAsync(ct), FeedCasesAsync, progress, ct);
        await CatchUpAsync(SearchIndexNames.Leads, db.Leads.CountAsync(ct), FeedLeadsAsync, progress, ct);
    }

    private async Task CatchUpAsync(string index, Task<int> tableCount, Func<DateTime?, Action<int>, CancellationToken, Task<int>> feed,
        SearchCatchUpProgress progress, CancellationToken ct)
    {
        var rows = await tableCount;
        var newest = await search.NewestAsync(index, ct);
        var since = newest - Overlap;
        // Documents written before the index kept values (status, owners, channel, day): the whole index is fed again
        // in the background. Searches meanwhile read those few values of the unfed documents from the database.
        if (since is not null && await search.CountWithoutValuesAsync(index, ct) is > 0 and var old)
        {
            logger.LogWarning("Full-text index {Index} holds {Old} documents written without values: feeding it whole", index, old);
            since = null;
        }
        var started = DateTime.UtcNow;
        progress.Start(index, full: since is null, expected: since is null ? rows : null);
        var fed = await feed(since, progress.Advance(index), ct);
        if (since is not null && await search.CountAsync(index, ct) != rows)
        {
            // A gap older than the mark (an index restored from an old backup, a write lost long ago): feed it whole.
            logger.LogWarning("Full-text index {Index} holds {Count} documents for {Rows} records after catching up: feeding it whole", index, await search.CountAsync(index, ct), rows);
            progress.Start(index, full: true, expected: rows);
            fed = await feed(null, progress.Advance(index), ct);
        }
        // Only what changed while the pass ran (stamped up to a save's length before its commit), not the overlap again.
        fed += await feed(started - TimeSpan.FromMinutes(1), _ => { }, ct);
        progress.Finish(index);
        logger.LogInformation("Full-text index {Index} caught up from {Since}: {Fed} documents written", index, since?.ToString("O") ?? "empty", fed);
    }

    /// <summary>The cases created or changed since <paramref name="since"/> (every case when null), in batches by id.</summary>
    private async Task<int> FeedCasesAsync(DateTime? since, Action<int> advance, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking();
        if (since is { } from) query = query.Where(c => c.CreatedAt >= from || c.LastModifiedAt >= from);
        var fed = 0;
        Guid? last = null;
        while (true)
        {
            // The page by the primary key alone, then its owners: a join in the paged query would make the database
            // sort the whole join for every batch.
            var page = await (last is { } after ? query.Where(c => c.Id > after) : query)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
            if (page.Count == 0) return fed;
            var ids = page.Select(c => c.Id).ToList();
            var owners = (await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.CaseId)).Select(a => new { a.CaseId, a.Role, a.BodyCode }).ToListAsync(ct))
                .ToLookup(a => a.CaseId, a => new Owner(a.Role, a.BodyCode));
            var leadIds = page.Select(c => c.PrimaryLeadId).ToList();
            var channels = await db.Leads.AsNoTracking().Where(l => leadIds.Contains(l.Id)).Select(l => new { l.Id, l.Channel }).ToDictionaryAsync(l => l.Id, l => l.Channel, ct);
            await search.IndexManyAsync(page.Select(c => CaseDocument(c, owners[c.Id].ToList(), channels.GetValueOrDefault(c.PrimaryLeadId))).ToList(), ct);
            fed += page.Count;
            advance(page.Count);
            last = page[^1].Id;
        }
    }

    /// <summary>The leads created or changed since <paramref name="since"/>, each with its case's owners.</summary>
    private async Task<int> FeedLeadsAsync(DateTime? since, Action<int> advance, CancellationToken ct)
    {
        var query = db.Leads.AsNoTracking();
        if (since is { } from) query = query.Where(l => l.CreatedAt >= from || l.LastModifiedAt >= from);
        var fed = 0;
        Guid? last = null;
        while (true)
        {
            var page = await (last is { } after ? query.Where(l => l.Id > after) : query)
                .OrderBy(l => l.Id).Take(BatchSize).ToListAsync(ct);
            if (page.Count == 0) return fed;
            var caseIds = page.Where(l => l.CaseId is not null).Select(l => l.CaseId!.Value).Distinct().ToList();
            var owners = (await db.Assignments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).Select(a => new { a.CaseId, a.Role, a.BodyCode }).ToListAsync(ct))
                .ToLookup(a => a.CaseId, a => new Owner(a.Role, a.BodyCode));
            await search.IndexManyAsync(page.Select(l => LeadDocument(l, l.CaseId is { } id ? owners[id].ToList() : [])).ToList(), ct);
            fed += page.Count;
            advance(page.Count);
            last = page[^1].Id;
        }
    }

    private async Task<List<Owner>> OwnersAsync(Guid caseId, CancellationToken ct) =>
        await db.Assignments.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => new Owner(a.Role, a.BodyCode)).ToListAsync(ct);

    /// <summary>A case's owner by role (territorial or industry).</summary>
    internal sealed record Owner(string Role, string BodyCode);

    // The keys of a document's values: what the search page counts and filters by, read back by CaseSearch.
    internal const string StatusValue = "status", BodiesValue = "bodies", TerritoryValue = "territory", SectorValue = "sector",
        ChannelValue = "channel", AtValue = "at", NumberValue = "number", CaseValue = "case";

    private static FullTextDocument CaseDocument(Case c, IReadOnlyList<Owner> owners, string? channel) => new(
        SearchIndexNames.Cases,
        c.Id.ToString(),
        Join(c.Number, c.Employer, c.Project),
        Join(c.Text, c.Address, c.Employer, c.Project),
        owners.Select(o => o.BodyCode).ToList(),
        c.LastModifiedAt ?? c.CreatedAt,
        Values(c.Status, c.Number, c.Id, c.OpenedAt, owners.Select(o => o.BodyCode),
            owners.FirstOrDefault(o => o.Role == CaseRoles.Territorial)?.BodyCode, owners.FirstOrDefault(o => o.Role == CaseRoles.Industry)?.BodyCode, channel));

    private static FullTextDocument LeadDocument(Lead l, IReadOnlyList<Owner> caseOwners) => new(
        SearchIndexNames.Leads,
        l.Id.ToString(),
        Join(l.TicketNumber, l.Employer, l.Project),
        Join(l.Text, l.Address, l.Employer, l.Project, l.ComplainantName),
        [l.IntakeBodyCode, .. caseOwners.Select(o => o.BodyCode)],
        l.LastModifiedAt ?? l.CreatedAt,
        // A lead not yet dispatched is counted under the owners routing proposed for it.
        Values(l.Status, l.TicketNumber, l.CaseId, l.ReceivedAt, caseOwners.Select(o => o.BodyCode).Prepend(l.IntakeBodyCode),
            caseOwners.Count > 0 ? caseOwners.FirstOrDefault(o => o.Role == CaseRoles.Territorial)?.BodyCode : l.ProposedTerritorialBodyCode,
            caseOwners.Count > 0 ? caseOwners.FirstOrDefault(o => o.Role == CaseRoles.Industry)?.BodyCode : l.ProposedIndustryBodyCode,
            l.Channel));

    private static Dictionary<string, IReadOnlyList<string>> Values(string status, string number, Guid? caseId, DateTime at, IEnumerable<string> bodies,
        string? territory, string? sector, string? channel)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>
        {
            [StatusValue] = [status],
            [NumberValue] = [number],
            // UTC ticks: the exact time, for the newest-first order and the day filters.
            [AtValue] = [DateTime.SpecifyKind(at, DateTimeKind.Utc).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [BodiesValue] = bodies.Distinct().ToList(),
        };
        if (caseId is { } id) values[CaseValue] = [id.ToString()];
        if (territory is not null) values[TerritoryValue] = [territory];
        if (sector is not null) values[SectorValue] = [sector];
        if (channel is not null) values[ChannelValue] = [channel];
        return values;
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A case's status changed: its search documents are written again (an outbox fact, saved with the change).</summary>
internal sealed record CaseSearchStale(Guid CaseId);
