using Dalad.Responsibility;

namespace Dalad.Responsibility.Application;

/// <summary>
/// GB/T 4754-2017 and the construction vocabulary, read once from the module's own copies (SeedData/). Reference data:
/// the codes never change; who owns a code is on the scope items (matrix data, versioned and editable).
/// </summary>
internal sealed class IndustryClassification : IIndustryClassification
{
    private readonly Dictionary<string, IndustryClassDto> _byCode;

    public IndustryClassification()
    {
        Classes = ResponsibilitySeeder.ReadCsv("industry-gbt4754-2017.csv").Skip(1).Select(ParseRow).ToList();
        // The standard lists a few codes twice (C374 as group and as class): the first entry stands.
        _byCode = Classes.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seed = ResponsibilitySeeder.ReadJson<ConstructionSeed>("construction.json");
        Construction = new ConstructionVocabularyDto(seed.Trades, seed.Works,
            seed.ProjectTypes.Select(p => new ProjectTypeDto(p.Name, p.Body, p.Terms, p.Basis)).ToList(), seed.DefaultOwner)
        {
            DefaultName = seed.DefaultName,
            GeneralSectors = seed.GeneralSectors ?? [],
        };
    }

    public IReadOnlyList<IndustryClassDto> Classes { get; }

    public ConstructionVocabularyDto Construction { get; }

    public IndustryClassDto? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    // code,level,name,note — the note may be quoted (it holds an ASCII comma in two rows).
    private static IndustryClassDto ParseRow(string line)
    {
        var parts = line.Split(',', 4);
        var note = parts.Length > 3 ? parts[3].Trim() : "";
        if (note.Length >= 2 && note[0] == '"' && note[^1] == '"') note = note[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        return new IndustryClassDto(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2], note.Length == 0 ? null : note);
    }

    internal sealed record ConstructionSeed(string Basis, IReadOnlyList<string> Trades, IReadOnlyList<string> Works, string DefaultOwner, string DefaultName,
        IReadOnlyList<ProjectTypeSeed> ProjectTypes, IReadOnlyList<string>? GeneralSectors);

    internal sealed record ProjectTypeSeed(string Name, string Body, IReadOnlyList<string> Terms, string Basis);
}
