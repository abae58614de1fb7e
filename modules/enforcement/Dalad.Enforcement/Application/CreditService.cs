using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>The dishonest-employer list: arrears findings, candidates, proposals, decisions, removals and the check.</summary>
internal sealed class CreditService(EnforcementDbContext db, ICurrentUser user, IClock clock)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<ArrearsFindingDto> RecordFindingAsync(ArrearsFindingInput input, CancellationToken ct)
    {
        var finding = ArrearsFinding.Create(input.CaseNumber!, input.EmployerName!, input.CreditCode, input.EstablishedOn!.Value);
        if (await db.Findings.AnyAsync(f => f.CaseNumber == finding.CaseNumber, ct))
            throw new BusinessException("Credit:FindingExists", finding.CaseNumber) { StatusCode = StatusCodes.Status409Conflict };
        db.Findings.Add(finding);
        await db.SaveChangesAsync(ct);
        return ToDto(finding);
    }

    public async Task<IReadOnlyList<ArrearsFindingDto>> FindingsAsync(CancellationToken ct) =>
        (await db.Findings.AsNoTracking().OrderByDescending(f => f.EstablishedOn).ToListAsync(ct)).Select(ToDto).ToList();

    /// <summary>The employers the rule singles out, with the open (proposed or listed) listing of their code if any.</summary>
    public async Task<IReadOnlyList<CandidateDto>> CandidatesAsync(CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking().ToListAsync(ct);
        var open = await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatuses.Proposed || l.Status == ListingStatuses.Listed).ToListAsync(ct);
        return CandidateRule.Compute(findings).Select(g => new CandidateDto(
            g.EmployerName, g.CreditCode, g.Grounds, g.Findings.Select(ToDto).ToList(),
            open.FirstOrDefault(l => l.CreditCode == g.CreditCode || EmployerNames.Normalise(l.EmployerName) == EmployerNames.Normalise(g.EmployerName))?.Id)).ToList();
    }

    public async Task<IReadOnlyList<ListingDto>> ListingsAsync(string? status, CancellationToken ct)
    {
        var query = db.Listings.AsNoTracking();
        if (!string.IsNullOrEmpty(status)) query = query.Where(l => l.Status == status);
        return (await query.OrderByDescending(l => l.ProposedAt).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<ListingDto> ListingAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    /// <summary>HRSS proposes: once per code while a proposal or a listing is open.</summary>
    public async Task<ListingDto> ProposeAsync(ProposeListingInput input, CancellationToken ct)
    {
        var listing = Run(() => Listing.Propose(input.EmployerName!, input.CreditCode!, input.Reasons!, user.UserName, clock.UtcNow));
        if (await db.Listings.AnyAsync(l => l.CreditCode == listing.CreditCode && (l.Status == ListingStatuses.Proposed || l.Status == ListingStatuses.Listed), ct))
            throw new BusinessException("Credit:AlreadyProposed", listing.CreditCode) { StatusCode = StatusCodes.Status409Conflict };
        db.Listings.Add(listing);
        await db.SaveChangesAsync(ct);
        return ToDto(listing);
    }

    public Task<ListingDto> DecideAsync(Guid id, DecideListingInput input, CancellationToken ct) =>
        ChangeAsync(id, l => l.Decide(input.Approve!.Value, input.Reasons!, input.Restrictions ?? [], user.UserName, clock.UtcNow, Today), ct);

    public Task<ListingDto> RemoveAsync(Guid id, RemoveListingInput input, CancellationToken ct) =>
        ChangeAsync(id, l => l.Remove(input.Reasons!, user.UserName, Today), ct);

    /// <summary>Is the firm listed today, with which restrictions, since when. Every answer is recorded.</summary>
    public async Task<CreditCheckDto> CheckAsync(string creditCode, CancellationToken ct)
    {
        if (!CreditCodes.IsValid(creditCode)) throw new BusinessException("Credit:InvalidCode", creditCode);
        var code = CreditCodes.Normalise(creditCode);
        var today = Today;
        var listing = (await db.Listings.AsNoTracking().Where(l => l.CreditCode == code && l.Status == ListingStatuses.Listed).ToListAsync(ct))
            .Where(l => l.IsInForce(today)).OrderBy(l => l.ListedOn).FirstOrDefault();
        var now = clock.UtcNow;
        db.Checks.Add(new CreditCheck { CreditCode = code, Listed = listing is not null, ListingId = listing?.Id, CheckedAt = now, CheckedBy = user.UserName });
        await db.SaveChangesAsync(ct);
        return new CreditCheckDto(code, listing is not null, listing?.EmployerName, listing?.Restrictions ?? [], listing?.ListedOn, listing?.ExpiresOn, now);
    }

    /// <summary>The record of the checks, newest first (who asked about which firm, and the answer).</summary>
    public async Task<IReadOnlyList<CreditCheckLogDto>> ChecksAsync(string? creditCode, CancellationToken ct)
    {
        var query = db.Checks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(creditCode)) query = query.Where(c => c.CreditCode == CreditCodes.Normalise(creditCode));
        return await query.OrderByDescending(c => c.CheckedAt).Take(500)
            .Select(c => new CreditCheckLogDto(c.Id, c.CreditCode, c.Listed, c.CheckedAt, c.CheckedBy)).ToListAsync(ct);
    }

    private async Task<ListingDto> ChangeAsync(Guid id, Action<Listing> change, CancellationToken ct)
    {
        var listing = await FindAsync(id, ct);
        Run(() => { change(listing); return listing; });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Credit:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
        return ToDto(listing);
    }

    private async Task<Listing> FindAsync(Guid id, CancellationToken ct) =>
        await db.Listings.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Listing), id);

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = e.MessageKey == "Credit:InvalidCode" ? 400 : 409 }; }
    }

    private static ArrearsFindingDto ToDto(ArrearsFinding f) => new(f.Id, f.CaseNumber, f.EmployerName, f.CreditCode, f.EstablishedOn, f.CreatedAt, f.CreatedBy);

    private static ListingDto ToDto(Listing l) => new(
        l.Id, l.EmployerName, l.CreditCode, l.Status, l.ProposalReasons, l.ProposedAt, l.ProposedBy, l.DecisionReasons, l.DecidedAt, l.DecidedBy,
        l.Restrictions, l.ListedOn, l.RepairPeriodEndsOn, l.ExpiresOn, l.RemovalReasons, l.RemovedOn, l.RemovedBy);
}
