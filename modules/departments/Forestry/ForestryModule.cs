using Dalad.Platform.Registers;

namespace Dalad.Departments.Forestry;

/// <summary>
/// Forestry and grassland: ecological projects, state forest farms and nurseries.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class ForestryModule : DepartmentPluginModule;
