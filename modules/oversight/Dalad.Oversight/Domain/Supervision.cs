using Dalad.Calendar;
using Dalad.Platform.Data;

namespace Dalad.Oversight.Domain;

/// <summary>
/// A 督办 raised by the joint office to a body about a case, a warning or its figures. It is due at a moment (23:59:59
/// Beijing time of its last day); the body answers once; the answer is late when given after that moment, and its
/// lateness is counted in working days with the platform's calendar.
/// </summary>
public sealed class Supervision : AuditedEntity
{
    public const int MaxTextLength = 2000;
    public const int MaxRefLength = 64;

    public required string BodyCode { get; init; }
    public required string Subject { get; init; }
    public string? SubjectRef { get; init; }
    public required string Text { get; init; }
    public DateTime RaisedAt { get; init; }
    public DateTime DueAt { get; init; }
    public string Status { get; private set; } = SupervisionStatuses.Open;
    public string? Answer { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    /// <summary>Stored with the answer: the working days it came after the deadline (0 when in time).</summary>
    public int? LateWorkingDays { get; private set; }

    public bool AnsweredLate => AnsweredAt is { } at && at > DueAt;

    /// <summary>Records the body's answer. A 督办 is answered once.</summary>
    public void Reply(string answer, string? by, DateTime utcNow, IWorkingCalendar calendar)
    {
        if (Status == SupervisionStatuses.Answered) throw new Platform.Web.BusinessException("Oversight:AlreadyAnswered");
        Answer = answer.Trim();
        AnsweredAt = utcNow;
        AnsweredBy = by;
        Status = SupervisionStatuses.Answered;
        LateWorkingDays = Lateness(DueAt, utcNow, calendar);
    }

    /// <summary>Late now: answered late, or unanswered and past due.</summary>
    public bool IsLate(DateTime utcNow) => AnsweredAt is { } at ? at > DueAt : utcNow > DueAt;

    /// <summary>Working days late so far (answered: as recorded).</summary>
    public int LateWorkingDaysAt(DateTime utcNow, IWorkingCalendar calendar) => LateWorkingDays ?? Lateness(DueAt, utcNow, calendar);

    /// <summary>
    /// The rule: late when after the due moment (as every step of the platform); the lateness is the working days from
    /// the due day to the day of the answer (calendar convention: the due day itself does not count). An answer on the
    /// weekend after a Friday deadline is late by 0 working days — still late.
    /// </summary>
    public static int Lateness(DateTime dueUtc, DateTime atUtc, IWorkingCalendar calendar) =>
        atUtc <= dueUtc ? 0 : Math.Max(0, calendar.WorkingDaysBetween(Utc(dueUtc), Utc(atUtc)));

    /// <summary>The due moment: 23:59:59 Beijing time of <paramref name="dueOn"/>.</summary>
    public static DateTime DueAtEndOf(DateOnly dueOn) =>
        new DateTimeOffset(dueOn.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)).UtcDateTime;

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

/// <summary>A 约谈 of a body's principal or deputy, with the rectification required and its follow-up.</summary>
public sealed class Interview : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public required string BodyCode { get; init; }
    public DateOnly Date { get; init; }
    public required string People { get; init; }
    public required string Reason { get; init; }
    public required string Rectification { get; init; }
    public DateOnly? RectificationDueOn { get; init; }
    public string? FollowUp { get; private set; }
    public DateTime? FollowUpAt { get; private set; }

    public void RecordFollowUp(string text, DateTime utcNow) => (FollowUp, FollowUpAt) = (text.Trim(), utcNow);
}

/// <summary>A referral to 纪委监委 for accountability (追责问责), with its outcome when it comes back.</summary>
public sealed class Referral : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public required string BodyCode { get; init; }
    public DateOnly Date { get; init; }
    public required string Reason { get; init; }
    public string? CaseNumbers { get; init; }
    public string? Outcome { get; private set; }
    public DateOnly? OutcomeOn { get; private set; }

    public void RecordOutcome(string outcome, DateOnly on) => (Outcome, OutcomeOn) = (outcome.Trim(), on);
}
