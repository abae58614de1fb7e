namespace Dalad.Projects;

/// <summary>
/// The accounts recorded on projects that courts and banks must never freeze or transfer: the wage special accounts
/// (农民工工资专用账户) and the wage deposit accounts (工资保证金账户). Implemented by the projects module; read across
/// every body's projects (a court checking a number owns no project).
/// </summary>
public interface IWageAccountRegister
{
    /// <summary>The recorded accounts whose number, without spaces and dashes, is <paramref name="digits"/>.</summary>
    Task<IReadOnlyList<WageAccountEntryDto>> FindAsync(string digits, CancellationToken cancellationToken = default);
}

public static class WageAccountKinds
{
    /// <summary>农民工工资专用账户.</summary>
    public const string WageAccount = "wage-account";

    /// <summary>工资保证金账户.</summary>
    public const string DepositAccount = "deposit-account";
}

/// <param name="Holder">The account's holder: the general contractor (施工总承包单位), who opens the account and pays the deposit.</param>
public sealed record WageAccountEntryDto(string Kind, Guid ProjectId, string ProjectName, string Holder);
