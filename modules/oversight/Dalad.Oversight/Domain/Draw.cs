using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dalad.Platform.Data;

namespace Dalad.Oversight.Domain;

/// <summary>
/// 双随机一公开 (measure 11): the labour-intensive sectors whose employers are drawn, as GB/T 4754-2017 sections —
/// manufacturing C, wholesale and retail F, accommodation and catering H, residential and other services O.
/// </summary>
public static class DrawSectors
{
    public static readonly IReadOnlyList<string> Default = ["C", "F", "H", "O"];

    /// <summary>A class code (C1310, H6210…) belongs to a section when it starts with the section's letter.</summary>
    public static bool InSections(string industryCode, IReadOnlyCollection<string> sections) =>
        industryCode.Length > 0 && sections.Contains(industryCode[..1].ToUpperInvariant());
}

/// <summary>
/// The random stream of a draw, recomputable by anyone from the published seed: block i (i = 0, 1, 2…) is
/// SHA-256 of the UTF-8 bytes of "{seed}:{label}:{i}"; each block gives 4 numbers, its bytes 0–7, 8–15, 16–23, 24–31
/// read as unsigned 64-bit big-endian integers. A number below m is drawn by rejection: a value at or above the
/// largest multiple of m within 2^64 is discarded; otherwise the value mod m.
/// </summary>
public sealed class SeedStream(string seed, string label)
{
    private readonly byte[] _block = new byte[32];
    private long _counter;
    private int _offset = 32;

    public ulong NextUInt64()
    {
        if (_offset == 32)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{label}:{_counter++}"), _block);
            _offset = 0;
        }
        var value = BinaryPrimitives.ReadUInt64BigEndian(_block.AsSpan(_offset, 8));
        _offset += 8;
        return value;
    }

    /// <summary>A number in [0, m), unbiased.</summary>
    public int Below(int m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(m);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)m + 1) % (ulong)m; // the largest multiple of m, minus 1
        while (true)
        {
            var v = NextUInt64();
            if (v <= limit) return (int)(v % (ulong)m);
        }
    }
}

/// <summary>An employer of the sampling frame, as published (an enterprise: no personal data).</summary>
public sealed record DrawFrameEntry(string CreditCode, string Name, string IndustryCode, string? TerritoryCode, string RegisteredByBodyCode);

/// <summary>An inspector of the pool: the number is its place in the pool sorted by id (published instead of the name).</summary>
public sealed record DrawPoolEntry(int Number, Guid InspectorId, string Name, string BodyCode, IReadOnlyList<string> ConflictCreditCodes);

/// <summary>An employer drawn and the inspectors (pool numbers) drawn for it.</summary>
public sealed record DrawPick(string CreditCode, IReadOnlyList<int> Inspectors);

