using Dalad.Platform.Registers;

namespace Dalad.Departments.Energy;

/// <summary>
/// Energy: coal mines, washing plants, coal yards and logistics, power and new-energy plants, oil and gas pipelines.
/// </summary>
/// <remarks>Its definition is <c>department.json</c> (seeded at start); its texts are in <c>Localization/Dalad</c>.</remarks>
public sealed class EnergyModule : DepartmentPluginModule;
