using Dalad.Platform.Events;
using Dalad.Responsibility.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Responsibility.Application;

/// <summary>
/// The duties and their holders, read once and kept until the matrix changes (<see cref="ResponsibilityMatrixChanged"/>
/// or a reassignment on this instance): every lead registration and every sign-in asks for them.
/// </summary>
internal sealed class MatrixRoleCache(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyList<DutyAssignmentDto>? _duties;

    public void Invalidate() => _duties = null;

    public async Task<IReadOnlyList<DutyAssignmentDto>> GetAsync(CancellationToken ct)
    {
        if (_duties is { } cached) return cached;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
        var duties = await db.DutyAssignments.AsNoTracking().OrderBy(d => d.Role)
            .Select(d => new DutyAssignmentDto(d.Role, d.BodyCode)).ToListAsync(ct);
        // An empty table means the seed has not run yet: do not keep that.
        if (duties.Count > 0) _duties = duties;
        return duties;
    }
}

internal sealed class MatrixRoleService(MatrixRoleCache cache) : IMatrixRoles
{
    public async Task<string> GetHolderAsync(string role, CancellationToken cancellationToken = default) =>
        (await cache.GetAsync(cancellationToken)).FirstOrDefault(d => d.Role == role)?.BodyCode
        ?? throw new InvalidOperationException($"No body holds the matrix role '{role}'.");

    public Task<IReadOnlyList<DutyAssignmentDto>> GetAllAsync(CancellationToken cancellationToken = default) => cache.GetAsync(cancellationToken);
}

/// <summary>Another instance changed the matrix: read the duties again on the next lookup.</summary>
internal sealed class MatrixRoleInvalidation(MatrixRoleCache cache) : IIntegrationEventHandler<ResponsibilityMatrixChanged>
{
    public Task HandleAsync(ResponsibilityMatrixChanged integrationEvent, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}
