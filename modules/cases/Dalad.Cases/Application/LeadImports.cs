using System.Globalization;
using System.Security.Claims;
using System.Threading.Channels;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Jobs;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Application;

/// <summary>Imports waiting for this instance's worker, by id.</summary>
internal sealed class LeadImportQueue
{
    private readonly Channel<Guid> _ids = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Names this host instance in an import's claim.</summary>
    public string InstanceId { get; } = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..6];

    public void Enqueue(Guid importId) => _ids.Writer.TryWrite(importId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _ids.Reader.ReadAllAsync(ct);
}

/// <summary>Runs queued imports one at a time, in the background, as the user who uploaded them.</summary>
internal sealed class LeadImportWorker(LeadImportQueue queue, IServiceScopeFactory scopes, ILogger<LeadImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var importId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LeadImporter>().RunAsync(importId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Lead import {ImportId} failed", importId);
            }
        }
    }
}

/// <summary>
/// Turns each row of a work-order workbook into a lead through <see cref="LeadIntake"/>, so a row is validated, routed,
/// deduplicated and linked exactly as a lead posted to the API. Each row is saved on its own: an import interrupted by
/// a restart is resumed at start, and rows already imported then report as duplicates, never as second leads.
/// </summary>
internal sealed class LeadImporter(
    CasesDbContext db,
    LeadImportQueue queue,
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    IClock clock,
    ILogger<LeadImporter> logger)
{
    /// <summary>How long a claim holds without renewal; each row renews it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task RunAsync(Guid importId, CancellationToken ct)
    {
        // Claimed with a conditional update, so an import queued on two instances (a resume) runs on one.
        var now = clock.UtcNow;
        var lockedUntil = now + Lease;
        var claimed = await db.Imports
            .Where(i => i.Id == importId && (i.Status == ImportStatuses.Queued || i.Status == ImportStatuses.Running) && (i.LockedUntil == null || i.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LockedBy, queue.InstanceId).SetProperty(i => i.LockedUntil, lockedUntil), ct);
        if (claimed != 1) return;
        var import = await db.Imports.FirstAsync(i => i.Id == importId, ct);

        // Leads and audit entries record the uploader, and the report's reasons are in the uploader's language.
        http.HttpContext = new DefaultHttpContext { User = Uploader(import) };
        var culture = CultureInfo.GetCultureInfo(import.Culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

        IReadOnlyList<WorkOrderWorkbook.Row> rows;
        try
        {
            rows = WorkOrderWorkbook.Read(import.Content).Rows;
        }
        catch (InvalidDataException)
        {
            await FinishAsync(import, ImportStatuses.Failed, "Import:Unreadable", ct);
            return;
        }
        catch (Dalad.Platform.Web.BusinessException refused)
        {
            // Too large to import (checked at upload too; this guards imports queued before the limits existed).
            await FinishAsync(import, ImportStatuses.Failed, refused.MessageKey, ct, refused.Arguments);
            return;
        }

        // Resuming: rows reported before the restart are not done again.
        var done = (await db.ImportRows.Where(r => r.ImportId == importId).Select(r => r.RowNumber).ToListAsync(ct)).ToHashSet();
        import.Status = ImportStatuses.Running;
        import.Total = rows.Count;
        import.Processed = done.Count;
        await db.SaveChangesAsync(ct);

        foreach (var row in rows.Where(r => !done.Contains(r.Number)))
        {
            var report = await ImportRowAsync(importId, row, ct);
            db.ImportRows.Add(report);
            import.Processed++;
            import.LockedUntil = clock.UtcNow + Lease;
            switch (report.Outcome)
            {
                case ImportOutcomes.Imported: import.Imported++; break;
                case ImportOutcomes.Linked: import.Linked++; break;
                case ImportOutcomes.Duplicate: import.Duplicates++; break;
                default: import.Rejected++; break;
            }
            await db.SaveChangesAsync(ct);
        }

        await FinishAsync(import, ImportStatuses.Completed, null, ct);
        logger.LogInformation("Lead import {ImportId} completed: {Imported} imported, {Linked} linked, {Duplicates} duplicates, {Rejected} rejected",
            importId, import.Imported, import.Linked, import.Duplicates, import.Rejected);
    }

    private async Task<LeadImportRow> ImportRowAsync(Guid importId, WorkOrderWorkbook.Row row, CancellationToken ct)
    {
        var ticket = WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.TicketNumber]);
        var report = new LeadImportRow { ImportId = importId, RowNumber = row.Number, TicketNumber = ticket?.Length > Lead.MaxTicketNumberLength ? ticket[..Lead.MaxTicketNumberLength] : ticket, Outcome = ImportOutcomes.Rejected };

        // Each row in its own scope: a failing row leaves nothing half-tracked for the next.
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var system = services.GetRequiredService<DataScope>().BeginSystemScope();
        var l = services.GetRequiredService<IStringLocalizer>();

        var (request, problems) = ToRequest(row, l);
        if (request is not null)
        {
            var validation = await services.GetRequiredService<IValidator<CreateLeadRequest>>().ValidateAsync(request, ct);
            problems.AddRange(validation.Errors.Select(e => e.ErrorMessage));
        }
        if (problems.Count > 0 || request is null)
        {
            report.Reason = Truncate(string.Join("；", problems));
            return report;
        }

        try
        {
            var result = await services.GetRequiredService<LeadIntake>().RegisterAsync(request, importId, ct);
            report.LeadId = result.Lead.Id;
            (report.Outcome, report.Reason) = result.Outcome switch
            {
                IntakeOutcome.Created => (ImportOutcomes.Imported, null),
                IntakeOutcome.Linked => (ImportOutcomes.Linked, l["Import:Linked", result.RepeatOf!.TicketNumber].Value),
                _ => (ImportOutcomes.Duplicate, l["Import:Duplicate"].Value),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Lead import {ImportId}: row {Row} failed", importId, row.Number);
            report.Reason = l["Import:RowFailed"].Value;
        }
        return report;
    }

    /// <summary>The row as a lead request on the 12345 channel; problems that are about the cell's type, not its value.</summary>
    private (CreateLeadRequest? Request, List<string> Problems) ToRequest(WorkOrderWorkbook.Row row, IStringLocalizer l)
    {
        var problems = new List<string>();

        DateTimeOffset? receivedAt = null;
        switch (row[WorkOrderWorkbook.ReceivedAt])
        {
            case null: break;
            case DateTime time when time.Year is >= 1900 and <= 9000: receivedAt = BeijingMoment(time); break;
            case double serial when serial is > 0 and < 2_500_000: receivedAt = BeijingMoment(DateTime.FromOADate(serial)); break;
            case var other when DateTime.TryParse(WorkOrderWorkbook.AsText(other), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                                && parsed.Year is >= 1900 and <= 9000:
                receivedAt = BeijingMoment(parsed);
                break;
            default: problems.Add(l["Import:ReceivedAtInvalid"]); break;
        }

        int? workerCount = null;
        if (WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.WorkerCount]) is { } countText)
        {
            if (int.TryParse(countText.TrimEnd('人'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)) workerCount = count;
            else problems.Add(l["Import:WorkerCountInvalid"]);
        }

        decimal? amount = null;
        if (WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.AmountOwed]) is { } amountText)
        {
            if (ParseYuan(amountText) is { } yuan) amount = yuan;
            else problems.Add(l["Import:AmountInvalid"]);
        }

        // An 18-digit number typed into a number cell has lost its last digits: the ID must be entered as text.
        var idCell = row[WorkOrderWorkbook.IdCardNumber];
        if (idCell is double) problems.Add(l["Import:IdCardNotText"]);

        var request = new CreateLeadRequest(
            LeadChannels.Hotline12345,
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.TicketNumber]),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.Text]),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.Address]),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.ComplainantName]),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.Phone]),
            idCell is double ? null : WorkOrderWorkbook.AsText(idCell),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.Employer]),
            WorkOrderWorkbook.AsText(row[WorkOrderWorkbook.Project]),
            workerCount,
            amount,
            receivedAt);
        return (request, problems);
    }

    /// <summary>3200, "3,200", "3200元", "3.2万", "3.2万元".</summary>
    internal static decimal? ParseYuan(string text)
    {
        var s = text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        if (s.EndsWith('元')) s = s[..^1].Trim();
        var factor = 1m;
        if (s.EndsWith('万'))
        {
            factor = 10_000m;
            s = s[..^1].Trim();
        }
        return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value * factor : null;
    }

    /// <summary>Work orders give Beijing wall-clock times.</summary>
    private static DateTimeOffset BeijingMoment(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, BeijingTime.Zone.GetUtcOffset(local));
    }

    private async Task FinishAsync(LeadImport import, string status, string? errorKey, CancellationToken ct, params object[] arguments)
    {
        import.Status = status;
        import.FinishedAt = clock.UtcNow;
        import.LockedBy = null;
        import.LockedUntil = null;
        if (errorKey is not null)
        {
            using var scope = scopes.CreateScope();
            import.Error = scope.ServiceProvider.GetRequiredService<IStringLocalizer>()[errorKey, arguments].Value;
        }
        await db.SaveChangesAsync(ct);
    }

    private static ClaimsPrincipal Uploader(LeadImport import) => new(new ClaimsIdentity(
        [
            new Claim(DaladClaimTypes.Subject, import.RequestedByUserId?.ToString() ?? ""),
            new Claim(DaladClaimTypes.Name, import.CreatedBy ?? ""),
        ],
        authenticationType: "LeadImport", nameType: DaladClaimTypes.Name, roleType: DaladClaimTypes.Role));

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}

