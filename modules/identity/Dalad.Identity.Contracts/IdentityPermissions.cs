namespace Dalad.Identity;

/// <summary>ABP's identity permission names, kept so that ABP's Angular identity pages work unchanged.</summary>
public static class IdentityPermissions
{
    public const string GroupName = "AbpIdentity";

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
        public const string ManageRoles = Update + ".ManageRoles";

        /// <summary>Ours: see ID card and phone numbers in full.</summary>
        public const string ViewPersonalData = "Dalad.PersonalData";
    }

    /// <summary>ABP grants this to clients only; here roles and users may hold it (we have no client-credentials callers).</summary>
    public static class UserLookup
    {
        public const string Default = GroupName + ".UserLookup";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }
}

public static class IdentityRoleNames
{
    public const string Admin = "admin";
}
