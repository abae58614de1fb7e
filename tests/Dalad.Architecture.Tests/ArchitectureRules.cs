using Microsoft.EntityFrameworkCore;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Dalad.Architecture.Tests;

/// <summary>
/// The rules of the modular monolith, each a function from compiled components to the violations it finds. The tests
/// run them on the real platform (with the plugins loaded) and, as a self-test, on a deliberately bad fixture.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>Modules meet only through Contracts: a module may use the platform and any Contracts; Contracts may use
    /// the platform and other Contracts; the platform uses no module.</summary>
    public static IReadOnlyList<string> ModulesMeetOnlyThroughContracts(IEnumerable<Component> components) =>
        components.Where(c => c.Kind != ComponentKind.Plugin)
            .SelectMany(c => c.DaladReferences
                .Where(reference => !Allowed(c, reference))
                .Select(reference => $"{c.Name} references {reference}"))
            .ToList();

    private static bool Allowed(Component from, string reference) => from.Kind switch
    {
        ComponentKind.Platform => false,
        _ => reference == "Dalad.Platform" || Component.KindOf(reference) == ComponentKind.Contracts,
    };

    /// <summary>A domain (any namespace segment <c>Domain</c>) knows neither its database nor the web.</summary>
    public static IReadOnlyList<string> DomainIgnoresEfCoreAndAspNetCore(IEnumerable<Component> components) =>
        Failing(Types.InAssemblies(components.Select(c => c.Assembly))
            .That().MeetCustomRule(new InDomainNamespace())
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult());

    /// <summary>An endpoint calls an application service; it does not query a DbContext (nor EF Core at all).</summary>
    public static IReadOnlyList<string> EndpointsDoNotQueryADbContext(IEnumerable<Component> components)
    {
        var list = components.ToList();
        var contexts = list.SelectMany(c => SafeTypes(c.Assembly))
            .Where(t => typeof(DbContext).IsAssignableFrom(t))
            .Select(t => t.FullName!);
        return Failing(Types.InAssemblies(list.Select(c => c.Assembly))
            .That().MeetCustomRule(new IsEndpoint())
            .ShouldNot().HaveDependencyOnAny(["Microsoft.EntityFrameworkCore", .. contexts])
            .GetResult());
    }

    /// <summary>OpenIddict is the identity module's business: no other assembly is compiled against it.</summary>
    public static IReadOnlyList<string> OnlyIdentityReferencesOpenIddict(IEnumerable<Component> components) =>
        components.Where(c => c.Module != "Dalad.Identity")
            .SelectMany(c => c.Assembly.GetReferencedAssemblies()
                .Where(a => a.Name!.StartsWith("OpenIddict", StringComparison.Ordinal))
                .Select(a => $"{c.Name} references {a.Name}"))
            .ToList();

    /// <summary>A plugin is a definition on top of the platform: it uses Dalad.Platform and Contracts, nothing else of ours.</summary>
    public static IReadOnlyList<string> PluginsUseOnlyPlatformAndContracts(IEnumerable<Component> components) =>
        components.Where(c => c.Kind == ComponentKind.Plugin)
            .SelectMany(c => c.DaladReferences
                .Where(reference => reference != "Dalad.Platform" && Component.KindOf(reference) != ComponentKind.Contracts)
                .Select(reference => $"{c.Name} references {reference}"))
            .ToList();

    private static List<string> Failing(TestResult result) =>
        (result.FailingTypeNames ?? []).Select(name => name.Replace('/', '+')).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<Type> SafeTypes(System.Reflection.Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (System.Reflection.ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }

    /// <summary>Types in a namespace with a segment <c>Domain</c>, and the compiler's types nested in them.</summary>
    private sealed class InDomainNamespace : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => Outermost(type).Namespace.Split('.').Contains("Domain");
    }

    /// <summary>Types named <c>…Endpoints</c> or in an <c>Endpoints</c> namespace, with their lambdas' closure types.</summary>
    private sealed class IsEndpoint : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            for (var t = type; t is not null; t = t.DeclaringType)
                if (t.Name.EndsWith("Endpoints", StringComparison.Ordinal)) return true;
            return Outermost(type).Namespace.Split('.').Contains("Endpoints");
        }
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
