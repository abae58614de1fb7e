using System.Text.Json;
using Dalad.Calendar;
using Dalad.Platform.Data;

namespace Dalad.Oversight.Domain;

/// <summary>
/// The rules and weights of the annual assessment (issue 18 item 4): data the joint office edits, stored with a version
/// and copied into each assessment so a past score can be explained with the rules it was computed by.
/// A subject starts from 100 points and loses:
/// - <see cref="InTimeWeight"/> × (1 − in-time rate) — the lead owner's steps (签收, 受理意见, 办结) judged in the year;
/// - <see cref="SatisfactionWeight"/> × (1 − satisfaction) — the follow-up visits (回访) of the year;
/// - <see cref="FalseClosurePoints"/> per false closure (measure 12: 虚假办结 扣分);
/// - <see cref="OffPlatformProjectPoints"/> per project found off the platform (measure 8);
/// - <see cref="MissedInspectionPoints"/> per month without its 双驻双查 inspection;
/// - <see cref="LateSupervisionPoints"/> per 督办 answered late (or not answered by its deadline).
/// Without judged steps or visits a rate costs nothing (there is nothing to judge). The score is never below 0.
/// </summary>
public sealed record AssessmentRules(
    double InTimeWeight, double SatisfactionWeight,
    double FalseClosurePoints, double OffPlatformProjectPoints, double MissedInspectionPoints, double LateSupervisionPoints,
    double ExcellentFrom, double GoodFrom, double PassFrom, int RectificationWorkingDays)
{
    /// <summary>The seeded defaults (version 1): the rates weigh 60 of the 100 points, the deductions the rest.</summary>
    public static readonly AssessmentRules Default = new(40, 20, 5, 3, 1, 2, 90, 80, 60, 20);

    public const double MaxPoints = 100;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static AssessmentRules FromJson(string json) => JsonSerializer.Deserialize<AssessmentRules>(json)!;

    /// <summary>The rules are coherent: weights not negative, the rates' weights within 100, the grades' bounds falling.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        double[] all = [InTimeWeight, SatisfactionWeight, FalseClosurePoints, OffPlatformProjectPoints, MissedInspectionPoints, LateSupervisionPoints, ExcellentFrom, GoodFrom, PassFrom];
        if (all.Any(v => v < 0 || double.IsNaN(v) || v > MaxPoints)) problems.Add("Assessment:Rules:OutOfRange");
        if (InTimeWeight + SatisfactionWeight > MaxPoints) problems.Add("Assessment:Rules:RatesOver100");
        if (!(ExcellentFrom > GoodFrom && GoodFrom > PassFrom)) problems.Add("Assessment:Rules:GradesOrder");
        if (RectificationWorkingDays is < 1 or > 120) problems.Add("Assessment:Rules:RectificationDays");
        return problems;
    }
}

public static class AssessmentGrades
{
    public const string Excellent = "excellent";
    public const string Good = "good";
    public const string Pass = "pass";
    public const string Fail = "fail";
}

public static class AssessmentSubjectKinds
{
    public const string Body = "body";
    public const string Township = "township";
}

/// <summary>The keys of an assessment's lines (each with its evidence).</summary>
public static class AssessmentLineKeys
{
    public const string InTime = "in-time";
    public const string Satisfaction = "satisfaction";
    public const string FalseClosures = "false-closures";
    public const string OffPlatformProjects = "off-platform-projects";
    public const string MissedInspections = "missed-inspections";
    public const string LateSupervisions = "late-supervisions";
}

/// <summary>What the data says about one body or township over the year. A null count is a fact no module provides yet.</summary>
public sealed record AssessmentFacts(
    string Code, string Name, string Kind,
    int StepsInTime, int StepsOverdue, int Visits, int Satisfied, int FalseClosures,
    int? OffPlatformProjects, int? MissedInspections, int LateSupervisions);

/// <summary>
/// One line of a score: the numbers it was judged on (<see cref="Count"/> of <see cref="Of"/>, or the rate), the rule
/// (<see cref="Weight"/>: the points at stake for a rate, the points per unit for a deduction) and the points lost.
/// <see cref="Known"/> is false when no module provides the fact: the line then costs nothing and says so.
/// </summary>
public sealed record AssessmentLine(string Key, int Count, int? Of, double? Rate, double Weight, double Deduction, bool Known = true);

public sealed record AssessmentScore(string Code, string Name, string Kind, double Score, string Grade, int Rank, IReadOnlyList<AssessmentLine> Lines);

/// <summary>The scoring rule: one pure function of the facts and the rules.</summary>
public static class AssessmentScoring
{
    public static AssessmentScore Score(AssessmentFacts f, AssessmentRules rules, int rank = 0)
    {
        var judged = f.StepsInTime + f.StepsOverdue;
        double? inTime = judged == 0 ? null : (double)f.StepsInTime / judged;
        double? satisfaction = f.Visits == 0 ? null : (double)f.Satisfied / f.Visits;
        List<AssessmentLine> lines =
        [
            new(AssessmentLineKeys.InTime, f.StepsInTime, judged, Round(inTime), rules.InTimeWeight, Round2(rules.InTimeWeight * (1 - (inTime ?? 1)))),
            new(AssessmentLineKeys.Satisfaction, f.Satisfied, f.Visits, Round(satisfaction), rules.SatisfactionWeight, Round2(rules.SatisfactionWeight * (1 - (satisfaction ?? 1)))),
            Per(AssessmentLineKeys.FalseClosures, f.FalseClosures, rules.FalseClosurePoints),
            Per(AssessmentLineKeys.OffPlatformProjects, f.OffPlatformProjects, rules.OffPlatformProjectPoints),
            Per(AssessmentLineKeys.MissedInspections, f.MissedInspections, rules.MissedInspectionPoints),
            Per(AssessmentLineKeys.LateSupervisions, f.LateSupervisions, rules.LateSupervisionPoints),
        ];
        var score = Math.Max(0, Round2(AssessmentRules.MaxPoints - lines.Sum(l => l.Deduction)));
        return new AssessmentScore(f.Code, f.Name, f.Kind, score, Grade(score, rules), rank, lines);
    }

