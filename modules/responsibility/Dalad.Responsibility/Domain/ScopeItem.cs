using Dalad.Platform.Data;

namespace Dalad.Responsibility.Domain;

/// <summary>One sector or business type a body owns (e.g. housing: 建筑施工), with the keywords that name it.</summary>
public sealed class ScopeItem : AuditedEntity
{
    public const int MaxSectorLength = 128;
    public const int MaxSourceTextLength = 2000;

    public required string BodyCode { get; set; }
    public required string Sector { get; set; }

    /// <summary>The plan's sentence the item comes from, or the administrator's wording.</summary>
    public string SourceText { get; set; } = "";

    /// <summary>Raised on every change to the item or its keywords (concurrency token).</summary>
    public int Revision { get; set; }

    public List<ScopeKeyword> Keywords { get; set; } = [];

    public const int MaxIndustryCodesLength = 2000;

    /// <summary>GB/T 4754-2017 codes the item owns, comma-separated (C, H62, C3074…); see <see cref="ScopeItemDto.IndustryCodes"/>.</summary>
    public string IndustryCodes { get; set; } = "";

    public IReadOnlyList<string> IndustryCodeList => IndustryCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void SetIndustryCodes(IEnumerable<string> codes) =>
        IndustryCodes = string.Join(',', codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal));

    public ScopeItemDto ToDto() => new(Id, BodyCode, Sector, SourceText, Keywords.Select(k => k.Keyword).Order(StringComparer.Ordinal).ToList())
    {
        IndustryCodes = IndustryCodeList,
    };
}

public sealed class ScopeKeyword
{
    public const int MaxLength = 64;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScopeItemId { get; set; }
    public required string Keyword { get; set; }
}
