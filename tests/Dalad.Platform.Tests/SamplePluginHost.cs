using Dalad.Testing;

namespace Dalad.Platform.Tests;

/// <summary>The host with the sample plugin in its plugin folder (copied there by the build, see the csproj).</summary>
public sealed class SamplePluginHost : DaladHostFactory
{
    public SamplePluginHost() => PluginPath = Path.Combine(AppContext.BaseDirectory, "sample-plugins");
}
