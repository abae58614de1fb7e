namespace Dalad.Projects;

/// <summary>Projects under way and open warnings per owning body (industry or territorial), as far as the caller sees
/// them: for the joint office's command view. Implemented by the projects module.</summary>
public interface IProjectFigures
{
    Task<IReadOnlyList<ProjectBodyFiguresDto>> ByBodyAsync(CancellationToken cancellationToken = default);
}

/// <param name="ProjectsUnderWay">Projects not completed (no completion date) the body owns in either role.</param>
/// <param name="OpenWarnings">Warnings still open (not handled or closed) on the body's projects.</param>
public sealed record ProjectBodyFiguresDto(string BodyCode, int ProjectsUnderWay, int OpenWarnings);
