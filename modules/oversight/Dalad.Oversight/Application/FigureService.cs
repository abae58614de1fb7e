using Dalad.Cases;
using Dalad.Oversight.Domain;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects;
using Dalad.Responsibility;
using Microsoft.Extensions.Localization;

namespace Dalad.Oversight.Application;

/// <summary>
/// The command view's figures: the cases module's aggregates (<see cref="ICaseFigures"/>) and the projects module's
/// (<see cref="IProjectFigures"/>), named from the matrix, per body and per township (its territorial body's
/// visits, transfers and projects). What the caller sees is what the modules' body filters let through.
/// </summary>
internal sealed class FigureService(ICaseFigures cases, IProjectFigures projects, IResponsibilityMatrix matrix, IClock clock, IStringLocalizer l)
{
    public DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    /// <param name="fromRollup">The command view reads whole past months from the cases module's monthly roll-up (as of its
    /// last check); the monthly report and the assessment compute everything now.</param>
    public async Task<FiguresDto> GetAsync(DateOnly? from, DateOnly? to, string? bodyCode, string? territoryCode, CancellationToken ct, bool fromRollup = false)
    {
        var period = FigureRules.Period(from, to, Today);
        if (period.From > period.To) throw new BusinessException("Oversight:FromAfterTo");
        if (period.To.DayNumber - period.From.DayNumber > 3 * 366) throw new BusinessException("Oversight:PeriodTooLong");
        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        var bodies = snapshot.Bodies.ToDictionary(b => b.Code, StringComparer.Ordinal);
        if (bodyCode is not null && !bodies.ContainsKey(bodyCode)) throw new BusinessException("Oversight:UnknownBody", bodyCode);
        if (territoryCode is not null && snapshot.Territories.All(t => t.Code != territoryCode)) throw new BusinessException("Oversight:UnknownTerritory", territoryCode);

        var figures = await cases.GetAsync(new CaseFiguresQuery(period.StartUtc, period.EndUtc, clock.UtcNow, bodyCode, territoryCode, fromRollup), ct);
        var projectRows = (await projects.ByBodyAsync(ct)).ToDictionary(p => p.BodyCode, StringComparer.Ordinal);
        var visits = figures.Visits.ToDictionary(v => v.BodyCode, StringComparer.Ordinal);
        var transfers = figures.Transfers.ToDictionary(t => t.Key, t => t.Count, StringComparer.Ordinal);
        var caseRows = figures.ByBody.ToDictionary(r => r.Key, StringComparer.Ordinal);

        // A body appears when it has any figure; with a body filter, only that body.
        var codes = caseRows.Keys.Union(visits.Keys).Union(transfers.Keys)
            .Union(territoryCode is null ? projectRows.Keys : [])
            .Where(c => bodyCode is null || c == bodyCode)
            .Order(StringComparer.Ordinal).ToList();
        var bodyRows = codes.Select(c => Row(c, bodies.TryGetValue(c, out var b) ? b.Name : c, caseRows.GetValueOrDefault(c), c,
            visits, transfers, projectRows)).ToList();

        var territories = snapshot.Territories.Where(t => territoryCode is null || t.Code == territoryCode).ToList();
        var territoryRows = figures.ByTerritory.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var townships = territories.Where(t => territoryRows.ContainsKey(t.Code))
            .Select(t => Row(t.Code, t.Name, territoryRows[t.Code], t.BodyCode, visits, transfers, projectRows)).ToList();

        var open = figures.OpenByTerritory.ToDictionary(o => o.Key, o => o.Count, StringComparer.Ordinal);
        var cells = territories.Select(t => new TerritoryCellDto(t.Code, t.Name, t.BodyCode, open.GetValueOrDefault(t.Code))).ToList();
        var months = figures.Months.Select(m => new MonthFigureDto(m.Month, m.Received, m.Overdue, m.Closed)).ToList();
        return new FiguresDto(period.From, period.To, figures.LeadsReceived, bodyRows, townships, months, cells,
            figures.AsOf is { } asOf ? BeijingTime.FromUtc(asOf) : null);
    }

