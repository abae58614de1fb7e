namespace Dalad.Platform.Hosting;

/// <summary>Where the host keeps its files: <c>Dalad:DataPath</c>, default <c>data/</c> under the content root.</summary>
public sealed record DaladPaths(string DataPath);
