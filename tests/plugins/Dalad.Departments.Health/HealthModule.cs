using Dalad.Platform.Registers;

namespace Dalad.Departments.Health;

/// <summary>The health commission's register of hospitals and clinics: a department plugin made of its definition alone.</summary>
public sealed class HealthModule : DepartmentPluginModule;
