using Dalad.Platform.Registers;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>
/// A plugin's department.json is seeded at start without passing the definitions API; it must still be a definition
/// the API would accept (keys that fit the warning tables, types no other department has, rule kinds the engine knows),
/// and each of the seven brings project supervision of its own (issue 13).
/// </summary>
public sealed class PluginDefinitionValidityTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    [Fact]
    public async Task Each_shipped_definition_passes_the_validator_and_has_its_own_supervision()
    {
        using var scope = host.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<DepartmentCatalog>();
        var validator = scope.ServiceProvider.GetRequiredService<IValidator<DepartmentDefinition>>();
        catalog.All.Count.ShouldBe(7);
        foreach (var definition in catalog.All)
        {
            var result = await validator.ValidateAsync(definition);
            result.IsValid.ShouldBeTrue($"{definition.Key}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
            definition.Checklist.ShouldNotBeEmpty(definition.Key);
            definition.Rules.ShouldNotBeEmpty(definition.Key);
            definition.Menu.ShouldContain(m => m.Path == DepartmentPages.Supervision, definition.Key);
        }
    }
}
