using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>
/// The register of protected accounts: the wage and deposit accounts recorded on projects (read through
/// <see cref="IWageAccountRegister"/>), checked by courts and banks before freezing or transferring. Each valid check is
/// logged; an invalid number is refused and nothing is logged.
/// </summary>
internal sealed class ProtectedAccountService(EnforcementDbContext db, IWageAccountRegister register, ICurrentUser user, IClock clock)
{
    public async Task<ProtectedAccountCheckDto> CheckAsync(string? accountNumber, CancellationToken ct)
    {
        var digits = AccountNumbers.Normalise(accountNumber) ?? throw new BusinessException("ProtectedAccounts:InvalidNumber", (accountNumber ?? "").Trim());
        var matches = (await register.FindAsync(digits, ct))
            .Select(e => new ProtectedAccountMatchDto(e.Kind, e.ProjectName, e.Holder))
            .Distinct()
            .ToList();
        var now = clock.UtcNow;
        // What was answered, as the checker read it: the projects and holders named (the kind is in the check's answer).
        var answer = matches.Count == 0 ? null : string.Join("；", matches.Select(m => $"{m.ProjectName}（{m.Holder}）"));
        db.AccountChecks.Add(new AccountCheck
        {
            AccountNumber = digits, Protected = matches.Count > 0, Answer = answer is { Length: > AccountCheck.MaxAnswerLength } ? answer[..AccountCheck.MaxAnswerLength] : answer,
            CheckedAt = now, CheckedBy = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return new ProtectedAccountCheckDto(digits, matches.Count > 0, matches, now);
    }

    public async Task<IReadOnlyList<ProtectedAccountCheckLogDto>> ChecksAsync(string? accountNumber, CancellationToken ct)
    {
        var query = db.AccountChecks.AsNoTracking();
        if (AccountNumbers.Normalise(accountNumber) is { } digits) query = query.Where(c => c.AccountNumber == digits);
        return await query.OrderByDescending(c => c.CheckedAt).Take(500)
            .Select(c => new ProtectedAccountCheckLogDto(c.Id, c.AccountNumber, c.Protected, c.Answer, c.CheckedAt, c.CheckedBy)).ToListAsync(ct);
    }
}
