namespace Dalad.Responsibility;

/// <summary>One entry of the national industry classification GB/T 4754-2017 (国民经济行业分类).</summary>
/// <param name="Code">The standard's code with its section letter: C (门类), C30 (大类), C307 (中类), C3074 (小类).</param>
/// <param name="Level">1 section, 2 division, 3 group, 4 class.</param>
/// <param name="Note">The standard's own note on what the entry covers, if any.</param>
public sealed record IndustryClassDto(string Code, int Level, string Name, string? Note);

/// <summary>
/// The classification (reference data with stable codes; which body owns which code is matrix data, on the scope
/// items) and the construction vocabulary routing uses to tell a construction complaint and its project type.
/// </summary>
public interface IIndustryClassification
{
    IReadOnlyList<IndustryClassDto> Classes { get; }

    IndustryClassDto? Find(string code);

    ConstructionVocabularyDto Construction { get; }
}

/// <summary>
/// Words that make a complaint a construction complaint, and the project types that decide its owner.
/// </summary>
/// <param name="Trades">The trades of construction workers (钢筋工, 支模, 砌筑…).</param>
/// <param name="Works">Buildings and works under construction (楼盘, 厂房, 管网…) and the words of a site (工地, 施工…).</param>
/// <param name="ProjectTypes">Project types with their owner: the first whose words the complaint names decides; none → <see cref="DefaultOwner"/>.</param>
/// <param name="DefaultOwner">The owner of 房建/市政 (a body code, data).</param>
public sealed record ConstructionVocabularyDto(IReadOnlyList<string> Trades, IReadOnlyList<string> Works, IReadOnlyList<ProjectTypeDto> ProjectTypes, string DefaultOwner)
{
    /// <summary>What the default project type is called (房建/市政).</summary>
    public string DefaultName { get; init; } = "";

    /// <summary>
    /// Scope sectors that name construction at large (建筑施工, 建筑安装): the plan gives them to the default owner, but
    /// a named project type refines them, so they do not count against it.
    /// </summary>
    public IReadOnlyList<string> GeneralSectors { get; init; } = [];
}

/// <param name="Name">e.g. 公路/桥涵.</param>
/// <param name="Basis">The plan's words that give the body this kind of project.</param>
public sealed record ProjectTypeDto(string Name, string BodyCode, IReadOnlyList<string> Terms, string Basis);
