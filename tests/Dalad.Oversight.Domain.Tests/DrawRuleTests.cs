using System.Security.Cryptography;
using System.Text;
using Dalad.Oversight.Domain;
using Shouldly;

namespace Dalad.Oversight.Domain.Tests;

/// <summary>双随机一公开: the draw is a pure function of the published seed, the frame and the pool.</summary>
public sealed class DrawRuleTests
{
    private static readonly IReadOnlyList<DrawFrameEntry> Frame = Enumerable.Range(1, 30)
        .Select(i => new DrawFrameEntry($"91150621MA{i:D7}X", $"企业{i}", i % 2 == 0 ? "H6210" : "C1310", null, i % 3 == 0 ? "market" : "hrss"))
        .ToList();

    private static readonly IReadOnlyList<DrawPoolEntry> Pool = Enumerable.Range(1, 8)
        .Select(n => new DrawPoolEntry(n, Guid.NewGuid(), $"检查员{n}", n <= 4 ? "hrss" : "market", []))
        .ToList();

    [Fact]
    public void The_same_seed_gives_the_same_employers_and_inspectors_whatever_the_order_of_the_frame()
    {
        var first = DrawRule.Draw("2026-12-03 福彩3D 第2026325期 518", Frame, Pool, 5, 2);
        var again = DrawRule.Draw("2026-12-03 福彩3D 第2026325期 518", Frame.Reverse().ToList(), Pool.Reverse().ToList(), 5, 2);
        again.ShouldBe(first, new PickComparer());
        first.Select(p => p.CreditCode).Distinct().Count().ShouldBe(5);

        var other = DrawRule.Draw("another seed", Frame, Pool, 5, 2);
        other.Select(p => p.CreditCode).ShouldNotBe(first.Select(p => p.CreditCode));
    }

    [Fact]
    public void The_stream_is_sha256_of_seed_label_and_counter_read_big_endian()
    {
        // Anyone can recompute the first number: SHA-256("s:employers:0"), bytes 0–7, big-endian.
        var block = SHA256.HashData(Encoding.UTF8.GetBytes("s:employers:0"));
        var expected = block.Take(8).Aggregate(0UL, (acc, b) => (acc << 8) | b);
        new SeedStream("s", "employers").NextUInt64().ShouldBe(expected);

        // With one employer drawn out of n, it is the frame's entry at Below(n) of that stream.
        var sorted = Frame.OrderBy(e => e.CreditCode, StringComparer.Ordinal).ToList();
        var index = new SeedStream("s", "employers").Below(sorted.Count);
        DrawRule.Draw("s", Frame, Pool, 1, 1).Single().CreditCode.ShouldBe(sorted[index].CreditCode);
    }

    [Fact]
    public void A_conflicted_inspector_is_never_drawn()
    {
        var declared = Pool.Select(p => p.Number == 5 ? p with { ConflictCreditCodes = [.. Frame.Select(e => e.CreditCode)] } : p).ToList();
        for (var i = 0; i < 50; i++)
        {
            var picks = DrawRule.Draw($"seed-{i}", Frame, declared, 10, 3);
            foreach (var pick in picks)
            {
                var employer = Frame.Single(e => e.CreditCode == pick.CreditCode);
                pick.Inspectors.Distinct().Count().ShouldBe(3);
                pick.Inspectors.ShouldNotContain(5, "inspector 5 declared a conflict with every employer");
                // The body that registered the employer does not inspect it.
                pick.Inspectors.ShouldAllBe(n => declared.Single(p => p.Number == n).BodyCode != employer.RegisteredByBodyCode);
            }
        }
    }

    [Fact]
    public void Too_few_inspectors_without_conflict_stop_the_draw()
    {
        var onlyHrss = Pool.Where(p => p.BodyCode == "hrss").ToList();
        var hrssEmployers = Frame.Where(e => e.RegisteredByBodyCode == "hrss").ToList();
        Should.Throw<Platform.Web.BusinessException>(() => DrawRule.Draw("x", hrssEmployers, onlyHrss, 1, 1)).MessageKey.ShouldBe("Draw:NotEnoughInspectors");
    }

    [Fact]
    public void Below_is_within_bounds_and_uses_every_value()
    {
        var stream = new SeedStream("uniform", "test");
        var counts = new int[7];
        for (var i = 0; i < 7000; i++) counts[stream.Below(7)]++;
        counts.ShouldAllBe(c => c > 850 && c < 1150);
    }

    [Fact]
    public void The_sectors_are_the_labour_intensive_ones_by_gbt4754_section()
    {
        DrawSectors.InSections("H6210", DrawSectors.Default).ShouldBeTrue();
        DrawSectors.InSections("O8010", DrawSectors.Default).ShouldBeTrue();
        DrawSectors.InSections("E4710", DrawSectors.Default).ShouldBeFalse("construction has its own 双驻双查");
    }

    private sealed class PickComparer : IEqualityComparer<DrawPick>
    {
        public bool Equals(DrawPick? x, DrawPick? y) => x!.CreditCode == y!.CreditCode && x.Inspectors.SequenceEqual(y.Inspectors);

        public int GetHashCode(DrawPick obj) => obj.CreditCode.GetHashCode(StringComparison.Ordinal);
    }
}
