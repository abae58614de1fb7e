using Dalad.Platform.PersonalData;
using Dalad.Identity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;

namespace Dalad.Cases.PersonalData;

/// <summary>Whether the caller sees phone and ID card numbers in full (Dalad.PersonalData) or masked; asked once per request.</summary>
public sealed class PersonalDataView(ICurrentUser currentUser, IPermissionChecker permissions)
{
    private bool? _full;

    public async Task<bool> ShowsFullAsync()
    {
        _full ??= currentUser is { IsAuthenticated: true, Principal: { } principal }
            && await permissions.IsGrantedAsync(principal, IdentityPermissions.Users.ViewPersonalData);
        return _full.Value;
    }

    public static string Phone(string phone, bool full) => full ? phone : ChinesePhone.Mask(phone);

    public static string? IdCard(string? id, bool full) => id is null || full ? id : ChineseIdCard.Mask(id);
}
