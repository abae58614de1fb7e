using Dalad.Platform.Registers;

namespace Dalad.Departments.Water;

/// <summary>
/// Water: water projects by type.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class WaterModule : DepartmentPluginModule;
