namespace Dalad.Oversight;

/// <summary>Figures of one body or one township over the period (GET /api/app/oversight/figures).</summary>
/// <param name="Received">Cases opened in the period that the body owns (either role) or that are in the township.</param>
/// <param name="Open">Of those, still open now.</param>
/// <param name="OverdueNow">Of those, open with the current step past its due time.</param>
/// <param name="InTimeRate">In-time steps over judged steps (0–1), null when no step was judged.</param>
/// <param name="FalseClosures">Unsatisfied follow-up visits in the period on cases the body resolved (possibly false closures).</param>
/// <param name="Satisfaction">Satisfied visits over visits (0–1), null without visits.</param>
/// <param name="Transfers">Transfers the body made in the period.</param>
/// <param name="OpenWarnings">Early warnings still open on its projects (now).</param>
/// <param name="ProjectsUnderWay">Its construction projects not completed (now).</param>
public sealed record FigureRowDto(
    string Code, string Name, int Received, int Open, int OverdueNow,
    int ReceiveInTime, int ReceiveOverdue, int AcceptInTime, int AcceptOverdue, int HandleInTime, int HandleOverdue,
    double? InTimeRate, int FalseClosures, int Reopenings, int Visits, double? Satisfaction, int Transfers,
    int OpenWarnings, int ProjectsUnderWay);

public sealed record MonthFigureDto(string Month, int Received, int Overdue, int Closed);

/// <summary>One of the 17 territories with its open cases now (the map grid).</summary>
public sealed record TerritoryCellDto(string Code, string Name, string BodyCode, int OpenCases);

/// <param name="From">First day of the period (Beijing date).</param>
/// <param name="To">Last day of the period (Beijing date, included).</param>
/// <param name="AsOf">When whole past months came from the monthly roll-up: the moment their figures are right as of
/// ("数据截至"); null when every figure was computed now.</param>
public sealed record FiguresDto(
    DateOnly From, DateOnly To, int LeadsReceived,
    IReadOnlyList<FigureRowDto> Bodies, IReadOnlyList<FigureRowDto> TownshipRows,
    IReadOnlyList<MonthFigureDto> Months, IReadOnlyList<TerritoryCellDto> Territories,
    DateTimeOffset? AsOf);

/// <summary>A 督办: the joint office's reminder to a body, with a deadline; the body answers it.</summary>
/// <param name="Late">Answered after the deadline, or still unanswered past it.</param>
/// <param name="LateWorkingDays">Working days after the deadline (calendar module) the answer came, or, unanswered, so far.</param>
public sealed record SupervisionDto(
    Guid Id, string BodyCode, string BodyName, string Subject, string? SubjectRef, string Text,
    DateTimeOffset RaisedAt, string? RaisedBy, DateTimeOffset DueAt, string Status,
    string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, bool Late, int LateWorkingDays);

/// <param name="Subject">case, warning or figures.</param>
/// <param name="SubjectRef">The case number or the warning id, when about one.</param>
/// <param name="DueOn">The deadline (yyyy-MM-dd, Beijing): due at 23:59:59 that day. Or <paramref name="WorkingDays"/>.</param>
/// <param name="WorkingDays">The deadline as working days from today (calendar module), when no <paramref name="DueOn"/>.</param>
public sealed record SupervisionInput(string? BodyCode, string? Subject, string? SubjectRef, string? Text, string? DueOn, int? WorkingDays);

public sealed record SupervisionAnswerInput(string? Answer);

/// <summary>A 约谈 of a body's principal or deputy.</summary>
public sealed record InterviewDto(
    Guid Id, string BodyCode, string BodyName, DateOnly Date, string People, string Reason, string Rectification,
    DateOnly? RectificationDueOn, string? FollowUp, DateTimeOffset? FollowUpAt, string? RecordedBy);

public sealed record InterviewInput(string? BodyCode, string? Date, string? People, string? Reason, string? Rectification, string? RectificationDueOn);

public sealed record FollowUpInput(string? FollowUp);

/// <summary>A referral to 纪委监委 for accountability (追责问责) and its outcome.</summary>
public sealed record AccountabilityReferralDto(
    Guid Id, string BodyCode, string BodyName, DateOnly Date, string Reason, string? CaseNumbers,
    string? Outcome, DateOnly? OutcomeOn, string? RecordedBy);

public sealed record AccountabilityReferralInput(string? BodyCode, string? Date, string? Reason, string? CaseNumbers);

public sealed record AccountabilityOutcomeInput(string? Outcome, string? OutcomeOn);
