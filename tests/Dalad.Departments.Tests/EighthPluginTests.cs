using System.Net;
using System.Net.Http.Json;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>
/// An eighth department plugin (tests/plugins/Dalad.Departments.Health: a module class, department.json and its texts)
/// dropped into the plugin folder before the host starts: menu, workspace, register and texts, with no change to the
/// host project or the Angular app (neither names it).
/// </summary>
public sealed class EighthPluginTests(HostWithEighthPlugin host) : IClassFixture<HostWithEighthPlugin>
{
    [Fact]
    public async Task A_plugin_dropped_into_the_folder_has_its_menu_workspace_register_and_texts()
    {
        await host.CreateUserAsync("health-clerk", ["health"], ["Dalad.Health", "Dalad.Health.Manage"]);
        using var clerk = await host.CreateClientAsAsync("health-clerk");

        (await clerk.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().Single().Str("workspace").ShouldBe("health");
        var config = await clerk.GetJsonAsync("/api/abp/application-configuration");
        var department = config.GetProperty("extraProperties").GetProperty("departments").EnumerateArray().Single();
        department.Str("key").ShouldBe("health");
        department.GetProperty("menu").EnumerateArray().Single().Str("requiredPolicy").ShouldBe("Dalad.Health");
        var texts = config.GetProperty("localization").GetProperty("values").GetProperty("Dalad");
        texts.Str("Departments:health:Title").ShouldBe("卫生健康");
        texts.Str("Register:health:hospital").ShouldBe("医院");
        texts.Str("Health:Note").ShouldBe("样例插件：卫健委的医院和诊所登记簿。"); // the plugin's own localization file

        var hospital = await clerk.PostJsonAsync(Http.Register("health"), new
        {
            kind = "hospital", name = "达拉特旗测试人民医院", attributes = new Dictionary<string, string> { ["beds"] = "300" },
        });
        hospital.Str("ownerBodyCode").ShouldBe("health");
        (await clerk.PostAsJsonAsync(Http.Register("health"), new { kind = "hospital", name = "床位不明医院", attributes = new Dictionary<string, string> { ["beds"] = "很多" } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.GetJsonAsync(Http.Register("health"))).GetProperty("totalCount").GetInt64().ShouldBe(1);

        // Neither the host project nor the Angular app names it.
        var root = RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "host", "Dalad.Host"), "*.*", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "angular", "src"), "*.*", SearchOption.AllDirectories))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                 && !f.Contains($"{Path.DirectorySeparatorChar}plugins{Path.DirectorySeparatorChar}") && Extensions.Contains(Path.GetExtension(f))))
            File.ReadAllText(file).ShouldNotContain("Dalad.Departments.Health", customMessage: file);
    }

    private static readonly string[] Extensions = [".cs", ".csproj", ".json", ".ts", ".html"];

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dalad.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
