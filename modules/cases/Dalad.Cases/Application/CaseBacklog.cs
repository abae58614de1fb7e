using System.Text.Encodings.Web;
using System.Text.Json;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Application;

/// <summary><see cref="ICaseBacklogFacts"/>: a case's age, reopenings and petitions, for any case number (counts only).</summary>
internal sealed class CaseBacklogFacts(CasesDbContext db) : ICaseBacklogFacts
{
    public async Task<CaseBacklogFactsDto?> FindAsync(string caseNumber, CancellationToken ct = default)
    {
        var number = caseNumber.Trim();
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(x => x.Number == number)
            .Select(x => new { x.Id, x.Number, x.Status, x.OpenedAt, x.ClosedAt, x.ReopenCount }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var petitions = await db.Leads.IgnoreQueryFilters().CountAsync(l => l.CaseId == c.Id, ct);
        return new CaseBacklogFactsDto(c.Id, c.Number, c.Status, c.OpenedAt, c.ClosedAt, c.ReopenCount, petitions);
    }
}

/// <summary>Adds a backlog fact (flagged, routed, outcome) to the case's timeline, once per fact whatever the retries.</summary>
internal sealed class CaseBacklogTimelineHandler(CasesDbContext db, ILogger<CaseBacklogTimelineHandler> logger) : IOutboxHandler<CaseBacklogNoted>
{
    /// <summary>The outbox handler's name, stored with every message: keep it stable.</summary>
    public const string Name = "cases.backlog-timeline";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(CaseBacklogNoted noted, CancellationToken cancellationToken)
    {
        if (!CaseBacklogKinds.All.Contains(noted.Kind))
        {
            logger.LogWarning("Backlog fact of unknown kind {Kind} on case {Number} is dropped", noted.Kind, noted.CaseNumber);
            return;
        }
        if (!await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == noted.CaseId, cancellationToken))
        {
            logger.LogWarning("Backlog fact for a case that no longer exists ({Number}) is dropped", noted.CaseNumber);
            return;
        }
        // The fact's id is the last argument (the texts use the first ones): it makes a second delivery a no-op.
        var arguments = JsonSerializer.Serialize(noted.Arguments.Append(noted.NoteId.ToString("N")).ToArray(), Json);
        if (await db.Events.IgnoreQueryFilters().AnyAsync(e => e.CaseId == noted.CaseId && e.Type == noted.Kind && e.Arguments == arguments, cancellationToken)) return;
        db.Events.Add(new CaseEvent { CaseId = noted.CaseId, Type = noted.Kind, Arguments = arguments });
        await db.SaveChangesAsync(cancellationToken);
    }
}
