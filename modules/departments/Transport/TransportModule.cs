using Dalad.Platform.Registers;

namespace Dalad.Departments.Transport;

/// <summary>
/// Transport: operators of taxis, ride-hailing, buses, freight and vehicle repair.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class TransportModule : DepartmentPluginModule;
