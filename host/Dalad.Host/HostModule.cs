using Dalad.Calendar;
using Dalad.Cases;
using Dalad.Identity;
using Dalad.Oversight;
using Dalad.Platform.Modularity;
using Dalad.Platform.Registers;
using Dalad.Projects;
using Dalad.Enforcement;
using Dalad.Responsibility;
using Dalad.Routing;
using Dalad.Search;

namespace Dalad.Host;

/// <summary>The modules this host is made of. Plugins from the plugin folder are added to these at start. The registers
/// (department definitions) initialize before identity, so the departments' permissions exist when roles are seeded.</summary>
[DependsOn(typeof(ResponsibilityModule), typeof(RegistersModule), typeof(IdentityModule), typeof(CalendarModule), typeof(SearchModule), typeof(RoutingModule), typeof(CasesModule), typeof(ProjectsModule), typeof(OversightModule), typeof(EnforcementModule))]
public sealed class HostModule : DaladModule;