/// <summary>
/// Picks up imports that no instance is running: queued ones whose instance stopped before starting them, and running
/// ones whose instance stopped midway (their claim expired). Runs once across instances, every minute.
/// </summary>
internal sealed class ResumeLeadImportsJob(CasesDbContext db, LeadImportQueue queue, IClock clock) : IRecurringJob
{
    public string Name => "cases.resume-lead-imports";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        // A queued import younger than a minute is still on its way through its instance's queue.
        var queuedBefore = now.AddMinutes(-1);
        var orphans = await db.Imports
            .Where(i => (i.Status == ImportStatuses.Queued && i.LockedUntil == null && i.CreatedAt < queuedBefore)
                || ((i.Status == ImportStatuses.Queued || i.Status == ImportStatuses.Running) && i.LockedUntil != null && i.LockedUntil < now))
            .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in orphans) queue.Enqueue(id);
    }
}

/// <summary>Stores an accepted work-order file and queues it for the background importer.</summary>
internal sealed class LeadImportRequests(CasesDbContext db, LeadImportQueue queue, Dalad.Platform.Security.ICurrentUser user)
{
    public async Task<Guid> StartAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var import = new LeadImport
        {
            FileName = Path.GetFileName(fileName) is { Length: <= 256 } name ? name : "import.xlsx",
            Content = content,
            Culture = System.Globalization.CultureInfo.CurrentUICulture.Name is { Length: > 0 } culture ? culture : "zh-Hans",
            RequestedByUserId = user.Id,
        };
        db.Imports.Add(import);
        await db.SaveChangesAsync(ct);
        queue.Enqueue(import.Id);
        return import.Id;
    }
}
