namespace Dalad.Cases;

/// <summary>
/// A finding of the platform itself (an early warning of the projects module) turned into a case: the case opens at
/// once with the two owners the finding names (no routing, no dispatcher) and runs the 1/5/15 working-day workflow
/// like any other. Implemented by the cases module.
/// </summary>
public interface IProactiveCases
{
    /// <summary>Opens the case, or answers the one already opened for <see cref="ProactiveCaseRequest.SourceKey"/> (idempotent).</summary>
    Task<ProactiveCaseDto> OpenAsync(ProactiveCaseRequest request, CancellationToken cancellationToken = default);
}

/// <param name="SourceKey">Unique per finding (e.g. the warning's id): a second call with it answers the first case.</param>
/// <param name="Text">What the case is about (the warning and its evidence), in Chinese.</param>
/// <param name="TerritoryCode">The 9-digit territory of the project.</param>
public sealed record ProactiveCaseRequest(
    string SourceKey, string Text, string? Address, string? Employer, string? Project,
    string TerritoryCode, string TerritorialBodyCode, string IndustryBodyCode);

public sealed record ProactiveCaseDto(Guid CaseId, string CaseNumber);
