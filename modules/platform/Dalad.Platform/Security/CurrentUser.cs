using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Dalad.Platform.Security;

/// <summary>Who is making the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    ClaimsPrincipal? Principal { get; }
}

public static class DaladClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Body = "body";
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;
    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id
    {
        get
        {
            var value = Principal?.FindFirstValue(DaladClaimTypes.Subject) ?? Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            return Guid.TryParse(value, out var id) ? id : null;
        }
    }

    public string? UserName => IsAuthenticated ? Principal?.FindFirstValue(DaladClaimTypes.Name) ?? Principal?.Identity?.Name : null;
}
