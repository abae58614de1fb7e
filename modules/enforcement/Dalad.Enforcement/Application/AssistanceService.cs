using Dalad.Calendar;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Identity;
using Dalad.Platform.Permissions;
using Dalad.Platform.PersonalData;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dalad.Enforcement.Application;

/// <summary>
/// The kinds of assistance request as configured: <c>Enforcement:Assistance:{kind}:BodyCode</c> and
/// <c>:WorkingDays</c>, each defaulting to <see cref="AssistanceKind.Defaults"/> (the seed's body codes).
/// </summary>
internal sealed class AssistanceKindCatalog(IConfiguration configuration)
{
    public IReadOnlyList<AssistanceKind> All => AssistanceKind.Defaults
        .Select(d => d with
        {
            BodyCode = configuration[$"Enforcement:Assistance:{d.Code}:BodyCode"] is { Length: > 0 } body ? body : d.BodyCode,
            WorkingDays = configuration.GetValue($"Enforcement:Assistance:{d.Code}:WorkingDays", d.WorkingDays),
        })
        .ToList();

    public AssistanceKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);
}

/// <summary>Assistance requests: HRSS sends, the receiving body answers in its inbox.</summary>
internal sealed class AssistanceService(
    EnforcementDbContext db, AssistanceKindCatalog kinds, IWorkingCalendar calendar, ICurrentUser user, IPermissionChecker permissions, DataScope scope, IClock clock)
{
    public IReadOnlyList<AssistanceKindDto> Kinds() => kinds.All.Select(k => new AssistanceKindDto(k.Code, k.BodyCode, k.WorkingDays)).ToList();

    /// <summary>The requests sent by the caller's bodies (all for someone who sees every body).</summary>
    public Task<IReadOnlyList<AssistanceRequestDto>> SentAsync(string? status, CancellationToken ct) =>
        ListAsync(db.AssistanceRequests.AsNoTracking().Where(r => scope.SeesAllBodies || scope.BodyCodes.Contains(r.SendingBodyCode)), status, ct);

    /// <summary>The requests received by the caller's bodies: their inbox, never another body's.</summary>
    public Task<IReadOnlyList<AssistanceRequestDto>> InboxAsync(string? status, CancellationToken ct) =>
        ListAsync(db.AssistanceRequests.AsNoTracking().Where(r => scope.BodyCodes.Contains(r.ReceivingBodyCode)), status, ct);

    public async Task<AssistanceRequestDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.AssistanceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(AssistanceRequest), id),
            await ShowsPersonalDataAsync());

    public async Task<AssistanceRequestDto> SendAsync(AssistanceRequestInput input, CancellationToken ct)
    {
        var kind = kinds.Find(input.Kind) ?? throw new BusinessException("Assistance:UnknownKind", input.Kind ?? "");
        var from = scope.BodyCodes.Count > 0 ? scope.BodyCodes[0] : throw new BusinessException("Assistance:NoBody");
        AssistanceRequest request;
        try
        {
            request = AssistanceRequest.Send(kind, input.CaseNumber!, input.PartyName!, input.PartyNumber, input.Question!, from, user.UserName, clock.UtcNow, calendar);
        }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
        db.AssistanceRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return ToDto(request, await ShowsPersonalDataAsync());
    }

    /// <summary>Only a member of the receiving body answers, once.</summary>
    public async Task<AssistanceRequestDto> AnswerAsync(Guid id, AssistanceAnswerInput input, CancellationToken ct)
    {
        var request = await db.AssistanceRequests.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(AssistanceRequest), id);
        if (!scope.BodyCodes.Contains(request.ReceivingBodyCode))
            throw new BusinessException("Assistance:NotYourInbox") { StatusCode = StatusCodes.Status403Forbidden };
        try { request.Answer(input.Finding!, input.Attachments, user.UserName, clock.UtcNow, calendar); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments) { StatusCode = StatusCodes.Status409Conflict }; }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Assistance:AlreadyAnswered") { StatusCode = StatusCodes.Status409Conflict }; }
        return ToDto(request, await ShowsPersonalDataAsync());
    }

    private async Task<IReadOnlyList<AssistanceRequestDto>> ListAsync(IQueryable<AssistanceRequest> query, string? status, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(r => r.Status == status);
        var rows = await query.OrderByDescending(r => r.SentAt).Take(500).ToListAsync(ct);
        var full = await ShowsPersonalDataAsync();
        return rows.Select(r => ToDto(r, full)).ToList();
    }

    /// <summary>An identity number is shown in full only with Dalad.PersonalData, as everywhere on the platform.</summary>
    private async Task<bool> ShowsPersonalDataAsync() =>
        user is { IsAuthenticated: true, Principal: { } principal } && await permissions.IsGrantedAsync(principal, IdentityPermissions.Users.ViewPersonalData);

    private AssistanceRequestDto ToDto(AssistanceRequest r, bool full)
    {
        var now = clock.UtcNow;
        var number = r.PartyNumber is not null && r.PartyNumberKind == PartyNumberKinds.IdCard && !full ? ChineseIdCard.Mask(r.PartyNumber) : r.PartyNumber;
        return new AssistanceRequestDto(
            r.Id, r.Kind, r.CaseNumber, r.PartyName, number, r.PartyNumberKind, r.Question, r.SendingBodyCode, r.ReceivingBodyCode, r.SentAt, r.SentBy,
            r.DueAt, r.Status, r.DueState(now), r.LateWorkingDaysAt(now, calendar), r.Finding, r.Attachments, r.AnsweredAt, r.AnsweredBy);
    }
}
