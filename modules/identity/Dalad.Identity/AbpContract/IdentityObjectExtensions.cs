namespace Dalad.Identity.AbpContract;

/// <summary>
/// The <c>objectExtensions</c> of the application configuration (ABP's ObjectExtensionsDto): the user entity of module
/// "Identity" gets the extra property <c>BodyCodes</c> (a typeahead over <c>/api/app/bodies</c> for a client that
/// reads only this description; our web UI's user form replaces it with a multi-select of bodies, see
/// angular/src/app/core/identity-pages.ts) and <c>BodyCodes_Text</c>, the bodies' names, which fills the "bodies"
/// column of the user list.
/// </summary>
internal static class IdentityObjectExtensions
{
    public static object Create() => new
    {
        modules = new Dictionary<string, object>
        {
            ["Identity"] = new
            {
                entities = new Dictionary<string, object>
                {
                    ["User"] = new
                    {
                        properties = new Dictionary<string, object>
                        {
                            [IdentityUserExtraProperties.BodyCodes] = Property(
                                onTable: false,
                                lookup: new
                                {
                                    url = "/api/app/bodies",
                                    resultListPropertyName = "items",
                                    displayPropertyName = "name",
                                    valuePropertyName = "code",
                                    filterParamName = "filter",
                                },
                                attributes: [new { typeSimple = "required", config = new Dictionary<string, object>() }]),
                            [IdentityUserExtraProperties.BodyCodesText] = Property(onTable: true, lookup: EmptyLookup, attributes: []),
                        },
                        configuration = new Dictionary<string, object>(),
                    },
                },
                configuration = new Dictionary<string, object>(),
            },
        },
        enums = new Dictionary<string, object>(),
    };

    private static readonly object EmptyLookup = new
    {
        url = (string?)null,
        resultListPropertyName = "items",
        displayPropertyName = "text",
        valuePropertyName = "id",
        filterParamName = "filter",
    };

    /// <summary>
    /// The display name is a key of the default resource (Dalad) with resource "_": @abp/ng.components 10.4.1 prefixes an
    /// extra property's label with "::" before localizing it, which only resolves a bare key of the default resource.
    /// </summary>
    private static object Property(bool onTable, object lookup, object[] attributes) => new
    {
        type = "System.String",
        typeSimple = "string",
        displayName = new { name = "DisplayName:BodyCodes", resource = "_" },
        api = new
        {
            onGet = new { isAvailable = true },
            onCreate = new { isAvailable = true },
            onUpdate = new { isAvailable = true },
        },
        ui = new
        {
            onTable = new { isVisible = onTable },
            onCreateForm = new { isVisible = true },
            onEditForm = new { isVisible = true },
            lookup,
        },
        policy = new
        {
            globalFeatures = new { features = Array.Empty<string>(), requiresAll = false },
            features = new { features = Array.Empty<string>(), requiresAll = false },
            permissions = new { permissionNames = Array.Empty<string>(), requiresAll = false },
        },
        attributes,
        configuration = new Dictionary<string, object>(),
        defaultValue = (object?)null,
    };
}
