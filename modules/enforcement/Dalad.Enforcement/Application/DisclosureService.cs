using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Spreadsheets;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

/// <summary>The quarterly disclosure: compile a draft from the quarter's decisions, approve (publish), answer the public.</summary>
internal sealed class DisclosureService(EnforcementDbContext db, ICurrentUser user, IClock clock, IStringLocalizer l)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<IReadOnlyList<DisclosureDto>> ListAsync(CancellationToken ct) =>
        (await db.Disclosures.AsNoTracking().OrderByDescending(d => d.Year).ThenByDescending(d => d.Quarter).Take(200).ToListAsync(ct)).Select(ToDto).ToList();

    /// <summary>Compiles the quarter (or recompiles its draft) from the listings and penalty decisions decided in it.</summary>
    public async Task<DisclosureDto> CompileAsync(CompileDisclosureInput input, CancellationToken ct)
    {
        int year = input.Year!.Value, quarter = input.Quarter!.Value;
        var (from, to) = Run(() => Disclosure.Range(year, quarter));
        var listings = await db.Listings.AsNoTracking().Where(x => x.ListedOn >= from && x.ListedOn <= to).ToListAsync(ct);
        // Steps are stored as JSON: the decided ones are picked in memory, among the cases not filed after the quarter.
        var penalties = await db.PenaltyCases.AsNoTracking().Where(p => p.Step == PenaltySteps.Decided || p.Step == PenaltySteps.Executed).ToListAsync(ct);
        var orderIds = penalties.Select(p => p.OrderId).OfType<Guid>().Distinct().ToList();
        var codes = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.CreditCode, ct);
        var today = Today;
        var entries = Run(() => Disclosure.Collect(year, quarter, listings, penalties, id => id is { } i ? codes.GetValueOrDefault(i) : null));

        var disclosure = await db.Disclosures.FirstOrDefaultAsync(d => d.Year == year && d.Quarter == quarter, ct);
        if (disclosure is null)
        {
            disclosure = Run(() => Disclosure.Compile(year, quarter, entries, clock.UtcNow, user.UserName, today));
            db.Disclosures.Add(disclosure);
        }
        else
        {
            Run(() => { disclosure.Recompile(entries, clock.UtcNow, user.UserName); return disclosure; });
        }
        await SaveAsync(ct);
        return ToDto(disclosure);
    }

    public async Task<DisclosureDto> ApproveAsync(Guid id, CancellationToken ct)
    {
        var disclosure = await db.Disclosures.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Disclosure), id);
        Run(() => { disclosure.Approve(clock.UtcNow, user.UserName); return disclosure; });
        await SaveAsync(ct);
        return ToDto(disclosure);
    }

    /// <summary>The anonymous answer: a published quarter only (404 in Chinese otherwise).</summary>
    public async Task<PublicDisclosureDto> PublishedAsync(int? year, int? quarter, CancellationToken ct)
    {
        if (year is null || quarter is null) throw new BusinessException("Disclosures:BadQuarter");
        Run(() => Disclosure.Range(year.Value, quarter.Value));
        var d = await db.Disclosures.AsNoTracking().FirstOrDefaultAsync(x => x.Year == year && x.Quarter == quarter && x.Status == DisclosureStatuses.Published, ct)
            ?? throw new BusinessException("Disclosures:NotPublished", year.Value, quarter.Value) { StatusCode = StatusCodes.Status404NotFound };
        // Redacted again on the way out: a rule added after publication still protects what was published before it.
        var entries = d.Entries.Select(e => ToDto(DisclosureEntry.Create(e.Kind, e.EmployerName, e.CreditCode, e.Facts, e.Decision, e.DecidedOn))).ToList();
        return new PublicDisclosureDto(d.Year, d.Quarter, d.PublishedAt!.Value, entries);
    }

    /// <summary>The published quarter as an xlsx workbook, one row per decision, Chinese column names.</summary>
    public async Task<byte[]> ExportAsync(int? year, int? quarter, CancellationToken ct)
    {
        var published = await PublishedAsync(year, quarter, ct);
        var rows = published.Entries.Select(e => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            [l["Disclosures:Column:Kind"].Value] = l["Disclosures:Kind:" + e.Kind].Value,
            [l["Disclosures:Column:Employer"].Value] = e.EmployerName,
            [l["Disclosures:Column:CreditCode"].Value] = e.CreditCode ?? "",
            [l["Disclosures:Column:Facts"].Value] = e.Facts,
            [l["Disclosures:Column:Decision"].Value] = e.Decision,
            [l["Disclosures:Column:DecidedOn"].Value] = e.DecidedOn.ToString("yyyy-MM-dd"),
        }).ToList();
        // The platform's writer: facts typed by a clerk never run as a formula in the reader's Excel.
        return XlsxExport.Write(rows);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Credit:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
        catch (DbUpdateException) { throw new BusinessException("Credit:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (EnforcementRuleException e) when (e.MessageKey is "Disclosures:BadQuarter" or "Disclosures:FutureQuarter") { throw new BusinessException(e.MessageKey, e.Arguments); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = StatusCodes.Status409Conflict }; }
    }

    private static DisclosureEntryDto ToDto(DisclosureEntry e) => new(e.Kind, e.EmployerName, e.CreditCode, e.Facts, e.Decision, e.DecidedOn);

    private static DisclosureDto ToDto(Disclosure d) =>
        new(d.Id, d.Year, d.Quarter, d.Status, d.Entries.Select(ToDto).ToList(), d.CompiledAt, d.CompiledBy, d.PublishedAt, d.ApprovedBy);
}
