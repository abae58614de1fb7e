using System.Diagnostics;

/// <summary>What the benchmarks print beside their figures: the machine is shared, so its load and this process's CPU.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static TimeSpan ProcessCpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
