using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dalad.Platform.Timing;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Responsibility.Application;

/// <summary>
/// Seeds the matrix from the module's own copies of the reference data (SeedData/): bodies.csv, territories.csv and
/// scope-items.json (the plan's section 二), duty-assignments.csv (who holds each matrix role). Each body, territory and scope item is seeded once, with a change-log
/// entry whose basis is the document it comes from; anything the log already knows — even if an administrator has
/// since changed or removed it — is left alone. The very first seed is dated at the plan's date (seed-basis.json
/// effectiveFrom), so the matrix "as of" any day since the plan took effect is the plan's; later additions are dated
/// when they are made.
/// </summary>
internal sealed class ResponsibilitySeeder(ResponsibilityDbContext db, IClock clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var basis = ReadJson<SeedBasis>("seed-basis.json");
        var logged = (await db.MatrixChanges.Select(c => new { c.EntityType, c.EntityKey }).Distinct().ToListAsync(ct))
            .Select(c => (c.EntityType, c.EntityKey)).ToHashSet();
        var time = logged.Count == 0 ? basis.EffectiveFrom.UtcDateTime : clock.UtcNow;

        void Log(string action, string entityType, string key, string bodyCode, object after, string text) => db.MatrixChanges.Add(new MatrixChange
        {
            Time = time, Basis = text, Action = action, EntityType = entityType, EntityKey = key, BodyCode = bodyCode,
            After = JsonSerializer.Serialize(after, MatrixEditor.Json),
        });

        var bodies = await db.Bodies.ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, ct);
        foreach (var fields in ReadCsv("bodies.csv").Skip(1).Select(row => row.Split(',', 4)))
        {
            var code = fields[0];
            if (logged.Contains((MatrixEntityTypes.Body, code))) continue;
            // A body seeded before the matrix kept history gets its baseline entry as it stands.
            if (!bodies.TryGetValue(code, out var body))
            {
                body = new Body { Code = code, Name = fields[1], Kind = fields[2], Duty = fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null };
                db.Bodies.Add(body);
            }
            Log(MatrixActions.BodyCreated, MatrixEntityTypes.Body, code, code, body.ToDto(), basis.Bodies);
        }

        var territories = (await db.Territories.Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var fields in ReadCsv("territories.csv").Skip(1).Select(row => row.Split(',')))
        {
            var code = fields[0];
            if (logged.Contains((MatrixEntityTypes.Territory, code)) || territories.Contains(code)) continue;
            var territory = new Territory { Code = code, Name = fields[1], Kind = fields[2], BodyCode = fields[3] };
            territory.Aliases.AddRange(fields[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => new TerritoryAlias { Alias = a }));
            db.Territories.Add(territory);
            Log(MatrixActions.TerritoryCreated, MatrixEntityTypes.Territory, code, territory.BodyCode, territory.ToDto(), basis.Territories);
        }

        var scope = ReadJson<ScopeSeed>("scope-items.json");
        var existingItems = await db.ScopeItems.Select(i => new { i.Id, i.BodyCode, i.Sector }).ToListAsync(ct);
        // Which GB/T 4754 codes each seeded item owns (industry-owners.csv: code, body, sector — the item's plan
        // sentence is the basis).
        var owned = ReadCsv("industry-owners.csv").Skip(1).Select(row => row.Split(','))
            .GroupBy(f => (Body: f[1], Sector: f[2])).ToDictionary(g => g.Key, g => g.Select(f => f[0]).ToList());
        foreach (var seed in scope.Items)
        {
            var id = SeedId(seed.Body, seed.Sector);
            if (logged.Contains((MatrixEntityTypes.ScopeItem, id.ToString()))
                || existingItems.Any(i => i.Id == id || (i.BodyCode == seed.Body && i.Sector == seed.Sector))) continue;
            var item = new ScopeItem { Id = id, BodyCode = seed.Body, Sector = seed.Sector, SourceText = seed.Source };
            item.Keywords.AddRange(seed.Keywords.Select(k => new ScopeKeyword { Keyword = k }));
            item.SetIndustryCodes(owned.GetValueOrDefault((seed.Body, seed.Sector)) ?? []);
            db.ScopeItems.Add(item);
            Log(MatrixActions.ScopeItemCreated, MatrixEntityTypes.ScopeItem, id.ToString(), seed.Body, item.ToDto(), scope.Basis);
        }

        // Installations seeded before the classification was matrix data get the seeded codes once, logged like any
        // change; an item whose codes an administrator has set (or whose codes were seeded before) is left alone.
        var codesSeeded = await db.MatrixChanges.AnyAsync(c => c.Action == MatrixActions.IndustryCodesSeeded, ct);
        if (!codesSeeded && logged.Count > 0)
        {
            var items = await db.ScopeItems.Include(i => i.Keywords).Where(i => i.IndustryCodes == "").ToListAsync(ct);
            foreach (var item in items)
            {
                if (!owned.TryGetValue((item.BodyCode, item.Sector), out var codes) || item.Id != SeedId(item.BodyCode, item.Sector)) continue;
                item.SetIndustryCodes(codes);
                item.Revision++;
                Log(MatrixActions.IndustryCodesSeeded, MatrixEntityTypes.ScopeItem, item.Id.ToString(), item.BodyCode, item.ToDto(), scope.Basis);
            }
        }

        // The duties (duty-assignments.csv: role, body), each seeded once: the plan names the desk of each channel
        // (12345, petition, online opinion; walk-ins and inspection findings go to HRSS) and the joint office.
        var duties = (await db.DutyAssignments.Select(d => d.Role).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var fields in ReadCsv("duty-assignments.csv").Skip(1).Select(row => row.Split(',')))
        {
            var role = fields[0];
            if (logged.Contains((MatrixEntityTypes.Duty, role)) || duties.Contains(role)) continue;
            var duty = new DutyAssignment { Role = role, BodyCode = fields[1] };
            db.DutyAssignments.Add(duty);
            Log(MatrixActions.DutyAssigned, MatrixEntityTypes.Duty, role, duty.BodyCode, duty.ToDto(), basis.Bodies);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Seeded scope items get ids derived from body and sector, the same in every installation.</summary>
    internal static Guid SeedId(string bodyCode, string sector) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"dalad:scope-item:{bodyCode}:{sector}"))[..16]);

    internal static IEnumerable<string> ReadCsv(string fileName)
    {
        using var reader = new StreamReader(OpenResource(fileName));
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }

    internal static T ReadJson<T>(string fileName)
    {
        using var stream = OpenResource(fileName);
        return JsonSerializer.Deserialize<T>(stream, MatrixEditor.Json) ?? throw new InvalidOperationException($"Empty seed file {fileName}.");
    }

    private static Stream OpenResource(string fileName)
    {
        var assembly = typeof(ResponsibilitySeeder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".SeedData." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }

    internal sealed record SeedBasis(DateTimeOffset EffectiveFrom, string Bodies, string Territories);

    internal sealed record ScopeSeed(string Basis, IReadOnlyList<ScopeItemSeed> Items);

    /// <param name="Source">The plan's sentence, verbatim.</param>
    internal sealed record ScopeItemSeed(string Body, string Sector, IReadOnlyList<string> Keywords, string Source);
}
