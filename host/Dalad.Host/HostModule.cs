using Dalad.Calendar;
using Dalad.Identity;
using Dalad.Platform.Modularity;
using Dalad.Responsibility;

namespace Dalad.Host;

/// <summary>The modules this host is made of. Plugins from the plugin folder are added to these at start.</summary>
[DependsOn(typeof(ResponsibilityModule), typeof(IdentityModule), typeof(CalendarModule))]
public sealed class HostModule : DaladModule;
