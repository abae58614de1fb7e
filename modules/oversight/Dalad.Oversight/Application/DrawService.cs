using System.Globalization;
using System.Text.Json;
using Dalad.Oversight.Data;
using Dalad.Oversight.Domain;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Oversight.Application;

/// <summary>
/// 双随机一公开 (measure 11): the employers that may be drawn and the inspector pool, the draws (<see cref="DrawRule"/>,
/// frozen with their seed, frame and pool) and the inspections' results; the public view shows the draws without
/// any inspector's name.
/// </summary>
internal sealed class DrawService(OversightDbContext db, IBodyDirectory bodies, IIndustryClassification classification, IResponsibilityMatrix matrix, IClock clock)
{
    public const int DefaultTeamSize = 2;

    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<IReadOnlyList<DrawEmployerDto>> EmployersAsync(CancellationToken ct) =>
        (await db.DrawEmployers.AsNoTracking().OrderBy(e => e.CreditCode).ToListAsync(ct)).Select(ToDto).ToList();

    /// <summary>Adds an employer, or updates the one with the same credit code.</summary>
    public async Task<DrawEmployerDto> SaveEmployerAsync(DrawEmployerInput input, CancellationToken ct)
    {
        var code = DrawCodes.Normalise(input.CreditCode!);
        var industry = input.IndustryCode!.Trim().ToUpperInvariant();
        if (classification.Find(industry) is not { Level: 4 }) throw new BusinessException("Draw:UnknownIndustryClass", industry);
        if (!DrawSectors.InSections(industry, DrawSectors.Default)) throw new BusinessException("Draw:NotLabourIntensive", industry);
        var body = await bodies.FindAsync(input.RegisteredByBodyCode!.Trim(), ct) ?? throw new BusinessException("Oversight:UnknownBody", input.RegisteredByBodyCode!);
        var territory = string.IsNullOrWhiteSpace(input.TerritoryCode) ? null : input.TerritoryCode.Trim();
        if (territory is not null && (await matrix.GetSnapshotAsync(cancellationToken: ct)).Territories.All(t => t.Code != territory))
            throw new BusinessException("Oversight:UnknownTerritory", territory);
        var employer = await db.DrawEmployers.FirstOrDefaultAsync(e => e.CreditCode == code, ct);
        if (employer is null)
        {
            employer = new DrawEmployer { CreditCode = code, Name = input.Name!.Trim(), IndustryCode = industry, RegisteredByBodyCode = body.Code };
            db.DrawEmployers.Add(employer);
        }
        (employer.Name, employer.IndustryCode, employer.RegisteredByBodyCode) = (input.Name!.Trim(), industry, body.Code);
        employer.TerritoryCode = territory;
        employer.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(ct);
        return ToDto(employer);
    }

    public async Task<IReadOnlyList<DrawInspectorDto>> InspectorsAsync(CancellationToken ct)
    {
        var names = await NamesAsync(ct);
        return (await db.DrawInspectors.AsNoTracking().OrderBy(i => i.BodyCode).ThenBy(i => i.Name).ToListAsync(ct))
            .Select(i => ToDto(i, names)).ToList();
    }

    public async Task<DrawInspectorDto> AddInspectorAsync(DrawInspectorInput input, CancellationToken ct)
    {
        var inspector = new DrawInspector { Name = input.Name!.Trim(), BodyCode = "" };
        db.DrawInspectors.Add(inspector);
        await ApplyAsync(inspector, input, ct);
        return ToDto(inspector, await NamesAsync(ct));
    }

    public async Task<DrawInspectorDto> UpdateInspectorAsync(Guid id, DrawInspectorInput input, CancellationToken ct)
    {
        var inspector = await db.DrawInspectors.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException("DrawInspector", id);
        inspector.Name = input.Name!.Trim();
        await ApplyAsync(inspector, input, ct);
        return ToDto(inspector, await NamesAsync(ct));
    }

