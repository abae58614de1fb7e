namespace Dalad.Identity.Domain;

/// <summary>MLPS level 3 (身份鉴别): a password has at least 8 characters of at least 3 of the 4 classes —
/// lower-case letters, upper-case letters, digits, other characters.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;
    public const int MinimumClasses = 3;

    public static int Classes(string password) =>
        (password.Any(char.IsAsciiLetterLower) ? 1 : 0) + (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
        + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);

    public static bool IsStrong(string password) => password.Length >= MinimumLength && Classes(password) >= MinimumClasses;
}

/// <summary>
/// Back-off after failed sign-ins, per account and per client address (issue 15, finding 8): no CAPTCHA and no
/// lockout that anyone could cause. From the <c>threshold</c>-th failure on, each further attempt waits
/// <c>base × 2^(failures − threshold)</c>, capped; an account's cap is short (a minute), so nobody can keep the
/// administrator out, while one address trying many names waits up to a quarter of an hour.
/// </summary>
public static class LoginBackoff
{
    public const int AccountThreshold = 5;
    public const int AddressThreshold = 20;
    public static readonly TimeSpan AccountCap = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan AddressCap = TimeSpan.FromMinutes(15);

    public static TimeSpan Delay(int failures, int threshold, TimeSpan unit, TimeSpan cap)
    {
        if (failures < threshold) return TimeSpan.Zero;
        var exponent = Math.Min(failures - threshold, 20);
        var delay = TimeSpan.FromTicks(unit.Ticks * (1L << exponent));
        return delay > cap ? cap : delay;
    }
}
