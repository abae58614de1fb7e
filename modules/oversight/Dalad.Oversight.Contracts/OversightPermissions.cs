namespace Dalad.Oversight;

public static class OversightPermissions
{
    public const string GroupName = "Dalad.Oversight";

    /// <summary>The command view (figures) and the 督办, 约谈 and referrals: all of them for the joint office, one's own bodies' otherwise.</summary>
    public const string Default = GroupName;

    /// <summary>Raise a 督办, record a 约谈 and its follow-up, refer to 纪委监委 and record the outcome (the joint office).</summary>
    public const string Supervise = Default + ".Supervise";

    /// <summary>Answer a 督办 addressed to one's own body.</summary>
    public const string Answer = Default + ".Answer";

    /// <summary>Read every monthly report to 纪委监委 (the joint office and the discipline commission); regenerating one needs <see cref="Supervise"/>.</summary>
    public const string MonthlyReports = Default + ".MonthlyReports";

    /// <summary>The annual assessment: compute it, edit its rules, record praise and rectifications and their completion (the joint office).</summary>
    public const string Assess = Default + ".Assess";

    /// <summary>双随机一公开: keep the employers and the inspector pool, make draws, record the inspections' results (the joint office).</summary>
    public const string Draw = Default + ".Draw";
}

/// <summary>What a 督办 is about.</summary>
public static class SupervisionSubjects
{
    public const string Case = "case";
    public const string Warning = "warning";
    public const string Figures = "figures";

    public static readonly IReadOnlyList<string> All = [Case, Warning, Figures];
}

public static class SupervisionStatuses
{
    public const string Open = "open";
    public const string Answered = "answered";
}
