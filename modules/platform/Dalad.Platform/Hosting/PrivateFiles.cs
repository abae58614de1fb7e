using System.Runtime.InteropServices;

namespace Dalad.Platform.Hosting;

/// <summary>
/// The service's files (token keys, the SQLite file, the search index) are its own: on Unix the process creates files
/// 0600 and folders 0700 (umask 077), and the data folders are made 0700 (issue 15, finding 2). No-op on Windows.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Every file and folder the process creates from now on, by any library, is its owner's only.</summary>
    public static void RestrictNewFiles()
    {
        if (!OperatingSystem.IsWindows()) _ = Umask(0x3F); // 077
    }

    /// <summary>Creates the folder 0700, or makes an existing one 0700.</summary>
    public static DirectoryInfo CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        var folder = Directory.CreateDirectory(path, OwnerOnlyFolder);
        if ((File.GetUnixFileMode(path) & GroupOrOthers) != 0) File.SetUnixFileMode(path, OwnerOnlyFolder);
        return folder;
    }

    /// <summary>Whether group or others may read or write the file (always false on Windows).</summary>
    public static bool IsOpenToOthers(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOthers) != 0;

    /// <summary>Writes a new file 0600 (failing if it exists).</summary>
    public static void WriteNew(string path, string contents)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
        writer.Write(contents);
    }

    // A blittable signature: DllImport needs no unsafe code here, where LibraryImport would.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint Umask(uint mask);
#pragma warning restore SYSLIB1054
}