    /// <summary>The command view's table (bodies, then townships) as an .xlsx workbook, headed in the reader's language.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(DateOnly? from, DateOnly? to, string? bodyCode, string? territoryCode, CancellationToken ct)
    {
        var figures = await GetAsync(from, to, bodyCode, territoryCode, ct, fromRollup: true);
        string Rate(double? r) => r is null ? "—" : (r.Value * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        IReadOnlyDictionary<string, object?> Line(string kind, FigureRowDto r) => new Dictionary<string, object?>
        {
            [l["Figures:Column:Kind"]] = kind,
            [l["Figures:Column:Name"]] = r.Name,
            [l["Figures:Column:Received"]] = r.Received,
            [l["Figures:Column:Open"]] = r.Open,
            [l["Figures:Column:OverdueNow"]] = r.OverdueNow,
            [l["Figures:Column:ReceiveInTime"]] = r.ReceiveInTime,
            [l["Figures:Column:ReceiveOverdue"]] = r.ReceiveOverdue,
            [l["Figures:Column:AcceptInTime"]] = r.AcceptInTime,
            [l["Figures:Column:AcceptOverdue"]] = r.AcceptOverdue,
            [l["Figures:Column:HandleInTime"]] = r.HandleInTime,
            [l["Figures:Column:HandleOverdue"]] = r.HandleOverdue,
            [l["Figures:Column:InTimeRate"]] = Rate(r.InTimeRate),
            [l["Figures:Column:FalseClosures"]] = r.FalseClosures,
            [l["Figures:Column:Reopenings"]] = r.Reopenings,
            [l["Figures:Column:Satisfaction"]] = Rate(r.Satisfaction),
            [l["Figures:Column:Transfers"]] = r.Transfers,
            [l["Figures:Column:OpenWarnings"]] = r.OpenWarnings,
            [l["Figures:Column:ProjectsUnderWay"]] = r.ProjectsUnderWay,
        };
        var rows = figures.Bodies.Select(r => Line(l["Figures:Kind:Body"], r)).Concat(figures.TownshipRows.Select(r => Line(l["Figures:Kind:Township"], r))).ToList();
        if (rows.Count == 0) rows.Add(Line("", new FigureRowDto("", l["Figures:Empty"], 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, null, 0, 0, 0)));
        return (XlsxExport.Write(rows), $"figures-{figures.From:yyyy-MM-dd}-{figures.To:yyyy-MM-dd}.xlsx");
    }

    private static FigureRowDto Row(string code, string name, CaseFigureRow? c, string bodyCode,
        Dictionary<string, CaseVisitFigureRow> visits, Dictionary<string, int> transfers, Dictionary<string, ProjectBodyFiguresDto> projects)
    {
        c ??= new CaseFigureRow(code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var v = visits.GetValueOrDefault(bodyCode);
        var p = projects.GetValueOrDefault(bodyCode);
        var inTime = c.ReceiveInTime + c.AcceptInTime + c.HandleInTime;
        var overdue = c.ReceiveOverdue + c.AcceptOverdue + c.HandleOverdue;
        return new FigureRowDto(code, name, c.Received, c.Open, c.OverdueNow,
            c.ReceiveInTime, c.ReceiveOverdue, c.AcceptInTime, c.AcceptOverdue, c.HandleInTime, c.HandleOverdue,
            FigureRules.InTimeRate(inTime, overdue), v is null ? 0 : v.Visits - v.Satisfied, c.Reopenings,
            v?.Visits ?? 0, v is null ? null : FigureRules.Satisfaction(v.Satisfied, v.Visits),
            transfers.GetValueOrDefault(bodyCode), p?.OpenWarnings ?? 0, p?.ProjectsUnderWay ?? 0);
    }
}
