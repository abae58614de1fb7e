namespace Dalad.Search;

/// <summary>A register entry (project, employer, mine…) whose name or alias a text contains.</summary>
/// <param name="Matched">The words of the text that named it.</param>
public sealed record RegisterMatch(Guid Id, string Source, string Name, string Matched, string? TerritoryCode, string? IndustryBodyCode);

/// <summary>Finds the department registers' entries named in a text (a Lucene index of names and aliases, kept current).</summary>
public interface IRegisterMatcher
{
    /// <summary>The index's version: it changes whenever a register changed, so a caller can cache by it.</summary>
    long Version { get; }

    /// <summary>Makes the next match rebuild the index from the registers.</summary>
    void MarkStale();

    Task<IReadOnlyList<RegisterMatch>> MatchAsync(string text, CancellationToken cancellationToken = default);
}
