using System.Security.Cryptography;
using System.Text;
using Dalad.Platform.Security;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Projects.Application;

/// <summary>
/// Every project as routing register entries (issue 13 item 1): its name with its aliases, and each party (建设单位,
/// 施工总承包单位, each 分包) under its own name, all pointing at the project's territory and industry owner — so a
/// complaint naming the project or one of its contractors reaches the project's two owners. The entries are computed
/// from the projects as they are now, so a changed or removed party is gone at the next index build; the project
/// service publishes <see cref="RegisterChanged"/> after each change to trigger that build.
/// </summary>
internal sealed class ProjectRegisterSource(ProjectsDbContext db, DataScope scope) : IRegisterSource
{
    public const string SourceName = "projects";
    public const string ProjectKind = "project";
    public const string PartyKind = "employer";

    public string Source => SourceName;

    public async Task<IReadOnlyList<RegisterEntryDto>> GetEntriesAsync(CancellationToken cancellationToken = default)
    {
        using var system = scope.BeginSystemScope(); // routing reads every body's projects, whoever asks
        var projects = await db.Projects.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Aliases, p.TerritoryCode, p.IndustryBodyCode, p.Builder, p.GeneralContractor, p.Subcontractors })
            .ToListAsync(cancellationToken);
        var entries = new List<RegisterEntryDto>();
        foreach (var p in projects)
        {
            entries.Add(new RegisterEntryDto(EntryId(p.Id, "name"), SourceName, ProjectKind, p.Name, p.Aliases, p.TerritoryCode, p.IndustryBodyCode));
            var parties = new[] { p.Builder, p.GeneralContractor }.Concat(p.Subcontractors.Select(s => s.Name))
                .Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            foreach (var party in parties)
                // The evidence names the party and its project: "鑫路达建筑劳务有限公司（幸福家园）".
                entries.Add(new RegisterEntryDto(EntryId(p.Id, "party:" + party), SourceName, PartyKind, $"{party}（{p.Name}）", [party], p.TerritoryCode, p.IndustryBodyCode));
        }
        return entries;
    }

    /// <summary>A stable id per project and entry, so the same entry keeps its id across builds.</summary>
    internal static Guid EntryId(Guid projectId, string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"dalad:project-register:{projectId:N}:{key}"))[..16]);
}
