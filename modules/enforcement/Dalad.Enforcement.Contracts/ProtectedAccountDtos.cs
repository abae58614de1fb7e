namespace Dalad.Enforcement;

/// <summary>The register of protected accounts (never freeze or transfer) and its check by account number.</summary>
public static class ProtectedAccountPermissions
{
    public const string GroupName = "Dalad.ProtectedAccounts";

    /// <summary>See the log of checks (HRSS).</summary>
    public const string Default = GroupName;

    /// <summary>Check an account number (the court, banks, 金融监管支局).</summary>
    public const string Check = Default + ".Check";
}

/// <summary>One protected account that matched: its kind (wage-account 专用账户 or deposit-account 保证金账户), the project
/// and the holder, never more.</summary>
public sealed record ProtectedAccountMatchDto(string Kind, string ProjectName, string Holder);

/// <param name="AccountNumber">The number as checked: digits only.</param>
/// <param name="Protected">On the register: never freeze or transfer.</param>
public sealed record ProtectedAccountCheckDto(string AccountNumber, bool Protected, IReadOnlyList<ProtectedAccountMatchDto> Accounts, DateTime CheckedAt);

public sealed record ProtectedAccountCheckLogDto(Guid Id, string AccountNumber, bool Protected, string? Answer, DateTime CheckedAt, string? CheckedBy);
