using System.Reflection;
using Dalad.Responsibility;

namespace Dalad.Platform.Registers;

/// <summary>What makes one department's register: its key, kinds, permission, owner and the bodies its workspace serves.</summary>
/// <param name="Key">Workspace key, register source and URL segment: housing, transport… (<c>/api/app/departments/{Key}/register</c>).</param>
/// <param name="Permission">Read permission, e.g. <c>Dalad.Housing</c>; <c>{Permission}.Manage</c> writes.</param>
/// <param name="Kinds">The kinds of entry; each has the localization key <c>Register:{Key}:{kind}</c>.</param>
/// <param name="Serves">The bodies whose workspace this plugin is.</param>
/// <param name="OwnerBodyCode">The body that owns every entry; null when the owner follows the entry's territory.</param>
/// <param name="TerritoryKinds">When set, every entry must lie in a territory of one of these kinds, and that territory's body owns it.</param>
/// <param name="IndustryBodyCode">The industry owner every entry implies, for routing.</param>
public sealed record RegisterDefinition(
    string Key,
    string Permission,
    IReadOnlyList<string> Kinds,
    Func<BodyDto, bool> Serves,
    string? OwnerBodyCode = null,
    IReadOnlyList<string>? TerritoryKinds = null,
    string? IndustryBodyCode = null)
{
    public string ManagePermission => Permission + ".Manage";

    /// <summary>The plugin's PostgreSQL schema and SQLite table prefix.</summary>
    public string Schema => Key.Replace('-', '_');

    public string KindTextKey(string kind) => $"Register:{Key}:{kind}";

    /// <summary>The body that owns an entry in <paramref name="territoryCode"/>; null when it cannot be told.</summary>
    public string? OwnerFor(string? territoryCode) =>
        OwnerBodyCode ?? (territoryCode is null ? null : Territories.Find(territoryCode)?.BodyCode);
}

/// <summary>The 17 territorial units of Dalad Banner (official 9-digit codes) and the bodies that own them.</summary>
public static class Territories
{
    public sealed record Territory(string Code, string Name, string Kind, string BodyCode);

    public static IReadOnlyList<Territory> All { get; } = Load();

    public static Territory? Find(string codeOrName) =>
        All.FirstOrDefault(t => t.Code == codeOrName.Trim() || t.Name == codeOrName.Trim());

    private static List<Territory> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dalad.Platform.Registers.territories.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new Territory(f[0], f[1], f[2], f[3]))
            .ToList();
    }
}
