using Dalad.Platform.PersonalData;
using Dalad.Cases.Data;
using Dalad.Identity;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Search;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>Reads cases as the caller may see them: the query filters keep other bodies' cases out (they read as not found).</summary>
internal sealed partial class CaseQueries(CasesDbContext db, CaseClocks clocks, IStringLocalizer l, DataScope scope, IUserDirectory users, IFullTextSearch fullText)
{
    /// <summary>
    /// The public status of a case for its complainant (no personal data): only when the number, the lookup code and the
    /// phone of one of its leads all match; otherwise null, whichever was wrong.
    /// </summary>
    public async Task<PublicCaseStatusDto?> PublicStatusAsync(string caseNumber, string? phone, string? code, CancellationToken ct)
    {
        var normalizedPhone = ChinesePhone.Normalize(phone);
        var normalizedCode = CaseLookupCode.Normalize(code);
        if (normalizedPhone is null || normalizedCode is null) return null;
        using var system = scope.BeginSystemScope();
        var number = caseNumber.Trim();
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Number == number && c.LookupCode == normalizedCode && db.Leads.Any(x => x.CaseId == c.Id && x.Phone == normalizedPhone))
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new PublicCaseStatusDto(found.Number, found.Status, l["CaseStatus:" + found.Status].Value,
            CaseClocks.Beijing(found.ReceiveDueAt), CaseClocks.Beijing(found.AcceptDueAt), CaseClocks.Beijing(found.HandleDueAt), found.ResolvedAt);
    }

    /// <summary>
    /// Entries written by one save share their timestamp (opened and its corrections; a visit and the reopening it
    /// causes), and the database returns them in any order: among equal timestamps, the order things happen in.
    /// </summary>
    private static readonly string[] SameMomentOrder =
    [
        CaseEventTypes.Opened, CaseEventTypes.Corrected, CaseEventTypes.RepeatLinked, CaseEventTypes.Transferred,
        CaseEventTypes.Signed, CaseEventTypes.Accepted, CaseEventTypes.NotAccepted, CaseEventTypes.PartRecorded,
        CaseEventTypes.ExtensionRequested, CaseEventTypes.ExtensionApproved, CaseEventTypes.ExtensionRejected,
        CaseEventTypes.Resolved, CaseEventTypes.Visited, CaseEventTypes.Reopened, CaseEventTypes.Closed,
        CaseEventTypes.DueSoon, CaseEventTypes.Overdue, CaseEventTypes.SmsSent,
    ];

    /// <summary>How far the inbox counts: beyond it the answer says "more than" (<see cref="CasePage.TotalCountIsLowerBound"/>).</summary>
    public const int CountCap = 1000;

    /// <summary>
    /// How many of the full-text index's best matches the inbox's text filter reads (by relevance); when more match, the
    /// inbox shows these in its own order and says "more than" (<see cref="CasePage.TotalCountIsLowerBound"/>): narrow the words.
    /// </summary>
    public const int TextMatchCap = 1000;

    /// <summary>A whole case number (DLT-2026-000123), looked up by its unique index instead of the full-text index.</summary>
    [GeneratedRegex(@"^[A-Za-z]{2,10}-\d{4}-\d{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberPattern();

    /// <summary>
    /// The inbox, most urgent first: open steps by due time, then cases with no running step, newest first
    /// (<see cref="InboxCursor"/>). The two parts are read separately, each along its own index, so a page costs
    /// the same at the start and (with a cursor) deep down; skip/take still works for a page number.
    /// </summary>
    public async Task<CasePage> ListAsync(string? status, string? filter, string? bodyCode, int skip, int take, string? cursor, CancellationToken ct)
    {
        InboxCursor? after = null;
        if (!string.IsNullOrWhiteSpace(cursor)) after = InboxCursor.Parse(cursor) ?? throw new BusinessException("Cases:BadCursor");
        var query = db.VisibleCases();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(c => c.Assignments.Any(a => a.BodyCode == bodyCode));
        var textHadMore = false;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            if (CaseNumberPattern().IsMatch(text))
            {
                // A whole case number: its unique index, not the words of the index.
                var number = text.ToUpperInvariant();
                query = query.Where(c => c.Number == number);
            }
            else
            {
                // The words through the full-text index (scoped to the caller's bodies there too), its best matches then
                // read by primary key and ordered and paged as the inbox is; the scope above still decides.
                var matches = await fullText.MatchAsync(SearchIndexNames.Cases, text, scope.SeesAllBodies ? null : scope.BodyCodes, TextMatchCap, ct);
                var ids = matches.Matches.Select(m => m.Id).Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
                query = query.Where(c => ids.Contains(c.Id));
                textHadMore = matches.More;
            }
        }
        // "More than 1000" instead of an exact count(*) over a body's whole history.
        var counted = await query.Select(c => c.Id).Take(CountCap + 1).CountAsync(ct);

        var dated = query.Where(c => c.StepDueAt != null);
        var undated = query.Where(c => c.StepDueAt == null);
        List<Case> page;
        if (after is { DueAt: null })
            page = await Undated(undated, after).Take(take).ToListAsync(ct);
        else
        {
            var datedPage = after is null ? Dated(dated, null).Skip(skip) : Dated(dated, after);
            page = await datedPage.Take(take).ToListAsync(ct);
            if (page.Count < take)
            {
                // Past the open steps: the undated part starts after the dated one, whose size only a skip needs.
                var skipUndated = after is not null || page.Count > 0 || skip == 0 ? 0 : Math.Max(0, skip - await dated.CountAsync(ct));
                page.AddRange(await Undated(undated, null).Skip(skipUndated).Take(take - page.Count).ToListAsync(ct));
            }
        }
        var next = page.Count == take ? InboxCursor.After(page[^1]).ToString() : null;
        return new CasePage(Math.Min(counted, CountCap), await ToDtosAsync(page, ct), counted > CountCap || textHadMore, next);
    }

    private static IQueryable<Case> Dated(IQueryable<Case> query, InboxCursor? after)
    {
        if (after is { DueAt: { } due })
            query = query.Where(c => c.StepDueAt >= due && (c.StepDueAt > due
                || (c.OpenedAt < after.OpenedAt || (c.OpenedAt == after.OpenedAt && c.Sequence < after.Sequence))));
        return query.Include(c => c.Assignments).OrderBy(c => c.StepDueAt).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Sequence).AsSingleQuery();
    }

    private static IQueryable<Case> Undated(IQueryable<Case> query, InboxCursor? after)
    {
        if (after is not null)
            query = query.Where(c => c.OpenedAt <= after.OpenedAt && (c.OpenedAt < after.OpenedAt || c.Sequence < after.Sequence));
        return query.Include(c => c.Assignments).OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Sequence).AsSingleQuery();
    }

    public async Task<CaseDetailDto> GetDetailAsync(Guid id, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Assignments).Include(c => c.Transfers).Include(c => c.Events)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Case), id);
        // The case is visible, so all of its leads are (the lead filter admits its owners).
        var leads = await db.Leads.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.ReceivedAt).ToListAsync(ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var primaryText = leads.FirstOrDefault(x => x.Id == found.PrimaryLeadId)?.Text;
        var visits = await db.Visits.AsNoTracking().Where(v => v.CaseId == id).OrderBy(v => v.CreatedAt).ToListAsync(ct);
        var actors = await ActorsAsync(found, ct);
        return new CaseDetailDto(
            found.ToDto(leads.Count) with { Clock = clocks.For(found) },
            // Masked for everyone, holders of Dalad.PersonalData too: full numbers only through DisclosePersonalDataAsync.
            leads.Select(x => x.ToDto(fullPersonalData: false)).ToList(),
            found.Transfers.OrderBy(t => t.CreatedAt).Select(t => t.ToDto()).ToList(),
            corrections.Select(c => c.ToDto(found.Number, primaryText)).ToList(),
            found.Events.OrderBy(e => e.CreatedAt).ThenBy(e => Array.IndexOf(SameMomentOrder, e.Type))
                .Select(e => Event(e, actors)).ToList(),
            Workflow(found, visits));
    }

    /// <summary>
    /// The full numbers of one case's complainants (its leads), for a holder of Dalad.PersonalData who gives a reason:
    /// written to the audit log by <see cref="PersonalDataDisclosure"/> before anything is returned.
    /// </summary>
    public async Task<CasePersonalDataDto> DisclosePersonalDataAsync(Guid id, string? reason, PersonalDataDisclosure disclosure, CancellationToken ct)
    {
        var why = PersonalDataDisclosure.CheckReason(reason);
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Case), id);
        var leads = await db.Leads.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.ReceivedAt).ToListAsync(ct);
        await disclosure.RecordAsync(nameof(Case), found.Id, why, leads.Select(x => x.Id).ToList(), ct);
        return new CasePersonalDataDto(found.Id, found.Number, leads.Select(x => new LeadPersonalDataDto(x.Id, x.Phone, x.IdCardNumber)).ToList());
    }

    private CaseEventDto Event(CaseEvent e, IReadOnlyDictionary<string, (string Name, string? BodyCode)> actors) =>
        e.CreatedBy is { } who && actors.TryGetValue(who, out var actor)
            ? new CaseEventDto(e.CreatedAt, e.Type, e.CreatedBy, Describe(e), actor.Name, actor.BodyCode)
            : new CaseEventDto(e.CreatedAt, e.Type, e.CreatedBy, Describe(e), e.CreatedBy);

    /// <summary>The people of the timeline by login name: their name and the body they acted for.</summary>
    private async Task<IReadOnlyDictionary<string, (string Name, string? BodyCode)>> ActorsAsync(Case c, CancellationToken ct)
    {
        var names = c.Events.Select(e => e.CreatedBy).OfType<string>().Distinct().ToList();
        if (names.Count == 0) return new Dictionary<string, (string, string?)>();
        var owners = c.Assignments.Select(a => a.BodyCode).ToHashSet();
        return (await users.FindByUserNamesAsync(names, ct)).ToDictionary(
            u => u.UserName,
            u => (string.IsNullOrWhiteSpace(u.Name) ? u.UserName : u.Name!, u.BodyCodes.FirstOrDefault(owners.Contains) ?? (u.BodyCodes.Count > 0 ? u.BodyCodes[0] : null)),
            StringComparer.Ordinal);
    }

    private CaseWorkflowDto Workflow(Case c, List<CaseVisit> visits)
    {
        var lead = c.Assignments.Single(a => a.Role == c.LeadRole);
        var assist = c.Assignments.Single(a => a.Role != c.LeadRole);
        var open = CaseStatuses.IsOpen(c.Status);
        return new CaseWorkflowDto(
            c.LeadRole, lead.BodyCode, assist.BodyCode, c.Step, CaseClocks.Beijing(c.StepDueAt), open ? clocks.WorkingDaysLeft(c.StepDueAt) : null, c.DeadlineState,
            CaseClocks.Beijing(c.ReceiveDueAt), CaseClocks.Beijing(c.AcceptDueAt), CaseClocks.Beijing(c.HandleDueAt), CaseClocks.Beijing(c.VisitDueAt),
            c.SignedAt, c.DecidedAt, c.Opinion, c.ResolvedAt, c.Result, c.AmountRecovered, c.ClosedAt,
            c.Assignments.OrderBy(a => a.Role == c.LeadRole ? 0 : 1).Select(a => new CasePartDto(a.Role, a.BodyCode, a.Role == c.LeadRole, a.PartText, a.PartRecordedAt)).ToList(),
            c.ExtensionStatus is null ? null : new CaseExtensionDto(c.ExtensionStatus, c.ExtensionReason ?? "", c.ExtensionRequestedBy, c.ExtensionRequestedAt ?? default, c.ExtensionDecidedBy, c.ExtensionDecidedAt, c.ExtensionRemarks),
            visits.Select(v => new CaseVisitDto(v.Id, v.Satisfied, v.Remarks, v.ResolvedByBodyCode, v.CreatedAt, v.CreatedBy)).ToList(),
            c.PossiblyFalseClosure, c.ReopenCount, c.NextActions());
    }

    /// <summary>The SMS log of a case the caller sees (the case filter decides; another body reads not found).</summary>
    public async Task<IReadOnlyList<SmsLogDto>> SmsAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) throw new EntityNotFoundException(nameof(Case), id);
        return await db.SmsLogs.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.SentAt)
            .Select(s => new SmsLogDto(s.Id, s.Template, s.MaskedPhone, s.Text, s.SentAt, s.GatewayMessageId)).ToListAsync(ct);
    }

    /// <summary>The board's lists: overdue cases and cases due within a working day (the <c>list</c> parameter).</summary>
    public static class BoardLists
    {
        public const string Overdue = "overdue";
        public const string DueSoon = "due-soon";
    }

    /// <summary>How many rows a page of the board or of the reminders holds unless the caller asks for fewer or more.</summary>
    public const int ListPageSize = 50;

    /// <summary>
    /// Overdue cases (as the deadline job marked them) most overdue first, and cases due within a working day, a page of
    /// each (most overdue first is earliest due first: both read along <c>IX_Cases_Board</c> by due time then id) with a
    /// count that stops at <see cref="CountCap"/>. Without <paramref name="list"/>: the first page of both lists and the
    /// overdue leads; with it, only that list, after <paramref name="cursor"/>.
    /// </summary>
    public async Task<CaseBoardDto> BoardAsync(string? list, string? cursor, int take, CancellationToken ct)
    {
        list = string.IsNullOrWhiteSpace(list) ? null : list.Trim();
        if (list is not null and not BoardLists.Overdue and not BoardLists.DueSoon) throw new BusinessException("Cases:BadBoardList");
        SeekCursor? after = null;
        if (!string.IsNullOrWhiteSpace(cursor))
            after = (list is null ? null : SeekCursor.Parse(cursor)) ?? throw new BusinessException("Cases:BadListCursor");

        List<OverdueCaseDto> overdue = [];
        List<CaseDto> dueSoon = [];
        (int Count, string? Next) overdueMeta = (0, null), dueSoonMeta = (0, null);
        if (list is null or BoardLists.Overdue)
        {
            var (cases, count, next) = await FlaggedPageAsync(DeadlineStates.Overdue, after, take, ct);
            var dtos = await ToDtosAsync(cases, ct);
            // The reminders of the page's steps, by the page's ids (the reminders' unique index starts with the case id).
            var ids = cases.Select(c => c.Id).ToList();
            var reminders = await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.CaseId))
                .Select(r => new { r.CaseId, r.Step, r.DueAt, r.BodyCode }).ToListAsync(ct);
            overdue = cases.Select((c, i) => new OverdueCaseDto(dtos[i], c.Step!, CaseClocks.Beijing(c.StepDueAt)!.Value, clocks.WorkingDaysOverdue(c.StepDueAt!.Value),
                reminders.Where(r => r.CaseId == c.Id && r.Step == c.Step && r.DueAt == c.StepDueAt).Select(r => r.BodyCode).Order().ToList())).ToList();
            overdueMeta = (count, next);
        }
        if (list is null or BoardLists.DueSoon)
        {
            var (cases, count, next) = await FlaggedPageAsync(DeadlineStates.DueSoon, after, take, ct);
            dueSoon = await ToDtosAsync(cases, ct);
            dueSoonMeta = (count, next);
        }
        var leads = list is null ? await OverdueLeadsAsync(ct) : [];
        return new CaseBoardDto(overdue, dueSoon, leads,
            Math.Min(overdueMeta.Count, CountCap), overdueMeta.Count > CountCap, overdueMeta.Next,
            Math.Min(dueSoonMeta.Count, CountCap), dueSoonMeta.Count > CountCap, dueSoonMeta.Next);
    }

    /// <summary>
    /// A page of the open cases in one deadline state, earliest due first, with their assignments in the same statement,
    /// and their number counted up to <see cref="CountCap"/> + 1. The scope is the inbox's (a semi-join, or none).
    /// </summary>
    private async Task<(List<Case> Page, int Count, string? Next)> FlaggedPageAsync(string state, SeekCursor? after, int take, CancellationToken ct)
    {
        // The same predicate as IX_Cases_Board's filter, so the planner can read that partial index.
        var flagged = db.VisibleCases().Where(c => c.StepDueAt != null && c.Status != CaseStatuses.Closed && c.DeadlineState == state);
        var count = await flagged.Select(c => c.Id).Take(CountCap + 1).CountAsync(ct);
        if (after is not null)
        {
            var (at, id) = (after.At, after.Id);
            // "At or after the due time, and not at or before the id": the range alone is an index condition, so the planner
            // seeks and reads on in order (an OR of two ranges made it collect and sort every later row).
            flagged = flagged.Where(c => c.StepDueAt >= at && (c.StepDueAt != at || c.Id.CompareTo(id) > 0));
        }
        var page = await flagged.OrderBy(c => c.StepDueAt).ThenBy(c => c.Id).Take(take)
            .Include(c => c.Assignments).AsSingleQuery().ToListAsync(ct);
        var next = page.Count == take ? new SeekCursor(page[^1].StepDueAt!.Value, page[^1].Id).ToString() : null;
        return (page, count, next);
    }

    /// <summary>
    /// The to-do card's badges, counted in the database over the caller's scope (the same shape as the inbox's, so the
    /// indexes serve it): flagged open cases by deadline state, and open reminders — those whose step still runs with
    /// the reminded due time. With <paramref name="bodyCode"/>: that body's cases and the reminders addressed to it.
    /// </summary>
    public async Task<CaseCountsDto> CountsAsync(string? bodyCode, CancellationToken ct)
    {
        var body = string.IsNullOrWhiteSpace(bodyCode) ? null : bodyCode.Trim();
        // One of the caller's own bodies (any body for the joint office) is its own scope: a single equality semi-join,
        // which the planner merges with the assignments' (BodyCode, CaseId) index. Another body: both, so nothing leaks.
        var cases = body is not null && (scope.SeesAllBodies || scope.BodyCodes.Contains(body))
            ? db.Cases.IgnoreQueryFilters().AsNoTracking()
            : db.VisibleCases();
        if (body is not null) cases = cases.Where(c => c.Assignments.Any(a => a.BodyCode == body));
        // Open cases with a running step only (the partial index IX_Cases_Flagged holds exactly these), one count per
        // state, each read in id order.
        var flagged = cases.Where(c => c.StepDueAt != null && c.Status != CaseStatuses.Closed);
        var overdue = await flagged.Where(c => c.DeadlineState == DeadlineStates.Overdue).CountAsync(ct);
        var dueSoon = await flagged.Where(c => c.DeadlineState == DeadlineStates.DueSoon).CountAsync(ct);
        var reminders = db.Reminders.AsNoTracking().AsQueryable();
        if (body is not null) reminders = reminders.Where(r => r.BodyCode == body);
        var open = await (from r in reminders
                          join c in cases on r.CaseId equals c.Id
                          where c.StepDueAt != null && c.Step == r.Step && c.StepDueAt == r.DueAt
                          select r.Id).CountAsync(ct);
        return new CaseCountsDto(overdue, dueSoon, open);
    }

    /// <summary>Leads the caller sees (its desk's; every desk's for the joint office) still pending past their dispatch due time.</summary>
    private async Task<IReadOnlyList<OverdueLeadDto>> OverdueLeadsAsync(CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking().Where(l => l.Status == LeadStatuses.Pending && l.DispatchOverdue)
            .OrderBy(l => l.DispatchDueAt).Take(1000)
            .Select(l => new { l.Id, l.Channel, l.TicketNumber, l.IntakeBodyCode, l.ReceivedAt, Due = l.DispatchDueAt!.Value }).ToListAsync(ct);
        var ids = leads.Select(l => l.Id).ToList();
        var reminders = await db.LeadReminders.AsNoTracking().Where(r => ids.Contains(r.LeadId)).ToListAsync(ct);
        return leads.Select(l => new OverdueLeadDto(l.Id, l.Channel, l.TicketNumber, l.IntakeBodyCode, l.ReceivedAt, CaseClocks.Beijing(l.Due)!.Value,
                clocks.WorkingDaysOverdue(l.Due), reminders.Where(r => r.LeadId == l.Id && r.DueAt == l.Due).Select(r => r.BodyCode).Order().ToList()))
            .OrderByDescending(x => x.WorkingDaysOverdue).ToList();
    }

    /// <summary>
    /// Supervision reminders (督办) on the cases the caller sees (every one for the joint office), newest first, a page at
    /// a time, with a count that stops at <see cref="CountCap"/>. The page is read along <c>SupervisionReminders(RaisedAt,
    /// Id)</c> in batches of candidates, then checked (scope and "still open") by primary key: written as one join, the
    /// planner misjudges how many reminders are still open and hashes them all.
    /// </summary>
    public async Task<SupervisionReminderPage> RemindersAsync(bool openOnly, string? cursor, int take, CancellationToken ct)
    {
        SeekCursor? after = null;
        if (!string.IsNullOrWhiteSpace(cursor)) after = SeekCursor.Parse(cursor) ?? throw new BusinessException("Cases:BadListCursor");
        var counted = await CountRemindersAsync(openOnly, ct);
        // A quarter of the candidates is enough for a body with a third of the cases; smaller bodies need larger batches.
        var (items, position, exhausted) = await ScanRemindersAsync(openOnly, after, take, take * 4, 5, ct);
        var dtos = items.Select(x => new SupervisionReminderDto(x.Id, x.CaseId, x.Number, x.BodyCode, x.Step, CaseClocks.Beijing(x.DueAt)!.Value, x.RaisedAt, x.Open)).ToList();
        // A short page (a body with few reminders among many) still says where to read on, unless the list ended.
        return new SupervisionReminderPage(dtos, Math.Min(counted, CountCap), counted > CountCap, exhausted ? null : position?.ToString());
    }

    /// <summary>
    /// How many reminders the caller sees, counted from the newest by the same candidate batches (counted in the database,
    /// not read): it stops once past <see cref="CountCap"/>.
    /// </summary>
    private async Task<int> CountRemindersAsync(bool openOnly, CancellationToken ct)
    {
        var counted = 0;
        SeekCursor? position = null;
        for (var batch = 2000; counted <= CountCap; batch = Math.Min(batch * 2, 16_000))
        {
            var keys = await ReminderKeysAfterAsync(position, batch, ct);
            if (keys.Count == 0) break;
            var ids = keys.Select(k => k.Id).ToList();
            counted += await ScopedReminders(db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id)), openOnly).CountAsync(ct);
            if (keys.Count < batch) break;
            position = keys[^1];
        }
        return counted;
    }

    /// <summary>The next <paramref name="batch"/> reminder keys after <paramref name="position"/>, newest first, read from the index alone.</summary>
    private Task<List<SeekCursor>> ReminderKeysAfterAsync(SeekCursor? position, int batch, CancellationToken ct)
    {
        var candidates = db.Reminders.AsNoTracking();
        if (position is not null)
        {
            var (at, id) = (position.At, position.Id);
            candidates = candidates.Where(r => r.RaisedAt <= at && (r.RaisedAt != at || r.Id.CompareTo(id) < 0));
        }
        return candidates.OrderByDescending(r => r.RaisedAt).ThenByDescending(r => r.Id).Take(batch)
            .Select(r => new SeekCursor(r.RaisedAt, r.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// Up to <paramref name="want"/> reminders the caller sees, newest first after <paramref name="after"/>: candidates read
    /// along <c>SupervisionReminders(RaisedAt, Id)</c> (index only), a batch at a time (each larger than the last), then
    /// checked by primary key. Returns where the scan stopped, and whether the list ended.
    /// </summary>
    private async Task<(List<ReminderRow> Rows, SeekCursor? Position, bool Exhausted)> ScanRemindersAsync(
        bool openOnly, SeekCursor? after, int want, int batch, int rounds, CancellationToken ct)
    {
        var rows = new List<ReminderRow>();
        var position = after;
        for (var round = 0; rows.Count < want && round < rounds; round++, batch = Math.Min(batch * 4, 20_000))
        {
            var keys = await ReminderKeysAfterAsync(position, batch, ct);
            var ids = keys.Select(k => k.Id).ToList();
            var found = ids.Count == 0 ? [] : (await ScopedReminders(db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id)), openOnly).ToListAsync(ct))
                .ToDictionary(x => x.Id);
            foreach (var key in keys)
            {
                position = key;
                if (found.TryGetValue(key.Id, out var row)) rows.Add(row);
                if (rows.Count == want) break;
            }
            if (keys.Count < batch && rows.Count < want) return (rows, position, true);
        }
        return (rows, position, false);
    }

    /// <summary>Reminders on the cases the caller sees (the inbox's scope), each with whether its step still runs late.</summary>
    private IQueryable<ReminderRow> ScopedReminders(IQueryable<SupervisionReminder> reminders, bool openOnly)
    {
        var rows = from r in reminders
                   join c in db.VisibleCases() on r.CaseId equals c.Id
                   select new ReminderRow
                   {
                       Id = r.Id, CaseId = r.CaseId, Number = c.Number, BodyCode = r.BodyCode, Step = r.Step, DueAt = r.DueAt,
                       RaisedAt = r.RaisedAt, Open = c.Step == r.Step && c.StepDueAt == r.DueAt,
                   };
        return openOnly ? rows.Where(x => x.Open) : rows;
    }

    private sealed class ReminderRow
    {
        public Guid Id { get; init; }
        public Guid CaseId { get; init; }
        public string Number { get; init; } = "";
        public string BodyCode { get; init; } = "";
        public string Step { get; init; } = "";
        public DateTime DueAt { get; init; }
        public DateTime RaisedAt { get; init; }
        public bool Open { get; init; }
    }

    /// <summary>Unsatisfied visits on cases the caller sees, with the count per body that resolved them.</summary>
    public async Task<FalseClosuresDto> FalseClosuresAsync(CancellationToken ct)
    {
        var rows = await (from v in db.Visits.AsNoTracking().Where(v => !v.Satisfied)
                          join c in db.Cases on v.CaseId equals c.Id
                          select new { v, c.Number }).OrderByDescending(x => x.v.CreatedAt).Take(1000).ToListAsync(ct);
        var items = rows.Select(x => new FalseClosureDto(x.v.CaseId, x.Number, x.v.ResolvedByBodyCode, x.v.Result, x.v.Remarks, x.v.CreatedAt)).ToList();
        var byBody = items.GroupBy(i => i.ResolvedByBodyCode).Select(g => new FalseClosureCountDto(g.Key, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.BodyCode).ToList();
        return new FalseClosuresDto(byBody, items);
    }

    /// <summary>Cases moved at least <paramref name="minCount"/> times, most transferred first — for the joint office.</summary>
    public async Task<IReadOnlyList<RepeatedTransferDto>> RepeatedTransfersAsync(int minCount, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.TransferCount >= minCount).Include(c => c.Assignments).Include(c => c.Transfers)
            .OrderByDescending(c => c.TransferCount).ThenByDescending(c => c.OpenedAt).Take(500).AsSplitQuery().ToListAsync(ct);
        var dtos = await ToDtosAsync(cases, ct);
        return cases.Select((c, i) => new RepeatedTransferDto(dtos[i], c.Transfers.OrderBy(t => t.CreatedAt).Select(t => t.ToDto()).ToList())).ToList();
    }

    /// <summary>Corrections of the cases the caller sees (every one for the joint office), newest first. A case's owners see its lead.</summary>
    public async Task<PagedResult<RoutingCorrectionDto>> CorrectionsAsync(string? role, int skip, int take, CancellationToken ct)
    {
        var query = from correction in db.Corrections.AsNoTracking()
                    join c in db.Cases on correction.CaseId equals c.Id
                    join lead in db.Leads on correction.LeadId equals lead.Id
                    select new { correction, c.Number, lead.Text };
        if (!string.IsNullOrWhiteSpace(role)) query = query.Where(x => x.correction.Role == role);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.correction.CreatedAt).Skip(skip).Take(take).ToListAsync(ct);
        return new PagedResult<RoutingCorrectionDto>(total, page.Select(x => x.correction.ToDto(x.Number, x.Text)).ToList());
    }

    private async Task<List<CaseDto>> ToDtosAsync(List<Case> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => c.Id).ToList();
        var leadCounts = await db.Leads.IgnoreQueryFilters().Where(x => x.CaseId != null && ids.Contains(x.CaseId.Value))
            .GroupBy(x => x.CaseId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return cases.Select(c => c.ToDto(leadCounts.GetValueOrDefault(c.Id)) with { Clock = clocks.For(c) }).ToList();
    }

    private string Describe(CaseEvent e)
    {
        var arguments = e.Arguments();
        // The first argument of these is a role, shown in the reader's language.
        if (e.Type is CaseEventTypes.Corrected or CaseEventTypes.Transferred or CaseEventTypes.PartRecorded && arguments.Length > 0) arguments[0] = l["CaseRole:" + arguments[0]].Value;
        if (e.Type is CaseEventTypes.Overdue or CaseEventTypes.DueSoon && arguments.Length > 0) arguments[0] = l["CaseStep:" + arguments[0]].Value;
        if (e.Type is CaseEventTypes.SmsSent && arguments.Length > 0) arguments[0] = l["SmsTemplate:" + arguments[0]].Value;
        // Visits store satisfied/unsatisfied (older entries hold the word itself).
        if (e.Type is CaseEventTypes.Visited && arguments.Length > 0 && arguments[0] is "satisfied" or "unsatisfied")
            arguments[0] = l[arguments[0] == "satisfied" ? "Visit:Satisfied" : "Visit:Unsatisfied"].Value;
        // 查实欠薪 without an order names the reason given instead.
        if (e.Type is CaseEventTypes.ArrearsEstablished && arguments.Length > 2 && arguments[2].Length > 0)
            arguments[2] = l["CaseEvent:arrears-established:reason", arguments[2]].Value;
        // Older extension requests stored the reason only: they were for the 15 days of the time.
        if (e.Type is CaseEventTypes.ExtensionRequested && arguments.Length == 1) arguments = [arguments[0], "15"];
        return l["CaseEvent:" + e.Type, arguments.Cast<object>().ToArray()].Value;
    }
}
