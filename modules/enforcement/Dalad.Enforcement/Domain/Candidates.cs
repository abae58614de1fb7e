namespace Dalad.Enforcement.Domain;

/// <summary>
/// The candidates for the dishonest-employer list, one pure function of the arrears findings: an employer with 3 or
/// more arrears cases within 12 months, or with arrears cases in 3 consecutive calendar years. Findings are grouped by
/// credit code first; a finding without a code joins the group whose findings carry the same normalised name.
/// </summary>
public static class CandidateRule
{
    public const int CasesWithinTwelveMonths = 3;
    public const int ConsecutiveYears = 3;

    public sealed record Group(string EmployerName, string? CreditCode, IReadOnlyList<string> Grounds, IReadOnlyList<ArrearsFinding> Findings);

    public static IReadOnlyList<Group> Compute(IEnumerable<ArrearsFinding> findings)
    {
        var all = findings.ToList();
        // Every name seen with a code points to that code, so a later finding without the code still matches.
        var codeOfName = all.Where(f => f.CreditCode is not null)
            .GroupBy(f => f.NormalisedName)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.EstablishedOn).First().CreditCode!);
        var groups = all.GroupBy(f => f.CreditCode is { } code ? "code:" + code
            : codeOfName.TryGetValue(f.NormalisedName, out var known) ? "code:" + known : "name:" + f.NormalisedName);

        var result = new List<Group>();
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(f => f.EstablishedOn).ThenBy(f => f.CaseNumber, StringComparer.Ordinal).ToList();
            var grounds = new List<string>();
            if (WithinTwelveMonths(ordered)) grounds.Add(CandidateGrounds.ThreeInTwelveMonths);
            if (InConsecutiveYears(ordered)) grounds.Add(CandidateGrounds.ThreeConsecutiveYears);
            if (grounds.Count == 0) continue;
            var latest = ordered[^1];
            var code = ordered.LastOrDefault(f => f.CreditCode is not null)?.CreditCode;
            result.Add(new Group(latest.EmployerName, code, grounds, ordered));
        }
        return result.OrderBy(g => g.EmployerName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Some 3 cases (distinct) established within 12 months of the first of them.</summary>
    private static bool WithinTwelveMonths(IReadOnlyList<ArrearsFinding> ordered)
    {
        var distinct = ordered.DistinctBy(f => f.CaseNumber).ToList();
        for (var i = 0; i + CasesWithinTwelveMonths - 1 < distinct.Count; i++)
            if (distinct[i + CasesWithinTwelveMonths - 1].EstablishedOn < distinct[i].EstablishedOn.AddMonths(12)) return true;
        return false;
    }

    private static bool InConsecutiveYears(IReadOnlyList<ArrearsFinding> ordered)
    {
        var years = ordered.Select(f => f.EstablishedOn.Year).ToHashSet();
        return years.Any(y => Enumerable.Range(y, ConsecutiveYears).All(years.Contains));
    }
}
