using Dalad.Platform.Registers;

namespace Dalad.Departments.Housing;

/// <summary>
/// Housing and urban-rural development: construction, decoration and property-service enterprises, projects, and findings of
/// illegal contracting (违法发包、转包、违法分包、挂靠) against an enterprise or project (the entry's name is the enterprise or project found against).
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class HousingModule : DepartmentPluginModule;
