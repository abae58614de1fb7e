using Dalad.Calendar;
using Dalad.Platform.Data;
using Dalad.Platform.PersonalData;

namespace Dalad.Enforcement.Domain;

/// <summary>A kind of assistance request with the body that receives it and its deadline in working days.</summary>
public sealed record AssistanceKind(string Code, string BodyCode, int WorkingDays)
{
    /// <summary>The defaults: the seed's body codes (bodies.csv) and the working days each body is given.</summary>
    public static readonly IReadOnlyList<AssistanceKind> Defaults =
    [
        new(AssistanceKinds.Property, "natres", 5),
        new(AssistanceKinds.Vehicles, "police", 5),
        new(AssistanceKinds.Locate, "police", 5),
        new(AssistanceKinds.BankAccounts, "finreg", 5),
        // The court decides within 7 days whether to accept an application for enforcement (民事诉讼法 art. 126).
        new(AssistanceKinds.CourtEnforcement, "court", 7),
    ];
}

public static class PartyNumberKinds
{
    public const string CreditCode = "credit-code";
    public const string IdCard = "id-card";

    /// <summary>A valid unified social credit code or a valid identity number, normalised; else null.</summary>
    public static (string Kind, string Number)? Classify(string input, DateOnly today)
    {
        if (CreditCodes.IsValid(input)) return (CreditCode, CreditCodes.Normalise(input));
        if (ChineseIdCard.IsValid(input, today)) return (IdCard, ChineseIdCard.Normalize(input));
        return null;
    }
}

/// <summary>
/// A 协查 sent by HRSS to another body about a case. It is due at 23:59:59 Beijing time of the last of its working days
/// (the calendar's convention, as for a 督办); the receiving body answers once, and an answer after that moment is
/// recorded as late with the working days it came after the deadline.
/// </summary>
public sealed class AssistanceRequest : AuditedEntity
{
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 200;
    public const int MaxAttachments = 10;
    public const int MaxAttachmentLength = 500;

    public required string Kind { get; init; }
    public required string CaseNumber { get; init; }
    public required string PartyName { get; init; }

    [SensitiveData]
    public string? PartyNumber { get; init; }
    public string? PartyNumberKind { get; init; }
    public required string Question { get; init; }
    public required string SendingBodyCode { get; init; }
    public required string ReceivingBodyCode { get; init; }
    public DateTime SentAt { get; init; }
    public string? SentBy { get; init; }
    public DateTime DueAt { get; init; }
    public string Status { get; private set; } = AssistanceStatuses.Sent;
    public string? Finding { get; private set; }
    public List<string> Attachments { get; private set; } = [];
    public DateTime? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }

    /// <summary>Stored with the answer: working days after the deadline (0 in time).</summary>
    public int? LateWorkingDays { get; private set; }

    public int Revision { get; set; }

    public static AssistanceRequest Send(AssistanceKind kind, string caseNumber, string partyName, string? partyNumber, string question,
        string sendingBodyCode, string? sentBy, DateTime utcNow, IWorkingCalendar calendar)
    {
        var today = DateOnly.FromDateTime(Beijing(utcNow).DateTime);
        (string Kind, string Number)? number = null;
        if (!string.IsNullOrWhiteSpace(partyNumber))
            number = PartyNumberKinds.Classify(partyNumber, today) ?? throw new EnforcementRuleException("Assistance:InvalidPartyNumber", partyNumber.Trim());
        if (kind.WorkingDays < 1) throw new EnforcementRuleException("Assistance:NoDeadline", kind.Code);
        return new AssistanceRequest
        {
            Kind = kind.Code, CaseNumber = caseNumber.Trim(), PartyName = partyName.Trim(), PartyNumber = number?.Number, PartyNumberKind = number?.Kind,
            Question = question.Trim(), SendingBodyCode = sendingBodyCode, ReceivingBodyCode = kind.BodyCode, SentAt = utcNow, SentBy = sentBy,
            DueAt = calendar.AddWorkingDays(Beijing(utcNow), kind.WorkingDays).UtcDateTime,
        };
    }

    /// <summary>Answered once, with the finding; late when after the due moment.</summary>
    public void Answer(string finding, IEnumerable<string>? attachments, string? by, DateTime utcNow, IWorkingCalendar calendar)
    {
        if (Status == AssistanceStatuses.Answered) throw new EnforcementRuleException("Assistance:AlreadyAnswered");
        var files = (attachments ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (files.Count > MaxAttachments) throw new EnforcementRuleException("Assistance:TooManyAttachments", MaxAttachments);
        Finding = finding.Trim();
        Attachments = files;
        AnsweredAt = utcNow;
        AnsweredBy = by;
        Status = AssistanceStatuses.Answered;
        LateWorkingDays = Lateness(DueAt, utcNow, calendar);
        Revision++;
    }

    public string DueState(DateTime utcNow) => AnsweredAt is { } at
        ? at > DueAt ? AssistanceDueStates.AnsweredLate : AssistanceDueStates.Answered
        : utcNow > DueAt ? AssistanceDueStates.Overdue : AssistanceDueStates.Open;

    /// <summary>Working days late so far (answered: as recorded).</summary>
    public int LateWorkingDaysAt(DateTime utcNow, IWorkingCalendar calendar) => LateWorkingDays ?? Lateness(DueAt, utcNow, calendar);

    /// <summary>0 when in time; else the working days from the due day to the day of the moment (the calendar's
    /// convention: the due day does not count, so an answer on the weekend after a Friday deadline is late by 0 days —
    /// still late).</summary>
    public static int Lateness(DateTime dueUtc, DateTime atUtc, IWorkingCalendar calendar) =>
        atUtc <= dueUtc ? 0 : Math.Max(0, calendar.WorkingDaysBetween(Utc(dueUtc), Utc(atUtc)));

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTimeOffset Beijing(DateTime utc) => Utc(utc).ToOffset(TimeSpan.FromHours(8));
}
