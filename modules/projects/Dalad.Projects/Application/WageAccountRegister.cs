using Dalad.Projects.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Projects.Application;

/// <summary>
/// <see cref="IWageAccountRegister"/>: the wage special accounts recorded on projects, matched by number without spaces
/// and dashes, across every body's projects (the court or bank checking owns none of them), and the deposit accounts of
/// deposits paid in cash (<see cref="WageAccountKinds.DepositAccount"/>).
/// </summary>
internal sealed class WageAccountRegister(ProjectsDbContext db) : IWageAccountRegister
{
    public async Task<IReadOnlyList<WageAccountEntryDto>> FindAsync(string digits, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(digits)) return [];
        var rows = await db.Projects.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.WageAccount.AccountNumber != null
                && p.WageAccount.AccountNumber.Replace(" ", "").Replace("-", "") == digits)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.GeneralContractor })
            .Take(50)
            .ToListAsync(cancellationToken);
        var deposits = await db.Projects.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.WageDeposit.AccountNumber != null
                && p.WageDeposit.AccountNumber.Replace(" ", "").Replace("-", "") == digits)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.GeneralContractor })
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WageAccountEntryDto(WageAccountKinds.WageAccount, r.Id, r.Name, r.GeneralContractor))
            .Concat(deposits.Select(r => new WageAccountEntryDto(WageAccountKinds.DepositAccount, r.Id, r.Name, r.GeneralContractor)))
            .ToList();
    }
}