    /// <summary>Scores every subject and ranks them, bodies and townships each among their own kind: the higher score first, ties sharing a rank.</summary>
    public static IReadOnlyList<AssessmentScore> Rank(IEnumerable<AssessmentFacts> facts, AssessmentRules rules)
    {
        var scored = facts.Select(f => Score(f, rules)).ToList();
        var ranked = new List<AssessmentScore>();
        foreach (var kind in scored.GroupBy(s => s.Kind))
        {
            var ordered = kind.OrderByDescending(s => s.Score).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? ranked[^1].Rank : i + 1;
                ranked.Add(ordered[i] with { Rank = rank });
            }
        }
        return ranked;
    }

    public static string Grade(double score, AssessmentRules rules) =>
        score >= rules.ExcellentFrom ? AssessmentGrades.Excellent
        : score >= rules.GoodFrom ? AssessmentGrades.Good
        : score >= rules.PassFrom ? AssessmentGrades.Pass
        : AssessmentGrades.Fail;

    private static AssessmentLine Per(string key, int? count, double points) =>
        count is { } n ? new(key, n, null, null, points, Round2(n * points)) : new(key, 0, null, null, points, 0, Known: false);

    private static double? Round(double? rate) => rate is { } r ? Math.Round(r, 4) : null;

    private static double Round2(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A version of the rules, as the joint office saved it.</summary>
public sealed class AssessmentRuleSet : AuditedEntity
{
    public int Version { get; init; }
    public required string Rules { get; init; }
    public string? Note { get; init; }
}

/// <summary>An annual assessment as computed: the year, the rules it used (copied) and every subject's score with its lines.</summary>
public sealed class Assessment : AuditedEntity
{
    public int Year { get; init; }
    public DateTime ComputedAt { get; init; }
    public int RulesVersion { get; init; }
    public required string Rules { get; init; }

    /// <summary>The scores (<see cref="AssessmentScore"/> list) as JSON: what was computed stays as computed.</summary>
    public required string Scores { get; init; }

    public IReadOnlyList<AssessmentScore> ScoreList() => JsonSerializer.Deserialize<List<AssessmentScore>>(Scores)!;

    public static string Serialize(IReadOnlyList<AssessmentScore> scores) => JsonSerializer.Serialize(scores);
}

public static class AssessmentActionKinds
{
    /// <summary>通报表扬, for a grade the rules praise (excellent).</summary>
    public const string Praise = "praise";

    /// <summary>限期整改, for a failing grade, with a deadline.</summary>
    public const string Rectification = "rectification";
}

/// <summary>
/// A praise (通报表扬) or a rectification with a deadline (限期整改) following an assessment, tracked to completion:
/// open → done with a note. A rectification done after its deadline (23:59:59 Beijing time of its day) is late by the
/// working days from the deadline to the day it was done (the 督办 rule).
/// </summary>
public sealed class AssessmentAction : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public Guid AssessmentId { get; init; }
    public int Year { get; init; }
    public required string SubjectCode { get; init; }
    public required string SubjectKind { get; init; }

    /// <summary>The body it is addressed to (the township's body for a township): what the body filter reads.</summary>
    public required string BodyCode { get; init; }

    public required string Kind { get; init; }
    public required string Text { get; init; }
    public DateOnly? DueOn { get; init; }
    public string Status { get; private set; } = AssessmentActionStatuses.Open;
    public string? Note { get; private set; }
    public DateTime? DoneAt { get; private set; }
    public int? LateWorkingDays { get; private set; }

    /// <summary>Which grade an action may follow: praise the top grade, rectification the failing one.</summary>
    public static bool Fits(string kind, string grade) => kind switch
    {
        AssessmentActionKinds.Praise => grade == AssessmentGrades.Excellent,
        AssessmentActionKinds.Rectification => grade == AssessmentGrades.Fail,
        _ => false,
    };

    public void Complete(string note, DateTime utcNow, IWorkingCalendar calendar)
    {
        if (Status == AssessmentActionStatuses.Done) throw new Platform.Web.BusinessException("Assessment:AlreadyDone");
        Note = note.Trim();
        DoneAt = utcNow;
        Status = AssessmentActionStatuses.Done;
        LateWorkingDays = DueOn is { } due ? Supervision.Lateness(Supervision.DueAtEndOf(due), utcNow, calendar) : null;
    }

    /// <summary>Late now: done after the deadline, or still open past it.</summary>
    public bool IsLate(DateTime utcNow) => DueOn is { } due && (DoneAt ?? utcNow) > Supervision.DueAtEndOf(due);
}

public static class AssessmentActionStatuses
{
    public const string Open = "open";
    public const string Done = "done";
}
