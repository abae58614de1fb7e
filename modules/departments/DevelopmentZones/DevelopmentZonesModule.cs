using Dalad.Platform.Registers;

namespace Dalad.Departments.DevelopmentZones;

/// <summary>
/// The development zones: the enterprises (and projects) in each zone. An entry lies in a zone (150621400 or 150621401) and is owned
/// by that zone's body, so a complaint naming it belongs to that zone's territory.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class DevelopmentZonesModule : DepartmentPluginModule;
