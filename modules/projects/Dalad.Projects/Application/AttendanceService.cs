using System.Globalization;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Projects.Application;

/// <summary>What an import answers: its result, or the Chinese error of each bad row (then nothing was stored).</summary>
internal sealed record ImportOutcome<T>(T? Result, IReadOnlyList<ImportRowErrorDto> Errors);

/// <summary>
/// Real-name workers, attendance from site terminals and the month's pay, and the comparison of the two per worker
/// and month. Imports are all or nothing: one bad row rejects the file with every row's error.
/// </summary>
internal sealed class AttendanceService(ProjectsDbContext db, WarningEvaluator evaluator, IClock clock, IStringLocalizer l)
{
    public const int MaxRows = 100_000;

    public async Task<WorkerDto> AddWorkerAsync(Guid projectId, WorkerInput input, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        if (!IdNumbers.IsValid(input.IdNumber)) throw new BusinessException("Projects:InvalidIdNumber");
        var id = IdNumbers.Normalize(input.IdNumber!);
        if (await db.Workers.AnyAsync(w => w.ProjectId == project && w.IdNumber == id, ct))
            throw new BusinessException("Projects:WorkerExists", IdNumbers.Mask(id)) { StatusCode = StatusCodes.Status409Conflict };
        var worker = new Worker { ProjectId = project, Name = input.Name!.Trim(), IdNumber = id, Team = Optional(input.Team), Subcontractor = Optional(input.Subcontractor) };
        db.Workers.Add(worker);
        await db.SaveChangesAsync(ct);
        return ToDto(worker);
    }