/// <summary>
/// The draw rule. The frame is the employers of the sections sorted by credit code (ordinal); the first
/// <c>employers</c> positions of a Fisher–Yates shuffle driven by the stream "employers" are drawn, in order. For each
/// drawn employer, the inspectors without a conflict of interest with it, sorted by pool number, are shuffled the same
/// way by the stream "inspectors" (one stream for the whole draw, continued employer after employer) and the first
/// <c>teamSize</c> are drawn. Conflict of interest: the inspector's body registered the employer (its regulator keeps
/// its own register), or the inspector declared a conflict with the employer's credit code.
/// </summary>
public static class DrawRule
{
    public static bool Conflicted(DrawPoolEntry inspector, DrawFrameEntry employer) =>
        inspector.BodyCode == employer.RegisteredByBodyCode
        || inspector.ConflictCreditCodes.Contains(employer.CreditCode, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<DrawPick> Draw(string seed, IReadOnlyList<DrawFrameEntry> frame, IReadOnlyList<DrawPoolEntry> pool, int employers, int teamSize)
    {
        var sortedFrame = frame.OrderBy(e => e.CreditCode, StringComparer.Ordinal).ToList();
        var drawn = Shuffle(sortedFrame, Math.Min(employers, sortedFrame.Count), new SeedStream(seed, "employers"));
        var inspectorStream = new SeedStream(seed, "inspectors");
        var sortedPool = pool.OrderBy(p => p.Number).ToList();
        return drawn.Select(e =>
        {
            var eligible = sortedPool.Where(p => !Conflicted(p, e)).ToList();
            if (eligible.Count < teamSize) throw new Platform.Web.BusinessException("Draw:NotEnoughInspectors", e.Name, teamSize);
            return new DrawPick(e.CreditCode, Shuffle(eligible, teamSize, inspectorStream).Select(p => p.Number).ToList());
        }).ToList();
    }

    /// <summary>The first <paramref name="count"/> items of a Fisher–Yates shuffle: position i swaps with i + Below(n − i).</summary>
    public static List<T> Shuffle<T>(IReadOnlyList<T> items, int count, SeedStream stream)
    {
        var a = items.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + stream.Below(a.Length - i);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a.Take(count).ToList();
    }

    /// <summary>A fresh seed when the joint office does not give one: 128 random bits in hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>An employer that may be drawn: an enterprise of the labour-intensive sectors with its GB/T 4754 class.</summary>
public sealed class DrawEmployer : AuditedEntity
{
    public const int MaxNameLength = 200;

    public required string CreditCode { get; init; }
    public required string Name { get; set; }
    public required string IndustryCode { get; set; }
    public string? TerritoryCode { get; set; }

    /// <summary>The body whose register the employer is in (its regulator): its inspectors are conflicted.</summary>
    public required string RegisteredByBodyCode { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>An inspector of the pool (执法检查人员库), with the employers (credit codes) he declared a conflict with.</summary>
public sealed class DrawInspector : AuditedEntity
{
    public const int MaxNameLength = 64;

    public required string Name { get; set; }
    public required string BodyCode { get; set; }

    /// <summary>Declared conflicts: credit codes, comma-separated.</summary>
    public string Conflicts { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public IReadOnlyList<string> ConflictList => Conflicts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A draw as made and published: the seed, the frame, the pool and the result, frozen.</summary>
public sealed class Draw : AuditedEntity
{
    public const int MaxTitleLength = 200;

    public required string Title { get; init; }
    public required string Seed { get; init; }
    public DateTime DrawnAt { get; init; }
    public required string Sections { get; init; }
    public int TeamSize { get; init; }

    /// <summary>JSON of <see cref="DrawFrameEntry"/> (sorted by credit code).</summary>
    public required string Frame { get; init; }

    /// <summary>JSON of <see cref="DrawPoolEntry"/> (names kept here, never published).</summary>
    public required string Pool { get; init; }

    /// <summary>JSON of <see cref="DrawPick"/>, in the order drawn.</summary>
    public required string Picks { get; init; }

    public IReadOnlyList<DrawFrameEntry> FrameList() => JsonSerializer.Deserialize<List<DrawFrameEntry>>(Frame)!;
    public IReadOnlyList<DrawPoolEntry> PoolList() => JsonSerializer.Deserialize<List<DrawPoolEntry>>(Pool)!;
    public IReadOnlyList<DrawPick> PickList() => JsonSerializer.Deserialize<List<DrawPick>>(Picks)!;
}

public static class DrawOutcomes
{
    /// <summary>No wage problem found.</summary>
    public const string Compliant = "compliant";

    /// <summary>Problems found, ordered to rectify.</summary>
    public const string Rectify = "rectify";

    /// <summary>Wages owed: a case or an enforcement follows.</summary>
    public const string Arrears = "arrears";

    public static readonly IReadOnlyList<string> All = [Compliant, Rectify, Arrears];
}

/// <summary>The result of the inspection of one drawn employer; published with the draw.</summary>
public sealed class DrawInspection : AuditedEntity
{
    public const int MaxTextLength = 2000;

    public Guid DrawId { get; init; }
    public required string CreditCode { get; init; }
    public DateOnly InspectedOn { get; set; }
    public required string Outcome { get; set; }

    /// <summary>The public summary (written for publication: no personal data).</summary>
    public required string Summary { get; set; }
}
