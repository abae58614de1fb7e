namespace Dalad.Projects;

/// <summary>Projects under way and open warnings per owning body (industry or territorial), as far as the caller sees
/// them: for the joint office's command view. Implemented by the projects module.</summary>
public interface IProjectFigures
{
    Task<IReadOnlyList<ProjectBodyFiguresDto>> ByBodyAsync(CancellationToken cancellationToken = default);

    /// <summary>Per owning body (either role) over a calendar year (Beijing dates), as far as the caller sees: for the
    /// annual assessment. Judged as of today, so the current year counts the months already judged.</summary>
    Task<IReadOnlyList<ProjectYearFiguresDto>> YearByBodyAsync(int year, CancellationToken cancellationToken = default);
}

/// <param name="ProjectsUnderWay">Projects not completed (no completion date) the body owns in either role.</param>
/// <param name="OpenWarnings">Warnings still open (not handled or closed) on the body's projects.</param>
public sealed record ProjectBodyFiguresDto(string BodyCode, int ProjectsUnderWay, int OpenWarnings);

/// <param name="MissedInspections">Months of the year with works under way and no 双驻双查 inspection: the rule of the
/// <c>inspection-missing</c> warning (a month is judged once over and the rule's days of grace passed); none when that
/// rule is switched off.</param>
/// <param name="RegisteredAfterStart">Projects found off the platform: registered in the year on a day after their works
/// had started (measure 8 wants them on the platform before).</param>
public sealed record ProjectYearFiguresDto(string BodyCode, int MissedInspections, int RegisteredAfterStart);
