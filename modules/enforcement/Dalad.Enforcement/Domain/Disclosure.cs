using System.Text.RegularExpressions;
using Dalad.Platform.Data;
using Dalad.Platform.PersonalData;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// A quarter's public disclosure of serious violations (Dalad plan 三（十）): the listings and penalty decisions decided in
/// the quarter, compiled by HRSS as a draft, recompiled while a draft, public once approved (and then never changed).
/// </summary>
public sealed class Disclosure : AuditedEntity
{
    public int Year { get; set; }
    public int Quarter { get; set; }
    public string Status { get; set; } = DisclosureStatuses.Draft;
    public List<DisclosureEntry> Entries { get; set; } = [];
    public DateTime CompiledAt { get; set; }
    public string? CompiledBy { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public int Revision { get; set; }

    /// <summary>The first and last day of a quarter.</summary>
    public static (DateOnly From, DateOnly To) Range(int year, int quarter)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100) throw new EnforcementRuleException("Disclosures:BadQuarter");
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>A quarter can be compiled once it has begun (its decisions are still being made until it ends).</summary>
    public static Disclosure Compile(int year, int quarter, IEnumerable<DisclosureEntry> entries, DateTime now, string? user, DateOnly today)
    {
        var (from, _) = Range(year, quarter);
        if (from > today) throw new EnforcementRuleException("Disclosures:FutureQuarter");
        var d = new Disclosure { Year = year, Quarter = quarter };
        d.Recompile(entries, now, user);
        return d;
    }

    public void Recompile(IEnumerable<DisclosureEntry> entries, DateTime now, string? user)
    {
        if (Status != DisclosureStatuses.Draft) throw new EnforcementRuleException("Disclosures:AlreadyPublished", Year, Quarter);
        Entries = entries.OrderBy(e => e.DecidedOn).ThenBy(e => e.EmployerName, StringComparer.Ordinal).ToList();
        CompiledAt = now;
        CompiledBy = user;
        Revision++;
    }

    /// <summary>HRSS approves the draft: from then on it is public.</summary>
    public void Approve(DateTime now, string? user)
    {
        if (Status != DisclosureStatuses.Draft) throw new EnforcementRuleException("Disclosures:AlreadyPublished", Year, Quarter);
        Status = DisclosureStatuses.Published;
        PublishedAt = now;
        ApprovedBy = user;
        Revision++;
    }

    /// <summary>
    /// The quarter's serious violations: employers listed (decided) in it, penalty cases decided in it. Facts and decisions
    /// pass through <see cref="PublicText.Redact"/>.
    /// </summary>
    public static IReadOnlyList<DisclosureEntry> Collect(
        int year, int quarter, IEnumerable<Listing> listings, IEnumerable<PenaltyCase> penalties, Func<Guid?, string?> creditCodeOfOrder)
    {
        var (from, to) = Range(year, quarter);
        var entries = new List<DisclosureEntry>();
        foreach (var l in listings)
        {
            if (l.ListedOn is not { } on || on < from || on > to || l.Status is not (ListingStatuses.Listed or ListingStatuses.Removed)) continue;
            entries.Add(DisclosureEntry.Create(DisclosureKinds.Listing, l.EmployerName, l.CreditCode, l.ProposalReasons, l.DecisionReasons ?? "", on));
        }
        foreach (var p in penalties)
        {
            var decided = p.Steps.FirstOrDefault(s => s.Step == PenaltySteps.Decided);
            if (decided is null || decided.On < from || decided.On > to) continue;
            entries.Add(DisclosureEntry.Create(DisclosureKinds.Penalty, p.EmployerName, creditCodeOfOrder(p.OrderId), p.Facts, decided.Note ?? "", decided.On));
        }
        return entries;
    }
}

/// <summary>One published line; its texts are already redacted.</summary>
public sealed record DisclosureEntry(string Kind, string EmployerName, string? CreditCode, string Facts, string Decision, DateOnly DecidedOn)
{
    public const int MaxFactsLength = 500;

    public static DisclosureEntry Create(string kind, string employerName, string? creditCode, string facts, string decision, DateOnly decidedOn) =>
        new(kind, PublicText.Redact(employerName), creditCode, Brief(PublicText.Redact(facts)), Brief(PublicText.Redact(decision)), decidedOn);

    /// <summary>Facts in brief: one paragraph, at most <see cref="MaxFactsLength"/> characters.</summary>
    private static string Brief(string text)
    {
        var flat = Regex.Replace(text.Trim(), @"\s+", " ");
        return flat.Length <= MaxFactsLength ? flat : flat[..(MaxFactsLength - 1)] + "…";
    }
}

/// <summary>What may be published: every personal number the platform finds in free text
/// (<see cref="PersonalDataText"/>) is replaced by <see cref="Hidden"/>.</summary>
public static class PublicText
{
    public const string Hidden = "［已隐去］";

    public static string Redact(string text) => PersonalDataText.Replace(text, _ => Hidden);

    public static bool ContainsPersonalData(string text) => PersonalDataText.Contains(text);
}