    private async Task ApplyAsync(DrawInspector inspector, DrawInspectorInput input, CancellationToken ct)
    {
        var body = await bodies.FindAsync(input.BodyCode!.Trim(), ct) ?? throw new BusinessException("Oversight:UnknownBody", input.BodyCode!);
        inspector.BodyCode = body.Code;
        inspector.Conflicts = string.Join(",", (input.Conflicts ?? []).Select(DrawCodes.Normalise).Distinct().Order(StringComparer.Ordinal));
        inspector.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes a draw: the frame is every active employer of the sections, the pool every active inspector.</summary>
    public async Task<DrawDto> DrawAsync(DrawInput input, CancellationToken ct)
    {
        var sections = (input.Sections is { Count: > 0 } s ? s : DrawSectors.Default).Select(x => x.Trim().ToUpperInvariant()).Distinct().Order().ToList();
        if (sections.Any(x => !DrawSectors.Default.Contains(x))) throw new BusinessException("Draw:NotLabourIntensive", string.Join("、", sections));
        var seed = string.IsNullOrWhiteSpace(input.Seed) ? DrawRule.NewSeed() : input.Seed.Trim();
        var teamSize = input.TeamSize ?? DefaultTeamSize;
        var frame = (await db.DrawEmployers.AsNoTracking().Where(e => e.IsActive).ToListAsync(ct))
            .Where(e => DrawSectors.InSections(e.IndustryCode, sections))
            .Select(e => new DrawFrameEntry(e.CreditCode, e.Name, e.IndustryCode, e.TerritoryCode, e.RegisteredByBodyCode))
            .OrderBy(e => e.CreditCode, StringComparer.Ordinal).ToList();
        if (frame.Count == 0) throw new BusinessException("Draw:EmptyFrame");
        if (input.Employers > frame.Count) throw new BusinessException("Draw:TooManyEmployers", frame.Count);
        var inspectors = await db.DrawInspectors.AsNoTracking().Where(i => i.IsActive).ToListAsync(ct);
        var pool = inspectors.OrderBy(i => i.Id).Select((i, n) => new DrawPoolEntry(n + 1, i.Id, i.Name, i.BodyCode, i.ConflictList)).ToList();
        var picks = DrawRule.Draw(seed, frame, pool, input.Employers!.Value, teamSize);
        var draw = new Draw
        {
            Title = input.Title!.Trim(), Seed = seed, DrawnAt = clock.UtcNow, Sections = string.Join(",", sections), TeamSize = teamSize,
            Frame = JsonSerializer.Serialize(frame), Pool = JsonSerializer.Serialize(pool), Picks = JsonSerializer.Serialize(picks),
        };
        db.Draws.Add(draw);
        await db.SaveChangesAsync(ct);
        return await GetAsync(draw.Id, withNames: true, ct);
    }

    public async Task<IReadOnlyList<DrawSummaryDto>> ListAsync(CancellationToken ct)
    {
        var draws = await db.Draws.AsNoTracking().OrderByDescending(d => d.DrawnAt).Take(500).ToListAsync(ct);
        var ids = draws.Select(d => d.Id).ToList();
        var inspected = await db.DrawInspections.AsNoTracking().Where(i => ids.Contains(i.DrawId)).GroupBy(i => i.DrawId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return draws.Select(d => new DrawSummaryDto(d.Id, d.Title, d.Seed, BeijingTime.FromUtc(d.DrawnAt), d.PickList().Count, inspected.GetValueOrDefault(d.Id))).ToList();
    }

    /// <summary>A draw; <paramref name="withNames"/> false for the public page: inspectors by number and body only.</summary>
    public async Task<DrawDto> GetAsync(Guid id, bool withNames, CancellationToken ct)
    {
        var draw = await db.Draws.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new EntityNotFoundException("Draw", id);
        return (await ToDtosAsync([draw], withNames, ct))[0];
    }

    /// <summary>The public page: every draw (latest first) with its seed, frame, pool by number and body, picks and results.</summary>
    public async Task<IReadOnlyList<DrawDto>> PublicAsync(CancellationToken ct)
    {
        var draws = await db.Draws.AsNoTracking().OrderByDescending(d => d.DrawnAt).Take(50).ToListAsync(ct);
        return await ToDtosAsync(draws, withNames: false, ct);
    }

    public async Task<DrawDto> RecordInspectionAsync(Guid drawId, DrawInspectionInput input, CancellationToken ct)
    {
        var draw = await db.Draws.AsNoTracking().FirstOrDefaultAsync(d => d.Id == drawId, ct) ?? throw new EntityNotFoundException("Draw", drawId);
        var code = DrawCodes.Normalise(input.CreditCode!);
        if (draw.PickList().All(p => p.CreditCode != code)) throw new BusinessException("Draw:NotDrawn", code);
        var on = DateOnly.ParseExact(input.InspectedOn!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (on > Today) throw new BusinessException("Oversight:DateInFuture");
        if (on < DateOnly.FromDateTime(BeijingTime.FromUtc(draw.DrawnAt).DateTime)) throw new BusinessException("Draw:InspectedBeforeDraw");
        var inspection = await db.DrawInspections.FirstOrDefaultAsync(i => i.DrawId == drawId && i.CreditCode == code, ct);
        if (inspection is null)
        {
            inspection = new DrawInspection { DrawId = drawId, CreditCode = code, Outcome = input.Outcome!, Summary = "" };
            db.DrawInspections.Add(inspection);
        }
        (inspection.InspectedOn, inspection.Outcome, inspection.Summary) = (on, input.Outcome!, input.Summary!.Trim());
        await db.SaveChangesAsync(ct);
        return await GetAsync(drawId, withNames: true, ct);
    }

    private async Task<IReadOnlyList<DrawDto>> ToDtosAsync(IReadOnlyList<Draw> draws, bool withNames, CancellationToken ct)
    {
        var names = await NamesAsync(ct);
        var ids = draws.Select(d => d.Id).ToList();
        var inspections = (await db.DrawInspections.AsNoTracking().Where(i => ids.Contains(i.DrawId)).ToListAsync(ct))
            .ToDictionary(i => (i.DrawId, i.CreditCode));
        return draws.Select(d =>
        {
            var frame = d.FrameList();
            var byCode = frame.ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
            var pool = d.PoolList().ToDictionary(p => p.Number);
            DrawInspectorRefDto Ref(DrawPoolEntry p) => new(p.Number, p.BodyCode, names.GetValueOrDefault(p.BodyCode, p.BodyCode), withNames ? p.Name : null);
            return new DrawDto(d.Id, d.Title, d.Seed, BeijingTime.FromUtc(d.DrawnAt), d.Sections.Split(','), d.TeamSize,
                frame.Select(e => new DrawFrameEntryDto(e.CreditCode, e.Name, e.IndustryCode, e.TerritoryCode, e.RegisteredByBodyCode)).ToList(),
                pool.Values.OrderBy(p => p.Number).Select(Ref).ToList(),
                d.PickList().Select(p =>
                {
                    var e = byCode[p.CreditCode];
                    var result = inspections.GetValueOrDefault((d.Id, p.CreditCode));
                    return new DrawPickDto(e.CreditCode, e.Name, e.IndustryCode, e.TerritoryCode, p.Inspectors.Select(n => Ref(pool[n])).ToList(),
                        result is null ? null : new DrawInspectionDto(result.InspectedOn, result.Outcome, result.Summary));
                }).ToList());
        }).ToList();
    }

    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken ct) =>
        (await bodies.GetAllAsync(ct)).ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);

    private DrawEmployerDto ToDto(DrawEmployer e) =>
        new(e.Id, e.CreditCode, e.Name, e.IndustryCode, classification.Find(e.IndustryCode)?.Name, e.TerritoryCode, e.RegisteredByBodyCode, e.IsActive);

    private static DrawInspectorDto ToDto(DrawInspector i, Dictionary<string, string> names) =>
        new(i.Id, i.Name, i.BodyCode, names.GetValueOrDefault(i.BodyCode, i.BodyCode), i.ConflictList, i.IsActive);
}

/// <summary>Credit codes as the draw keeps them: trimmed, upper case, full-width folded to ASCII.</summary>
internal static class DrawCodes
{
    public static string Normalise(string code) => new string(code.Trim().Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    /// <summary>GB 32100-2015 shape: 18 characters of 0-9 and A-Y without I, O, S, V, Z (the check character is the enforcement module's).</summary>
    public static bool IsWellFormed(string? code) =>
        code is not null && Normalise(code) is { Length: 18 } c && c.All(ch => "0123456789ABCDEFGHJKLMNPQRTUWXY".Contains(ch));
}
