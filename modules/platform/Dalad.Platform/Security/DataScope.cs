namespace Dalad.Platform.Security;

/// <summary>
/// Which bodies' data the current unit of work may see. Set once per request from the user's body membership
/// (see <see cref="IUserBodyMembership"/>); background work opts into seeing everything with <see cref="BeginSystemScope"/>.
/// By default nothing body-owned is visible.
/// </summary>
public sealed class DataScope
{
    private int _systemDepth;

    public bool SeesAllBodies => _systemDepth > 0 || UserSeesAllBodies;

    public bool UserSeesAllBodies { get; private set; }

    public IReadOnlyList<string> BodyCodes { get; private set; } = [];

    public void SetUser(BodyMembership membership)
    {
        BodyCodes = membership.BodyCodes;
        UserSeesAllBodies = membership.SeesAllBodies;
    }

    /// <summary>For start-up seeding, background jobs and the public status lookup: see every body's data until disposed.</summary>
    public IDisposable BeginSystemScope()
    {
        _systemDepth++;
        return new Releaser(this);
    }

    public static DataScope System()
    {
        var scope = new DataScope();
        scope._systemDepth = 1;
        return scope;
    }

    private sealed class Releaser(DataScope scope) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            scope._systemDepth--;
        }
    }
}

/// <param name="BodyCodes">The codes of the bodies the user belongs to.</param>
/// <param name="SeesAllBodies">True for the joint office and administrators.</param>
public sealed record BodyMembership(IReadOnlyList<string> BodyCodes, bool SeesAllBodies)
{
    public static readonly BodyMembership None = new([], false);
}

/// <summary>Which bodies a user belongs to; implemented by the identity module.</summary>
public interface IUserBodyMembership
{
    Task<BodyMembership> GetAsync(Guid userId, CancellationToken cancellationToken = default);
}

/// <summary>Data owned by one body: visible only to its members, the joint office and administrators.</summary>
public interface IBodyOwned
{
    string OwnerBodyCode { get; }
}
