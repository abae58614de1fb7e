using System.Linq.Expressions;
using Dalad.Platform.Web;

namespace Dalad.Identity.AbpContract;

/// <summary>
/// ABP's <c>Sorting</c> parameter ("userName asc, email desc") applied to a query over a fixed set of sortable fields
/// (field names are matched ignoring case); anything else is refused with a localized 400.
/// </summary>
internal sealed class Sorting<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, bool, IOrderedQueryable<T>>> _fields = new(StringComparer.OrdinalIgnoreCase);

    public Sorting<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _fields[field] = (query, descending, first) => first
            ? descending ? query.OrderByDescending(key) : query.OrderBy(key)
            : descending ? ((IOrderedQueryable<T>)query).ThenByDescending(key) : ((IOrderedQueryable<T>)query).ThenBy(key);
        return this;
    }

    /// <param name="fallback">Applied when no sorting is given, and last of all so that paging is stable.</param>
    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sorting, params (string Field, bool Descending)[] fallback)
    {
        var terms = Parse(sorting).Concat(fallback).ToList();
        IOrderedQueryable<T>? ordered = null;
        foreach (var (field, descending) in terms)
            ordered = _fields[field](ordered ?? query, descending, ordered is null);
        return ordered ?? throw new InvalidOperationException("A fallback sort order is required.");
    }

    private IEnumerable<(string Field, bool Descending)> Parse(string? sorting)
    {
        if (string.IsNullOrWhiteSpace(sorting)) yield break;
        foreach (var term in sorting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            var valid = parts.Length == 1 || (parts.Length == 2 && (descending || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)));
            if (!valid || !_fields.ContainsKey(parts[0])) throw new BusinessException("Identity:InvalidSorting", term);
            yield return (parts[0], descending);
        }
    }
}
