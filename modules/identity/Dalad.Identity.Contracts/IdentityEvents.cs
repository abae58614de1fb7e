namespace Dalad.Identity;

/// <summary>Read-side view of a user, for other modules (e.g. who is in a body).</summary>
public sealed record UserSummary(Guid Id, string UserName, string? Name, IReadOnlyList<string> BodyCodes);

public interface IUserDirectory
{
    Task<IReadOnlyList<UserSummary>> GetMembersAsync(string bodyCode, CancellationToken cancellationToken = default);

    /// <summary>The users with these login names, deactivated ones included (a history names who acted then).</summary>
    Task<IReadOnlyList<UserSummary>> FindByUserNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default);
}
