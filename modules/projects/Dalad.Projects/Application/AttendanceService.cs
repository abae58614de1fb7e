using System.Globalization;
using Dalad.Platform.PersonalData;
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
/// A row to import: its number (the JSON array's 1-based index, or the file's row), the values, and the cells of a file
/// that were present but could not be read (field name → the text as written), each reported as the row's error.
/// </summary>
internal sealed record ImportRow<T>(int Number, T Row, IReadOnlyDictionary<string, string>? Unreadable = null)
{
    public string? Bad(string field) => Unreadable?.GetValueOrDefault(field);
}

/// <summary>
/// Real-name workers, attendance from site terminals and the month's pay, and the comparison of the two per worker
/// and month. Imports are all or nothing: one bad row rejects the file with every row's error.
/// </summary>
internal sealed class AttendanceService(ProjectsDbContext db, WarningEvaluator evaluator, IClock clock, IStringLocalizer l)
{
    private DateOnly Today => evaluator.Today;

    public const int MaxRows = 100_000;

    public async Task<WorkerDto> AddWorkerAsync(Guid projectId, WorkerInput input, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        if (!ChineseIdCard.IsValid(input.IdNumber, Today)) throw new BusinessException("Projects:InvalidIdNumber");
        var id = ChineseIdCard.Normalize(input.IdNumber!);
        if (await db.Workers.AnyAsync(w => w.ProjectId == project && w.IdNumber == id, ct))
            throw new BusinessException("Projects:WorkerExists", ChineseIdCard.Mask(id)) { StatusCode = StatusCodes.Status409Conflict };
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

    public Task<ImportOutcome<AttendanceImportResultDto>> ImportAttendanceAsync(Guid projectId, AttendanceImportRequest request, CancellationToken ct) =>
        ImportAttendanceAsync(projectId, (request.Rows ?? []).Select((r, i) => new ImportRow<AttendanceRowInput>(i + 1, r)).ToList(), ct);

    /// <summary>An attendance file (.csv or .xlsx: 设备编号, 身份证号, 打卡时间), imported as the JSON rows are.</summary>
    public async Task<ImportOutcome<AttendanceImportResultDto>> ImportAttendanceFileAsync(Guid projectId, string fileName, byte[] content, CancellationToken ct)
    {
        await RequireProjectAsync(projectId, ct);
        var rows = ImportFiles.Read(fileName, content, ImportFiles.AttendanceColumns, MaxRows).Select(r =>
        {
            var time = ImportFiles.ParseTime(r[ImportFiles.Time]);
            var unreadable = time is null && r[ImportFiles.Time] is { } raw ? new Dictionary<string, string> { ["time"] = ImportFiles.Text(raw) ?? "" } : null;
            return new ImportRow<AttendanceRowInput>(r.Number, new AttendanceRowInput(ImportFiles.Text(r[ImportFiles.DeviceId]), ImportFiles.Text(r[ImportFiles.IdNumber]), time), unreadable);
        }).ToList();
        return await ImportAttendanceAsync(projectId, rows, ct);
    }

    private async Task<ImportOutcome<AttendanceImportResultDto>> ImportAttendanceAsync(Guid projectId, IReadOnlyList<ImportRow<AttendanceRowInput>> rows, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        if (rows.Count == 0) throw new BusinessException("Projects:EmptyImport");
        if (rows.Count > MaxRows) throw new BusinessException("Projects:TooManyRows", MaxRows);
        var workers = await WorkerIdsAsync(project, ct);
        var errors = new List<ImportRowErrorDto>();
        var records = new List<AttendanceRecord>(rows.Count);
        var latest = clock.UtcNow.AddMinutes(5);
        foreach (var item in rows)
        {
            var (number, row) = (item.Number, item.Row);
            var problems = new List<string>();
            var device = row.DeviceId?.Trim();
            if (string.IsNullOrEmpty(device) || device.Length > 64) problems.Add(l["Projects:Row:DeviceId"]);
            Guid workerId = default;
            if (!ChineseIdCard.IsValid(row.IdNumber, Today)) problems.Add(l["Projects:Row:IdNumber"]);
            else if (!workers.TryGetValue(ChineseIdCard.Normalize(row.IdNumber!), out workerId)) problems.Add(l["Projects:Row:UnknownWorker", ChineseIdCard.Mask(ChineseIdCard.Normalize(row.IdNumber!))]);
            if (row.Time is not { } time) problems.Add(item.Bad("time") is { } raw ? l["Projects:Row:Unreadable:time", raw].Value : l["Projects:Row:Time"].Value);
            else if (time.UtcDateTime > latest) problems.Add(l["Projects:Row:TimeInFuture"]);
            if (problems.Count > 0)
            {
                errors.Add(new ImportRowErrorDto(number, string.Join("；", problems)));
                continue;
            }
            var utc = row.Time!.Value.UtcDateTime;
            var date = DateOnly.FromDateTime(BeijingTime.FromUtc(utc).DateTime);
            records.Add(new AttendanceRecord
            {
                Id = Guid.CreateVersion7(), ProjectId = project, WorkerId = workerId, DeviceId = device!, Time = utc, Date = date, Month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            });
        }
        if (errors.Count > 0) return new(null, errors);

        // Idempotent: what an earlier import stored, and repeats inside this one, are counted, not stored again (the
        // unique index decides, in bulk: see AttendanceWriter).
        var inserted = await AttendanceWriter.WriteAsync(db, records, ct);
        await evaluator.EvaluateAsync(project, ct);
        return new(new AttendanceImportResultDto(inserted, records.Count - inserted), []);
    }

    public Task<ImportOutcome<PaymentImportResultDto>> ImportPaymentsAsync(Guid projectId, PaymentImportRequest request, CancellationToken ct) =>
        ImportPaymentsAsync(projectId, request.Month, (request.Rows ?? []).Select((r, i) => new ImportRow<PaymentRowInput>(i + 1, r)).ToList(), ct);

    /// <summary>The bank's payment file (.csv or .xlsx: 身份证号, 发放天数, 实发金额, 发放日期) for a month, imported as the JSON rows are.</summary>
    public async Task<ImportOutcome<PaymentImportResultDto>> ImportPaymentFileAsync(Guid projectId, string? month, string fileName, byte[] content, CancellationToken ct)
    {
        await RequireProjectAsync(projectId, ct);
        CheckMonth(month);
        var rows = ImportFiles.Read(fileName, content, ImportFiles.PaymentColumns, MaxRows).Select(r =>
        {
            var unreadable = new Dictionary<string, string>();
            T? Parse<T>(string header, string field, Func<object?, T?> parse) where T : struct
            {
                var value = parse(r[header]);
                if (value is null && r[header] is { } raw) unreadable[field] = ImportFiles.Text(raw) ?? "";
                return value;
            }
            var row = new PaymentRowInput(ImportFiles.Text(r[ImportFiles.IdNumber]), Parse(ImportFiles.DaysPaid, "daysPaid", ImportFiles.ParseInt),
                Parse(ImportFiles.Amount, "amount", ImportFiles.ParseDecimal), Parse(ImportFiles.PaidOn, "paidOn", ImportFiles.ParseDate));
            return new ImportRow<PaymentRowInput>(r.Number, row, unreadable);
        }).ToList();
        return await ImportPaymentsAsync(projectId, month, rows, ct);
    }

    private static void CheckMonth(string? month)
    {
        if (!DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new BusinessException("Projects:InvalidMonth");
    }

    private async Task<ImportOutcome<PaymentImportResultDto>> ImportPaymentsAsync(Guid projectId, string? requestMonth, IReadOnlyList<ImportRow<PaymentRowInput>> rows, CancellationToken ct)
    {
        var project = await RequireProjectAsync(projectId, ct);
        CheckMonth(requestMonth);
        var month = requestMonth!;
        if (rows.Count == 0) throw new BusinessException("Projects:EmptyImport");
        if (rows.Count > MaxRows) throw new BusinessException("Projects:TooManyRows", MaxRows);
        var workers = await WorkerIdsAsync(project, ct);
        var errors = new List<ImportRowErrorDto>();
        var paid = new Dictionary<Guid, PaymentRowInput>();
        foreach (var item in rows)
        {
            var row = item.Row;
            var problems = new List<string>();
            Guid workerId = default;
            if (!ChineseIdCard.IsValid(row.IdNumber, Today)) problems.Add(l["Projects:Row:IdNumber"]);
            else if (!workers.TryGetValue(ChineseIdCard.Normalize(row.IdNumber!), out workerId)) problems.Add(l["Projects:Row:UnknownWorker", ChineseIdCard.Mask(ChineseIdCard.Normalize(row.IdNumber!))]);
            else if (paid.ContainsKey(workerId)) problems.Add(l["Projects:Row:DuplicateWorker"]);
            if (row.DaysPaid is not (>= 0 and <= 31)) problems.Add(Unreadable("daysPaid") ?? l["Projects:Row:DaysPaid"]);
            if (row.Amount is not { } amount || amount < 0 || amount >= 100_000_000m || decimal.Round(amount, 2) != amount) problems.Add(Unreadable("amount") ?? l["Projects:Row:Amount"]);
            if (row.PaidOn is not { } on) problems.Add(Unreadable("paidOn") ?? l["Projects:Row:PaidOn"]);
            else if (on > evaluator.Today) problems.Add(l["Projects:Row:PaidOnInFuture"]);
            if (problems.Count > 0) errors.Add(new ImportRowErrorDto(item.Number, string.Join("；", problems)));
            else paid[workerId] = row;

            string? Unreadable(string field) => item.Bad(field) is { } raw ? l["Projects:Row:Unreadable:" + field, raw].Value : null;
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

    private static WorkerDto ToDto(Worker w) => new(w.Id, w.Name, ChineseIdCard.Mask(w.IdNumber), w.Team, w.Subcontractor);

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
