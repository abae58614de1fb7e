namespace Dalad.Responsibility;

/// <summary>
/// Duties of the matrix that one body holds at a time (定岗): the intake desk of each complaint channel and the
/// coordinator (the joint office, 议事协调机构办公室: it coordinates, makes the follow-up visits and sees every
/// body's data). Which body holds each is matrix data, seeded from the plan and reassigned by whoever may edit the
/// matrix; code names the duty, never the body.
/// </summary>
public static class MatrixRoles
{
    /// <summary>The coordinating office: sees every body, approves extensions and makes the follow-up visits.</summary>
    public const string Coordinator = "coordinator";

    public const string IntakeDeskPrefix = "intake-desk:";

    /// <summary>The role of the desk that registers and dispatches the complaints of a channel (e.g. intake-desk:12345).</summary>
    public static string IntakeDesk(string channel) => IntakeDeskPrefix + channel;
}

/// <param name="Role">A <see cref="MatrixRoles"/> key.</param>
/// <param name="BodyCode">The body that holds the duty now.</param>
public sealed record DutyAssignmentDto(string Role, string BodyCode);

/// <summary>Who holds each duty of the matrix now. Cached; refreshed after every matrix change.</summary>
public interface IMatrixRoles
{
    /// <summary>The body that holds <paramref name="role"/>; an unknown role is a programming error (throws).</summary>
    Task<string> GetHolderAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>Every duty with its holder, sorted by role.</summary>
    Task<IReadOnlyList<DutyAssignmentDto>> GetAllAsync(CancellationToken cancellationToken = default);
}