    public async Task<IReadOnlyList<WorkerDto>> WorkersAsync(Guid projectId, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        return (await db.Workers.AsNoTracking().Where(w => w.ProjectId == project).OrderBy(w => w.Name).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<ImportOutcome<AttendanceImportResultDto>> ImportAttendanceAsync(Guid projectId, AttendanceImportRequest request, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        var rows = request.Rows ?? [];
        if (rows.Count == 0) throw new BusinessException("Projects:EmptyImport");
        if (rows.Count > MaxRows) throw new BusinessException("Projects:TooManyRows", MaxRows);
        var workers = await WorkerIdsAsync(project, ct);
        var errors = new List<ImportRowErrorDto>();
        var records = new List<AttendanceRecord>(rows.Count);
        var latest = clock.UtcNow.AddMinutes(5);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var problems = new List<string>();
            var device = row.DeviceId?.Trim();
            if (string.IsNullOrEmpty(device) || device.Length > 64) problems.Add(l["Projects:Row:DeviceId"]);
            Guid workerId = default;
            if (!IdNumbers.IsValid(row.IdNumber)) problems.Add(l["Projects:Row:IdNumber"]);
            else if (!workers.TryGetValue(IdNumbers.Normalize(row.IdNumber!), out workerId)) problems.Add(l["Projects:Row:UnknownWorker", IdNumbers.Mask(IdNumbers.Normalize(row.IdNumber!))]);
            if (row.Time is not { } time) problems.Add(l["Projects:Row:Time"]);
            else if (time.UtcDateTime > latest) problems.Add(l["Projects:Row:TimeInFuture"]);
            if (problems.Count > 0)
            {
                errors.Add(new ImportRowErrorDto(i + 1, string.Join("；", problems)));
                continue;
            }
            var utc = row.Time!.Value.UtcDateTime;
            var date = DateOnly.FromDateTime(BeijingTime.FromUtc(utc).DateTime);
            records.Add(new AttendanceRecord
            {
                ProjectId = project, WorkerId = workerId, DeviceId = device!, Time = utc, Date = date, Month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            });
        }
        if (errors.Count > 0) return new(null, errors);

        // Idempotent: what an earlier import stored, and repeats inside this one, are counted, not stored again.
        var from = records.Min(r => r.Time);
        var to = records.Max(r => r.Time);
        var known = (await db.Attendance.AsNoTracking().Where(a => a.ProjectId == project && a.Time >= from && a.Time <= to)
                .Select(a => new { a.DeviceId, a.WorkerId, a.Time }).ToListAsync(ct))
            .Select(a => (a.DeviceId, a.WorkerId, a.Time)).ToHashSet();
        var fresh = records.Where(r => known.Add((r.DeviceId, r.WorkerId, r.Time))).ToList();
        db.Attendance.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        await evaluator.EvaluateAsync(project, ct);
        return new(new AttendanceImportResultDto(fresh.Count, records.Count - fresh.Count), []);
    }

    public async Task<ImportOutcome<PaymentImportResultDto>> ImportPaymentsAsync(Guid projectId, PaymentImportRequest request, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        if (!DateOnly.TryParseExact((request.Month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new BusinessException("Projects:InvalidMonth");
        var month = request.Month!;
        var rows = request.Rows ?? [];
        if (rows.Count == 0) throw new BusinessException("Projects:EmptyImport");
        if (rows.Count > MaxRows) throw new BusinessException("Projects:TooManyRows", MaxRows);
        var workers = await WorkerIdsAsync(project, ct);
        var errors = new List<ImportRowErrorDto>();
        var paid = new Dictionary<Guid, PaymentRowInput>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var problems = new List<string>();
            Guid workerId = default;
            if (!IdNumbers.IsValid(row.IdNumber)) problems.Add(l["Projects:Row:IdNumber"]);
            else if (!workers.TryGetValue(IdNumbers.Normalize(row.IdNumber!), out workerId)) problems.Add(l["Projects:Row:UnknownWorker", IdNumbers.Mask(IdNumbers.Normalize(row.IdNumber!))]);
            else if (paid.ContainsKey(workerId)) problems.Add(l["Projects:Row:DuplicateWorker"]);
            if (row.DaysPaid is not (>= 0 and <= 31)) problems.Add(l["Projects:Row:DaysPaid"]);
            if (row.Amount is not { } amount || amount < 0 || amount >= 100_000_000m || decimal.Round(amount, 2) != amount) problems.Add(l["Projects:Row:Amount"]);
            if (row.PaidOn is not { } on) problems.Add(l["Projects:Row:PaidOn"]);
            else if (on > evaluator.Today) problems.Add(l["Projects:Row:PaidOnInFuture"]);
            if (problems.Count > 0) errors.Add(new ImportRowErrorDto(i + 1, string.Join("；", problems)));
            else paid[workerId] = row;
        }
        if (errors.Count > 0) return new(null, errors);

        var ids = paid.Keys.ToList();
        var existing = await db.Payments.Where(p => p.Month == month && ids.Contains(p.WorkerId)).ToDictionaryAsync(p => p.WorkerId, ct);
        foreach (var (workerId, row) in paid)
        {
            if (!existing.TryGetValue(workerId, out var record))
                db.Payments.Add(record = new PayRecord { ProjectId = project, WorkerId = workerId, Month = month });
            record.DaysPaid = row.DaysPaid!.Value;
            record.Amount = row.Amount!.Value;
            record.PaidOn = row.PaidOn!.Value;
        }
        await db.SaveChangesAsync(ct);
        await evaluator.EvaluateAsync(project, ct);
        return new(new PaymentImportResultDto(paid.Count), []);
    }

    public async Task<IReadOnlyList<WorkerMonthDto>> PayAgainstAttendanceAsync(Guid projectId, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        var months = (await evaluator.PayFactsAsync([project], ct)).GetValueOrDefault(project) ?? [];
        var amounts = await db.Payments.AsNoTracking().Where(p => p.ProjectId == project)
            .Select(p => new { p.WorkerId, p.Month, p.Amount }).ToListAsync(ct);
        return months.OrderBy(m => m.Month).ThenBy(m => m.Worker)
            .Select(m => new WorkerMonthDto(m.WorkerId, m.Worker, m.Month, m.DaysWorked, m.DaysPaid,
                amounts.Where(a => a.WorkerId == m.WorkerId && a.Month == m.Month).Sum(a => a.Amount))).ToList();
    }

    /// <summary>The project's id when the caller may see it (the query filter), else 404.</summary>
    private async Task<Guid> RequireProjectAsync(Guid id, CancellationToken ct) =>
        await db.Projects.AnyAsync(p => p.Id == id, ct) ? id : throw new EntityNotFoundException(nameof(Project), id);

    private async Task<Dictionary<string, Guid>> WorkerIdsAsync(Guid project, CancellationToken ct) =>
        await db.Workers.AsNoTracking().Where(w => w.ProjectId == project).ToDictionaryAsync(w => w.IdNumber, w => w.Id, ct);

    private static WorkerDto ToDto(Worker w) => new(w.Id, w.Name, IdNumbers.Mask(w.IdNumber), w.Team, w.Subcontractor);

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
