using Dalad.Calendar;
using Dalad.Oversight.Data;
using Dalad.Oversight.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Oversight.Application;

/// <summary>The joint office's 督办, 约谈 and referrals to 纪委监委; the body's answer to its 督办.</summary>
internal sealed class SupervisionService(OversightDbContext db, IBodyDirectory bodies, IWorkingCalendar calendar, ICurrentUser user, DataScope scope, IClock clock)
{
    private DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    public async Task<SupervisionDto> RaiseAsync(SupervisionInput input, CancellationToken ct)
    {
        var body = await BodyAsync(input.BodyCode!, ct);
        var now = clock.UtcNow;
        DateTime due;
        if (input.DueOn is not null)
        {
            var dueOn = DateOnly.ParseExact(input.DueOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (dueOn < Today) throw new BusinessException("Oversight:DueInPast");
            due = Supervision.DueAtEndOf(dueOn);
        }
        else
        {
            due = calendar.AddWorkingDays(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)), input.WorkingDays!.Value).UtcDateTime;
        }
        var supervision = new Supervision
        {
            BodyCode = body.Code, Subject = input.Subject!, SubjectRef = Optional(input.SubjectRef), Text = input.Text!.Trim(),
            RaisedAt = now, DueAt = due,
        };
        db.Supervisions.Add(supervision);
        await db.SaveChangesAsync(ct);
        return ToDto(supervision, body.Name);
    }

    public async Task<IReadOnlyList<SupervisionDto>> ListAsync(string? bodyCode, string? status, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = db.Supervisions.AsNoTracking();
        if (bodyCode is not null) query = query.Where(s => s.BodyCode == bodyCode);
        if (status is not null) query = query.Where(s => s.Status == status);
        if (from is { } f) { var start = FigureRules.StartOf(f); query = query.Where(s => s.RaisedAt >= start); }
        if (to is { } t) { var end = FigureRules.StartOf(t.AddDays(1)); query = query.Where(s => s.RaisedAt < end); }
        var rows = await query.OrderByDescending(s => s.RaisedAt).Take(1000).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return rows.Select(s => ToDto(s, names.GetValueOrDefault(s.BodyCode, s.BodyCode))).ToList();
    }

    public async Task<SupervisionDto> AnswerAsync(Guid id, string answer, CancellationToken ct)
    {
        var supervision = await db.Supervisions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new EntityNotFoundException("Supervision", id);
        // Only a member of the body answers for it (the joint office sees every 督办 but answers none it is not addressed).
        if (!scope.BodyCodes.Contains(supervision.BodyCode))
            throw new BusinessException("Oversight:NotYourBody") { StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden };
        supervision.Reply(answer, user.UserName, clock.UtcNow, calendar);
        await db.SaveChangesAsync(ct);
        var body = await bodies.FindAsync(supervision.BodyCode, ct);
        return ToDto(supervision, body?.Name ?? supervision.BodyCode);
    }

    public async Task<InterviewDto> RecordInterviewAsync(InterviewInput input, CancellationToken ct)
    {
        var body = await BodyAsync(input.BodyCode!, ct);
        var date = Date(input.Date!);
        if (date > Today) throw new BusinessException("Oversight:DateInFuture");
        var interview = new Interview
        {
            BodyCode = body.Code, Date = date, People = input.People!.Trim(), Reason = input.Reason!.Trim(), Rectification = input.Rectification!.Trim(),
            RectificationDueOn = input.RectificationDueOn is null ? null : Date(input.RectificationDueOn),
        };
        db.Interviews.Add(interview);
        await db.SaveChangesAsync(ct);
        return ToDto(interview, body.Name);
    }

    public async Task<InterviewDto> FollowUpAsync(Guid id, string text, CancellationToken ct)
    {
        var interview = await db.Interviews.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new EntityNotFoundException("Interview", id);
        interview.RecordFollowUp(text, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return ToDto(interview, (await bodies.FindAsync(interview.BodyCode, ct))?.Name ?? interview.BodyCode);
    }

    public async Task<IReadOnlyList<InterviewDto>> InterviewsAsync(string? bodyCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = db.Interviews.AsNoTracking();
        if (bodyCode is not null) query = query.Where(s => s.BodyCode == bodyCode);
        if (from is { } f) query = query.Where(s => s.Date >= f);
        if (to is { } t) query = query.Where(s => s.Date <= t);
        var rows = await query.OrderByDescending(s => s.Date).Take(1000).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return rows.Select(s => ToDto(s, names.GetValueOrDefault(s.BodyCode, s.BodyCode))).ToList();
    }

    public async Task<AccountabilityReferralDto> ReferAsync(AccountabilityReferralInput input, CancellationToken ct)
    {
        var body = await BodyAsync(input.BodyCode!, ct);
        var date = Date(input.Date!);
        if (date > Today) throw new BusinessException("Oversight:DateInFuture");
        var referral = new Referral { BodyCode = body.Code, Date = date, Reason = input.Reason!.Trim(), CaseNumbers = Optional(input.CaseNumbers) };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return ToDto(referral, body.Name);
    }

    public async Task<AccountabilityReferralDto> RecordOutcomeAsync(Guid id, AccountabilityOutcomeInput input, CancellationToken ct)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new EntityNotFoundException("Referral", id);
        var on = Date(input.OutcomeOn!);
        if (on > Today) throw new BusinessException("Oversight:DateInFuture");
        if (on < referral.Date) throw new BusinessException("Oversight:OutcomeBeforeReferral");
        referral.RecordOutcome(input.Outcome!, on);
        await db.SaveChangesAsync(ct);
        return ToDto(referral, (await bodies.FindAsync(referral.BodyCode, ct))?.Name ?? referral.BodyCode);
    }

    public async Task<IReadOnlyList<AccountabilityReferralDto>> ReferralsAsync(string? bodyCode, CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (bodyCode is not null) query = query.Where(s => s.BodyCode == bodyCode);
        var rows = await query.OrderByDescending(s => s.Date).Take(1000).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return rows.Select(s => ToDto(s, names.GetValueOrDefault(s.BodyCode, s.BodyCode))).ToList();
    }

    private async Task<BodyDto> BodyAsync(string code, CancellationToken ct) =>
        await bodies.FindAsync(code.Trim(), ct) is { IsActive: true } body ? body : throw new BusinessException("Oversight:UnknownBody", code);

    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken ct) =>
        (await bodies.GetAllAsync(ct)).ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);

    private SupervisionDto ToDto(Supervision s, string bodyName) => new(
        s.Id, s.BodyCode, bodyName, s.Subject, s.SubjectRef, s.Text, BeijingTime.FromUtc(s.RaisedAt), s.CreatedBy, BeijingTime.FromUtc(s.DueAt), s.Status,
        s.Answer, s.AnsweredAt is { } a ? BeijingTime.FromUtc(a) : null, s.AnsweredBy, s.IsLate(clock.UtcNow), s.LateWorkingDaysAt(clock.UtcNow, calendar));

    private static InterviewDto ToDto(Interview i, string bodyName) => new(
        i.Id, i.BodyCode, bodyName, i.Date, i.People, i.Reason, i.Rectification, i.RectificationDueOn, i.FollowUp,
        i.FollowUpAt is { } f ? BeijingTime.FromUtc(f) : null, i.CreatedBy);

    private static AccountabilityReferralDto ToDto(Referral r, string bodyName) => new(r.Id, r.BodyCode, bodyName, r.Date, r.Reason, r.CaseNumbers, r.Outcome, r.OutcomeOn, r.CreatedBy);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
