namespace Dalad.Responsibility.Domain;

/// <summary>What moving industry classes from one body's scope item to another body did to the matrix.</summary>
public enum ScopeItemMoveKind
{
    /// <summary>The whole item went to the other body, keywords and all.</summary>
    Moved,
    /// <summary>The whole item joined the other body's item of the same sector; the source item is gone.</summary>
    Merged,
    /// <summary>Some classes left the item for a new item of the other body (a department split).</summary>
    Split,
    /// <summary>Some classes left the item for the other body's existing item of the same sector.</summary>
    SplitIntoExisting,
}

/// <summary>The outcome of <see cref="ScopeItemMove.Apply"/>: the source item (null when it is gone) and the target item.</summary>
public sealed record ScopeItemMoveResult(ScopeItemMoveKind Kind, ScopeItem? Source, ScopeItem Target, bool TargetIsNew);

/// <summary>
/// Issue 11, item 5: bodies split and merge by moving a scope item's industry classes (or the whole item) to another
/// body. Moving all classes moves the item itself, or merges it into the target's item of the same sector; moving
/// some splits them off. Keywords travel only with a whole item: they describe the sector's words, which the source
/// still needs while it keeps some of the classes.
/// </summary>
public static class ScopeItemMove
{
    /// <param name="source">The item the classes leave.</param>
    /// <param name="targetBodyCode">The active body that takes them.</param>
    /// <param name="codes">The classes to move; null moves all of them (and the item).</param>
    /// <param name="targetSameSector">The target body's item of the same sector, when it has one.</param>
    /// <exception cref="ScopeItemMoveException">The move makes no sense; its key names the reason.</exception>
    public static ScopeItemMoveResult Apply(ScopeItem source, string targetBodyCode, IReadOnlyCollection<string>? codes, ScopeItem? targetSameSector)
    {
        if (source.BodyCode == targetBodyCode) throw new ScopeItemMoveException("Responsibility:MoveToSameBody");
        var owned = source.IndustryCodeList.ToHashSet(StringComparer.Ordinal);
        var moving = codes?.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (moving is { Count: 0 }) throw new ScopeItemMoveException("Responsibility:MoveNoCodes");
        if (moving?.Where(c => !owned.Contains(c)).ToList() is { Count: > 0 } foreign)
            throw new ScopeItemMoveException("Responsibility:MoveCodesNotInItem", string.Join("、", foreign), source.Sector);

        var whole = moving is null || moving.Count == owned.Count;
        if (whole)
        {
            if (targetSameSector is null)
            {
                source.BodyCode = targetBodyCode;
                return new ScopeItemMoveResult(ScopeItemMoveKind.Moved, Source: null, source, TargetIsNew: false);
            }
            targetSameSector.SetIndustryCodes(targetSameSector.IndustryCodeList.Concat(owned));
            var known = targetSameSector.Keywords.Select(k => k.Keyword).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var keyword in source.Keywords.Where(k => known.Add(k.Keyword)))
                targetSameSector.Keywords.Add(new ScopeKeyword { ScopeItemId = targetSameSector.Id, Keyword = keyword.Keyword });
            return new ScopeItemMoveResult(ScopeItemMoveKind.Merged, Source: null, targetSameSector, TargetIsNew: false);
        }

        source.SetIndustryCodes(owned.Except(moving!));
        if (targetSameSector is not null)
        {
            targetSameSector.SetIndustryCodes(targetSameSector.IndustryCodeList.Concat(moving!));
            return new ScopeItemMoveResult(ScopeItemMoveKind.SplitIntoExisting, source, targetSameSector, TargetIsNew: false);
        }
        var split = new ScopeItem { BodyCode = targetBodyCode, Sector = source.Sector, SourceText = source.SourceText };
        split.SetIndustryCodes(moving!);
        return new ScopeItemMoveResult(ScopeItemMoveKind.Split, source, split, TargetIsNew: true);
    }
}

/// <summary>A move refused by <see cref="ScopeItemMove"/>; <see cref="Key"/> is a localization key.</summary>
public sealed class ScopeItemMoveException(string key, params object[] arguments) : Exception(key)
{
    public string Key { get; } = key;
    public object[] Arguments { get; } = arguments;
}
