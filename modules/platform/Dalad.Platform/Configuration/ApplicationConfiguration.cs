using System.Security.Claims;

namespace Dalad.Platform.Configuration;

/// <summary>
/// Adds to <c>extraProperties</c> of <c>/api/abp/application-configuration</c> (as ABP's contributors do), e.g. the
/// departments and their menu entries. The answer is cached per user until the identity stamp changes, so a contributor
/// whose data changes publishes <see cref="ApplicationConfigurationChanged"/>.
/// </summary>
public interface IApplicationConfigurationContributor
{
    Task ContributeAsync(ClaimsPrincipal user, IDictionary<string, object?> extraProperties, CancellationToken cancellationToken);
}

/// <summary>Something served with the application configuration changed: cached configurations are dropped.</summary>
public sealed record ApplicationConfigurationChanged;
