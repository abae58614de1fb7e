namespace Dalad.Cases;

public static class CasesPermissions
{
    public const string GroupName = "Dalad.Cases";

    /// <summary>See the cases of one's own bodies (the inbox), their transfers and routing corrections; transfer a case of one's body.</summary>
    public const string Default = GroupName;

    /// <summary>Approve or refuse a request to extend a case's handling by 15 working days.</summary>
    public const string ApproveExtension = Default + ".ApproveExtension";

    /// <summary>Record follow-up visits (回访) on resolved cases: the joint office, not the body that resolved the case.</summary>
    public const string Visit = Default + ".Visit";
}

public static class LeadsPermissions
{
    public const string GroupName = "Dalad.Leads";

    /// <summary>See leads (the intake desk of their channel).</summary>
    public const string Default = GroupName;

    /// <summary>Register a lead.</summary>
    public const string Create = Default + ".Create";

    /// <summary>Confirm or correct a lead's routing, which opens its case (双交办).</summary>
    public const string Dispatch = Default + ".Dispatch";

    /// <summary>Import a batch of 12345 work orders from Excel.</summary>
    public const string Import = Default + ".Import";

    /// <summary>Banner-wide lead statistics (every desk's leads, counts only): the 12345 centre, HRSS, the joint office.</summary>
    public const string Statistics = Default + ".Statistics";
}
