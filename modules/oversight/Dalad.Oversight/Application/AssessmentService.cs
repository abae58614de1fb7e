using System.Globalization;
using Dalad.Calendar;
using Dalad.Cases;
using Dalad.Oversight.Data;
using Dalad.Oversight.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Oversight.Application;

/// <summary>
/// The annual assessment (issue 18 item 4): gathers each member body's and township's facts of the year from the
/// cases module (<see cref="ICaseFigures"/>), the projects module (<see cref="IProjectFigures"/>: missed monthly
/// inspections, projects found off the platform) and the module's own 督办, scores them with the current rules
/// (<see cref="AssessmentScoring"/>) and stores the result with a copy of the rules. Praise and rectifications follow
/// the grades and are tracked to completion.
/// </summary>
internal sealed class AssessmentService(
    OversightDbContext db, ICaseFigures cases, IProjectFigures projects, IResponsibilityMatrix matrix, IWorkingCalendar calendar, DataScope scope, IClock clock, IStringLocalizer l)
{
    /// <summary>The kinds of body that are not assessed: the government, the joint office itself and the discipline commission.</summary>
    private static readonly string[] NotAssessed = [BodyKinds.Government, BodyKinds.Coordination, BodyKinds.Oversight];

    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<AssessmentRulesDto> GetRulesAsync(CancellationToken ct)
    {
        var current = await db.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        return current is null ? ToDto(AssessmentRules.Default, 0, null, null, null) : ToDto(current);
    }

    public async Task<IReadOnlyList<AssessmentRulesDto>> RulesHistoryAsync(CancellationToken ct) =>
        (await db.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<AssessmentRulesDto> SaveRulesAsync(AssessmentRulesInput input, CancellationToken ct)
    {
        var rules = new AssessmentRules(input.InTimeWeight!.Value, input.SatisfactionWeight!.Value, input.FalseClosurePoints!.Value,
            input.OffPlatformProjectPoints!.Value, input.MissedInspectionPoints!.Value, input.LateSupervisionPoints!.Value,
            input.ExcellentFrom!.Value, input.GoodFrom!.Value, input.PassFrom!.Value, input.RectificationWorkingDays!.Value);
        if (rules.Problems() is [var first, ..]) throw new BusinessException(first);
        var version = (await db.AssessmentRuleSets.MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var set = new AssessmentRuleSet { Version = version, Rules = rules.ToJson(), Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim() };
        db.AssessmentRuleSets.Add(set);
        await db.SaveChangesAsync(ct);
        return ToDto(set);
    }

    /// <summary>Computes the year's assessment (the whole year, or up to today for the current year). The joint office's:
    /// a body sees only its own figures, and an assessment must see every body's.</summary>
    public async Task<AssessmentDto> ComputeAsync(int year, CancellationToken ct)
    {
        if (!scope.SeesAllBodies) throw new BusinessException("Assessment:JointOfficeOnly") { StatusCode = StatusCodes.Status403Forbidden };
        if (year < 2000 || year > Today.Year) throw new BusinessException("Assessment:BadYear", Today.Year);
        var from = new DateOnly(year, 1, 1);
        var to = year == Today.Year ? Today : new DateOnly(year, 12, 31);
        var (start, end) = (FigureRules.StartOf(from), FigureRules.StartOf(to.AddDays(1)));
        var now = clock.UtcNow;

        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        var figures = await cases.GetAsync(new CaseFiguresQuery(start, end, now, null, null), ct);
        var byBody = figures.ByBody.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var byTerritory = figures.ByTerritory.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var visits = figures.Visits.ToDictionary(v => v.BodyCode, StringComparer.Ordinal);
        var projectYear = (await projects.YearByBodyAsync(year, ct)).ToDictionary(p => p.BodyCode, StringComparer.Ordinal);
        // 督办 due in the year and answered after the deadline, or still unanswered past it.
        var late = (await db.Supervisions.AsNoTracking().Where(s => s.DueAt >= start && s.DueAt < end)
                .Where(s => s.AnsweredAt != null ? s.AnsweredAt > s.DueAt : s.DueAt < now)
                .GroupBy(s => s.BodyCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);

        AssessmentFacts Facts(string code, string name, string kind, CaseFigureRow? c, string bodyCode)
        {
            var v = visits.GetValueOrDefault(bodyCode);
            var p = projectYear.GetValueOrDefault(bodyCode);
            return new AssessmentFacts(code, name, kind,
                c is null ? 0 : c.ReceiveInTime + c.AcceptInTime + c.HandleInTime,
                c is null ? 0 : c.ReceiveOverdue + c.AcceptOverdue + c.HandleOverdue,
                v?.Visits ?? 0, v?.Satisfied ?? 0, v is null ? 0 : v.Visits - v.Satisfied,
                OffPlatformProjects: p?.RegisteredAfterStart ?? 0, MissedInspections: p?.MissedInspections ?? 0, late.GetValueOrDefault(bodyCode));
        }

        var facts = snapshot.Bodies.Where(b => b.IsActive && !NotAssessed.Contains(b.Kind))
            .Select(b => Facts(b.Code, b.Name, AssessmentSubjectKinds.Body, byBody.GetValueOrDefault(b.Code), b.Code))
            .Concat(snapshot.Territories.Select(t => Facts(t.Code, t.Name, AssessmentSubjectKinds.Township, byTerritory.GetValueOrDefault(t.Code), t.BodyCode)))
            .ToList();
        var (rules, version) = await CurrentRulesAsync(ct);
        var scores = AssessmentScoring.Rank(facts, rules);
        var assessment = new Assessment { Year = year, ComputedAt = now, RulesVersion = version, Rules = rules.ToJson(), Scores = Assessment.Serialize(scores) };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return await GetAsync(assessment.Id, ct);
    }

    public async Task<IReadOnlyList<AssessmentSummaryDto>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Assessments.AsNoTracking().OrderByDescending(a => a.Year).ThenByDescending(a => a.ComputedAt).Take(200).ToListAsync(ct);
        var territoryBodies = await TerritoryBodiesAsync(ct);
        return rows.Select(a =>
        {
            var scores = Visible(a.ScoreList(), territoryBodies);
            return new AssessmentSummaryDto(a.Id, a.Year, BeijingTime.FromUtc(a.ComputedAt), a.CreatedBy, a.RulesVersion, scores.Count,
                scores.Count(s => s.Grade == AssessmentGrades.Excellent), scores.Count(s => s.Grade == AssessmentGrades.Fail));
        }).ToList();
    }

    public async Task<AssessmentDto> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException("Assessment", id);
        var scores = Visible(a.ScoreList(), await TerritoryBodiesAsync(ct));
        var names = scores.ToDictionary(s => (s.Kind, s.Code), s => s.Name);
        var actions = await db.AssessmentActions.AsNoTracking().Where(x => x.AssessmentId == id).OrderBy(x => x.CreatedAt).ToListAsync(ct);
        return new AssessmentDto(a.Id, a.Year, BeijingTime.FromUtc(a.ComputedAt), a.CreatedBy,
            ToDto(AssessmentRules.FromJson(a.Rules), a.RulesVersion, null, null, null),
            scores.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Rank).ThenBy(s => s.Code, StringComparer.Ordinal).Select(ToDto).ToList(),
            actions.Select(x => ToDto(x, names.GetValueOrDefault((x.SubjectKind, x.SubjectCode), x.SubjectCode))).ToList());
    }

    /// <summary>The assessment as an .xlsx workbook: one row per subject with each line's numbers and points lost.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(Guid id, CancellationToken ct)
    {
        var a = await GetAsync(id, ct);
        string Rate(double? r) => r is null ? "—" : (r.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        string Evidence(AssessmentLineDto x) => !x.Known ? l["Assessment:Unknown"]
            : x.Of is { } of ? $"{x.Count}/{of} = {Rate(x.Rate)}" : x.Count.ToString(CultureInfo.InvariantCulture);
        var rows = a.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                [l["Assessment:Column:Kind"]] = l["Assessment:Kind:" + r.Kind].Value,
                [l["Assessment:Column:Rank"]] = r.Rank,
                [l["Assessment:Column:Name"]] = r.Name,
                [l["Assessment:Column:Score"]] = r.Score,
                [l["Assessment:Column:Grade"]] = l["Assessment:Grade:" + r.Grade].Value,
            };
            foreach (var line in r.Lines)
            {
                row[l["Assessment:Line:" + line.Key] + l["Assessment:Column:Evidence"]] = Evidence(line);
                row[l["Assessment:Line:" + line.Key] + l["Assessment:Column:Deduction"]] = line.Deduction;
            }
            return (IReadOnlyDictionary<string, object?>)row;
        }).ToList();
        if (rows.Count == 0) rows.Add(new Dictionary<string, object?> { [l["Assessment:Column:Name"]] = l["Figures:Empty"].Value });
        return (XlsxExport.Write(rows), $"assessment-{a.Year}-{a.ComputedAt:yyyyMMddHHmm}.xlsx");
    }

    public async Task<AssessmentActionDto> AddActionAsync(Guid assessmentId, AssessmentActionInput input, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == assessmentId, ct) ?? throw new EntityNotFoundException("Assessment", assessmentId);
        var score = a.ScoreList().FirstOrDefault(s => s.Code == input.SubjectCode && s.Kind == input.SubjectKind)
            ?? throw new BusinessException("Assessment:UnknownSubject", input.SubjectCode!);
        if (!AssessmentAction.Fits(input.Kind!, score.Grade))
            throw new BusinessException("Assessment:ActionDoesNotFit:" + input.Kind, score.Name, l["Assessment:Grade:" + score.Grade].Value);
        DateOnly? due = null;
        if (input.Kind == AssessmentActionKinds.Rectification)
        {
            var rules = AssessmentRules.FromJson(a.Rules);
            due = input.DueOn is { } d
                ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(calendar.AddWorkingDays(BeijingTime.FromUtc(clock.UtcNow), rules.RectificationWorkingDays).ToOffset(TimeSpan.FromHours(8)).DateTime);
            if (due < Today) throw new BusinessException("Oversight:DueInPast");
        }
        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        var bodyCode = score.Kind == AssessmentSubjectKinds.Township ? snapshot.Territories.First(t => t.Code == score.Code).BodyCode : score.Code;
        var action = new AssessmentAction
        {
            AssessmentId = a.Id, Year = a.Year, SubjectCode = score.Code, SubjectKind = score.Kind, BodyCode = bodyCode,
            Kind = input.Kind!, Text = input.Text!.Trim(), DueOn = due,
        };
        db.AssessmentActions.Add(action);
        await db.SaveChangesAsync(ct);
        return ToDto(action, score.Name);
    }

    public async Task<AssessmentActionDto> CompleteActionAsync(Guid id, string note, CancellationToken ct)
    {
        var action = await db.AssessmentActions.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException("AssessmentAction", id);
        action.Complete(note, clock.UtcNow, calendar);
        await db.SaveChangesAsync(ct);
        var a = await db.Assessments.AsNoTracking().FirstAsync(x => x.Id == action.AssessmentId, ct);
        return ToDto(action, a.ScoreList().FirstOrDefault(s => s.Code == action.SubjectCode && s.Kind == action.SubjectKind)?.Name ?? action.SubjectCode);
    }

    public async Task<IReadOnlyList<AssessmentActionDto>> ActionsAsync(string? status, CancellationToken ct)
    {
        var query = db.AssessmentActions.AsNoTracking();
        if (status is not null) query = query.Where(x => x.Status == status);
        var rows = await query.OrderByDescending(x => x.CreatedAt).Take(1000).ToListAsync(ct);
        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        var names = snapshot.Bodies.Select(b => (AssessmentSubjectKinds.Body, b.Code, b.Name))
            .Concat(snapshot.Territories.Select(t => (AssessmentSubjectKinds.Township, t.Code, t.Name)))
            .ToDictionary(x => (x.Item1, x.Code), x => x.Name);
        return rows.Select(x => ToDto(x, names.GetValueOrDefault((x.SubjectKind, x.SubjectCode), x.SubjectCode))).ToList();
    }

    private async Task<(AssessmentRules Rules, int Version)> CurrentRulesAsync(CancellationToken ct)
    {
        var current = await db.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        return current is null ? (AssessmentRules.Default, 0) : (AssessmentRules.FromJson(current.Rules), current.Version);
    }

    private Dictionary<string, string>? _territoryBodies;

    private async Task<Dictionary<string, string>> TerritoryBodiesAsync(CancellationToken ct) =>
        _territoryBodies ??= (await matrix.GetSnapshotAsync(cancellationToken: ct)).Territories.ToDictionary(t => t.Code, t => t.BodyCode, StringComparer.Ordinal);

    /// <summary>The joint office sees every row; a body's member his bodies' rows and their townships'.</summary>
    private List<AssessmentScore> Visible(IReadOnlyList<AssessmentScore> scores, Dictionary<string, string> territoryBodies) =>
        scope.SeesAllBodies ? scores.ToList()
            : scores.Where(s => scope.BodyCodes.Contains(s.Kind == AssessmentSubjectKinds.Township ? territoryBodies.GetValueOrDefault(s.Code, "") : s.Code)).ToList();

    private static AssessmentRulesDto ToDto(AssessmentRuleSet set) =>
        ToDto(AssessmentRules.FromJson(set.Rules), set.Version, set.Note, BeijingTime.FromUtc(set.CreatedAt), set.CreatedBy);

    private static AssessmentRulesDto ToDto(AssessmentRules r, int version, string? note, DateTimeOffset? at, string? by) => new(
        version, r.InTimeWeight, r.SatisfactionWeight, r.FalseClosurePoints, r.OffPlatformProjectPoints, r.MissedInspectionPoints,
        r.LateSupervisionPoints, r.ExcellentFrom, r.GoodFrom, r.PassFrom, r.RectificationWorkingDays, note, at, by);

    private static AssessmentRowDto ToDto(AssessmentScore s) => new(s.Code, s.Name, s.Kind, s.Score, s.Grade, s.Rank,
        s.Lines.Select(x => new AssessmentLineDto(x.Key, x.Count, x.Of, x.Rate, x.Weight, x.Deduction, x.Known)).ToList());

    private AssessmentActionDto ToDto(AssessmentAction x, string name) => new(
        x.Id, x.AssessmentId, x.Year, x.SubjectCode, name, x.SubjectKind, x.Kind, x.Text, x.DueOn, x.Status, x.Note,
        x.DoneAt is { } d ? BeijingTime.FromUtc(d) : null, x.IsLate(clock.UtcNow), x.LateWorkingDays, x.CreatedBy);
}
