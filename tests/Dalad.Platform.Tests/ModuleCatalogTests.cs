using Dalad.Platform.Modularity;
using Shouldly;

namespace Dalad.Platform.Tests;

public sealed class ModuleCatalogTests
{
    private sealed class Base : DaladModule;

    [DependsOn(typeof(Base))]
    private sealed class Middle : DaladModule;

    [DependsOn(typeof(Middle), typeof(Base))]
    private sealed class Top : DaladModule;

    [DependsOn(typeof(CycleB))]
    private sealed class CycleA : DaladModule;

    [DependsOn(typeof(CycleA))]
    private sealed class CycleB : DaladModule;

    [DependsOn(typeof(Middle))]
    private sealed class Plugin : DaladModule;

    [Fact]
    public void Modules_start_after_what_they_depend_on_each_once()
    {
        var catalog = ModuleCatalog.Build(typeof(Top), [typeof(Plugin)]);
        catalog.Modules.Select(m => m.GetType()).ShouldBe([typeof(Base), typeof(Middle), typeof(Top), typeof(Plugin)]);
    }

    [Fact]
    public void A_dependency_cycle_is_refused_with_its_path()
    {
        var error = Should.Throw<InvalidOperationException>(() => ModuleCatalog.Build(typeof(CycleA)));
        error.Message.ShouldContain("CycleA -> CycleB -> CycleA");
    }
}
