using Dalad.Platform.Registers;

namespace Dalad.Departments.Townships;

/// <summary>
/// Towns, sumu and streets: their villages and communities, and the projects a township implements itself. An entry lies in
/// one town, sumu or street and is owned by its body; every territorial body gets this workspace.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class TownshipsModule : DepartmentPluginModule;
