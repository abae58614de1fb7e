using Dalad.Oversight.Domain;
using Shouldly;

namespace Dalad.Oversight.Domain.Tests;

/// <summary>The annual assessment's scoring rule on plain facts: each line's points lost, the grade, the ranking.</summary>
public sealed class AssessmentScoringTests
{
    private static readonly AssessmentRules Rules = AssessmentRules.Default;

    private static AssessmentFacts Facts(string code, int inTime = 0, int overdue = 0, int visits = 0, int satisfied = 0, int falseClosures = 0,
        int? offPlatform = null, int? missed = null, int late = 0, string kind = AssessmentSubjectKinds.Body) =>
        new(code, code, kind, inTime, overdue, visits, satisfied, falseClosures, offPlatform, missed, late);

    [Fact]
    public void Each_line_loses_its_weight_times_the_missing_rate_or_its_points_per_unit()
    {
        // 3 of 4 steps in time: 40 × ¼ = 10; 1 of 2 visits satisfied: 20 × ½ = 10; 1 false closure 5; 2 late 督办 4.
        var score = AssessmentScoring.Score(Facts("housing", inTime: 3, overdue: 1, visits: 2, satisfied: 1, falseClosures: 1, late: 2), Rules);
        score.Lines.Single(l => l.Key == AssessmentLineKeys.InTime).ShouldBe(new AssessmentLine(AssessmentLineKeys.InTime, 3, 4, 0.75, 40, 10));
        score.Lines.Single(l => l.Key == AssessmentLineKeys.Satisfaction).Deduction.ShouldBe(10);
        score.Lines.Single(l => l.Key == AssessmentLineKeys.FalseClosures).Deduction.ShouldBe(5);
        score.Lines.Single(l => l.Key == AssessmentLineKeys.LateSupervisions).ShouldBe(new AssessmentLine(AssessmentLineKeys.LateSupervisions, 2, null, null, 2, 4));
        score.Score.ShouldBe(71);
        score.Grade.ShouldBe(AssessmentGrades.Pass);
    }

    [Fact]
    public void A_fact_no_module_provides_costs_nothing_and_says_it_is_unknown()
    {
        var unknown = AssessmentScoring.Score(Facts("housing"), Rules);
        var offPlatform = unknown.Lines.Single(l => l.Key == AssessmentLineKeys.OffPlatformProjects);
        offPlatform.Known.ShouldBeFalse();
        offPlatform.Deduction.ShouldBe(0);
        unknown.Score.ShouldBe(100, "nothing judged, nothing unknown counted");

        var known = AssessmentScoring.Score(Facts("housing", offPlatform: 2, missed: 3), Rules);
        known.Lines.Single(l => l.Key == AssessmentLineKeys.OffPlatformProjects).Deduction.ShouldBe(6);
        known.Lines.Single(l => l.Key == AssessmentLineKeys.MissedInspections).Deduction.ShouldBe(3);
        known.Score.ShouldBe(91);
    }

    [Fact]
    public void Without_judged_steps_or_visits_a_rate_costs_nothing_but_shows_no_rate()
    {
        var score = AssessmentScoring.Score(Facts("transport"), Rules);
        var inTime = score.Lines.Single(l => l.Key == AssessmentLineKeys.InTime);
        inTime.Rate.ShouldBeNull();
        inTime.Of.ShouldBe(0);
        inTime.Deduction.ShouldBe(0);
    }

    [Fact]
    public void The_score_never_falls_below_zero_and_grades_follow_the_bounds()
    {
        AssessmentScoring.Score(Facts("x", falseClosures: 40), Rules).Score.ShouldBe(0);
        AssessmentScoring.Grade(90, Rules).ShouldBe(AssessmentGrades.Excellent);
        AssessmentScoring.Grade(89.99, Rules).ShouldBe(AssessmentGrades.Good);
        AssessmentScoring.Grade(80, Rules).ShouldBe(AssessmentGrades.Good);
        AssessmentScoring.Grade(60, Rules).ShouldBe(AssessmentGrades.Pass);
        AssessmentScoring.Grade(59.99, Rules).ShouldBe(AssessmentGrades.Fail);
    }

    [Fact]
    public void Other_weights_give_other_scores_from_the_same_facts()
    {
        var facts = Facts("housing", inTime: 1, overdue: 1, falseClosures: 1);
        AssessmentScoring.Score(facts, Rules).Score.ShouldBe(75);
        AssessmentScoring.Score(facts, Rules with { InTimeWeight = 60, FalseClosurePoints = 10 }).Score.ShouldBe(60);
    }

    [Fact]
    public void Subjects_are_ranked_within_their_kind_the_best_first_and_ties_share_a_rank()
    {
        var ranked = AssessmentScoring.Rank(
        [
            Facts("a", inTime: 1, overdue: 1), Facts("b"), Facts("c", falseClosures: 1), Facts("d"),
            Facts("150621102", late: 1, kind: AssessmentSubjectKinds.Township),
        ], Rules);
        var bodies = ranked.Where(s => s.Kind == AssessmentSubjectKinds.Body).OrderBy(s => s.Rank).ThenBy(s => s.Code).ToList();
        bodies.Select(s => (s.Code, s.Rank)).ShouldBe([("b", 1), ("d", 1), ("c", 3), ("a", 4)]);
        ranked.Single(s => s.Kind == AssessmentSubjectKinds.Township).Rank.ShouldBe(1);
    }

    [Fact]
    public void Incoherent_rules_are_refused()
    {
        Rules.Problems().ShouldBeEmpty();
        (Rules with { InTimeWeight = 80, SatisfactionWeight = 30 }).Problems().ShouldContain("Assessment:Rules:RatesOver100");
        (Rules with { GoodFrom = 95 }).Problems().ShouldContain("Assessment:Rules:GradesOrder");
        (Rules with { FalseClosurePoints = -1 }).Problems().ShouldContain("Assessment:Rules:OutOfRange");
        AssessmentRules.FromJson(Rules.ToJson()).ShouldBe(Rules);
    }

    [Fact]
    public void Praise_follows_the_top_grade_and_rectification_the_failing_one_and_lateness_counts_working_days()
    {
        AssessmentAction.Fits(AssessmentActionKinds.Praise, AssessmentGrades.Excellent).ShouldBeTrue();
        AssessmentAction.Fits(AssessmentActionKinds.Praise, AssessmentGrades.Good).ShouldBeFalse();
        AssessmentAction.Fits(AssessmentActionKinds.Rectification, AssessmentGrades.Fail).ShouldBeTrue();
        AssessmentAction.Fits(AssessmentActionKinds.Rectification, AssessmentGrades.Pass).ShouldBeFalse();

        var action = new AssessmentAction
        {
            SubjectCode = "housing", SubjectKind = AssessmentSubjectKinds.Body, BodyCode = "housing", Kind = AssessmentActionKinds.Rectification,
            Text = "限期整改", DueOn = new DateOnly(2026, 3, 6), // a Friday
        };
        var tuesday = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;
        action.IsLate(tuesday).ShouldBeTrue("still open past its deadline");
        action.Complete("已整改", tuesday, new WeekdayCalendar());
        action.Status.ShouldBe(AssessmentActionStatuses.Done);
        action.LateWorkingDays.ShouldBe(2);
        Should.Throw<Platform.Web.BusinessException>(() => action.Complete("再次", tuesday, new WeekdayCalendar()));
    }
}
