namespace Dalad.Oversight;

/// <summary>The assessment's rules and weights (see modules/oversight/README.md): a subject starts from 100 points and loses
/// each rate's weight × (1 − rate) and each deduction's points per unit; the grades start at the given scores.</summary>
/// <param name="Version">0 for the seeded defaults never saved; then 1, 2… as the joint office saves them.</param>
public sealed record AssessmentRulesDto(
    int Version, double InTimeWeight, double SatisfactionWeight,
    double FalseClosurePoints, double OffPlatformProjectPoints, double MissedInspectionPoints, double LateSupervisionPoints,
    double ExcellentFrom, double GoodFrom, double PassFrom, int RectificationWorkingDays,
    string? Note, DateTimeOffset? SavedAt, string? SavedBy);

public sealed record AssessmentRulesInput(
    double? InTimeWeight, double? SatisfactionWeight,
    double? FalseClosurePoints, double? OffPlatformProjectPoints, double? MissedInspectionPoints, double? LateSupervisionPoints,
    double? ExcellentFrom, double? GoodFrom, double? PassFrom, int? RectificationWorkingDays, string? Note);

/// <summary>One line of a score with its evidence.</summary>
/// <param name="Key">in-time, satisfaction, false-closures, off-platform-projects, missed-inspections, late-supervisions.</param>
/// <param name="Count">In time / satisfied (rates), or the units deducted.</param>
/// <param name="Of">Judged steps / visits (rates); null for a deduction.</param>
/// <param name="Rate">Count over Of (0–1), null when nothing was judged (it then costs nothing).</param>
/// <param name="Weight">The rule: the points at stake for a rate, the points per unit for a deduction.</param>
/// <param name="Deduction">The points lost on this line.</param>
/// <param name="Known">False when no module provides the fact yet: the line costs nothing and says so.</param>
public sealed record AssessmentLineDto(string Key, int Count, int? Of, double? Rate, double Weight, double Deduction, bool Known);

/// <param name="Kind">body or township.</param>
/// <param name="Grade">excellent, good, pass or fail.</param>
/// <param name="Rank">Among the subjects of its kind, 1 the best; equal scores share a rank.</param>
public sealed record AssessmentRowDto(string Code, string Name, string Kind, double Score, string Grade, int Rank, IReadOnlyList<AssessmentLineDto> Lines);

public sealed record AssessmentSummaryDto(Guid Id, int Year, DateTimeOffset ComputedAt, string? ComputedBy, int RulesVersion, int Subjects, int Excellent, int Failing);

/// <summary>An assessment with the rules it was computed by and every subject's score (as far as the caller sees).</summary>
public sealed record AssessmentDto(
    Guid Id, int Year, DateTimeOffset ComputedAt, string? ComputedBy, AssessmentRulesDto Rules,
    IReadOnlyList<AssessmentRowDto> Rows, IReadOnlyList<AssessmentActionDto> Actions);

public sealed record AssessmentInput(int? Year);

/// <summary>A praise (通报表扬) or a rectification with a deadline (限期整改), tracked to completion.</summary>
/// <param name="Kind">praise or rectification.</param>
/// <param name="Status">open or done.</param>
/// <param name="Late">A rectification done after its deadline, or still open past it.</param>
/// <param name="LateWorkingDays">Working days after the deadline it was done (null when not done, or without a deadline).</param>
public sealed record AssessmentActionDto(
    Guid Id, Guid AssessmentId, int Year, string SubjectCode, string SubjectName, string SubjectKind, string Kind, string Text,
    DateOnly? DueOn, string Status, string? Note, DateTimeOffset? DoneAt, bool Late, int? LateWorkingDays, string? RecordedBy);

/// <param name="DueOn">The rectification's deadline (yyyy-MM-dd); by default the rules' working days from today.</param>
public sealed record AssessmentActionInput(string? SubjectCode, string? SubjectKind, string? Kind, string? Text, string? DueOn);

public sealed record AssessmentActionDoneInput(string? Note);
