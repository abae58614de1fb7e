namespace Dalad.Platform;

public static class LocalizationResourceNames
{
    /// <summary>The platform's own texts; every module adds its keys to it.</summary>
    public const string Default = "Dalad";
}
