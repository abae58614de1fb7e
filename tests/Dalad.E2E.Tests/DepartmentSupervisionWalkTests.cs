using System.Text.RegularExpressions;
using Dalad.Projects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// Issue 13: each department plugin has a page of its own beyond its register, described by its definition and drawn
/// by the generic department area. The energy clerk opens the energy department's supervision page from the menu and
/// finds its coal-mine and power types, its own checklist items and its own rule; nothing of another department's.
/// </summary>
public sealed class DepartmentSupervisionWalkTests(PluginsBrowserHost host) : IClassFixture<PluginsBrowserHost>
{
    private const string Clerk = "energy-site-clerk";

    [Fact]
    public async Task The_energy_clerk_opens_the_energy_supervision_page_with_its_types_checklist_and_rule()
    {
        await host.CreateUserAsync(Clerk, ["energy"], ["Dalad.Energy", ProjectsPermissions.Default, WarningsPermissions.Default]);
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            await page.Locator("#userName").FillAsync(Clerk);
            await page.Locator("#password").FillAsync(WorkflowBrowserHost.Password);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace/energy$"));

            // The page is a menu entry of the energy definition (its name comes with the definition).
            var menu = page.Locator("lpx-navbar");
            await menu.GetByText(Texts.Zh("Menu:Departments"), new() { Exact = true }).ClickAsync();
            await menu.GetByRole(AriaRole.Link, new() { Name = "煤矿和电力项目监管", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/departments/energy/supervision$"));

            var supervision = page.Locator("[data-testid=department-supervision][data-department=energy]");
            await Expect(supervision).ToBeVisibleAsync();
            await Expect(supervision.Locator("[data-testid=supervision-type][data-code=E4840]")).ToContainTextAsync("工矿工程建筑");
            await Expect(supervision.Locator("[data-testid=supervision-type][data-code=E4871]")).ToContainTextAsync("火力发电工程施工");
            await Expect(supervision.Locator("[data-testid=supervision-item][data-item=energy-coal-mine-paid-by-contractor]"))
                .ToContainTextAsync("煤矿建设项目由施工总承包单位通过工资专用账户代发工资");
            await Expect(supervision.Locator("[data-testid=supervision-item][data-item=energy-power-plant]")).ToContainTextAsync("电站建设项目分包单位工资支付");
            await Expect(supervision.Locator("[data-testid=supervision-rule][data-rule=energy-coal-payroll-unrectified]"))
                .ToContainTextAsync("煤矿项目未由总承包单位代发工资逾期未整改");
            // Another department's types, items and rules are not the energy page's.
            await Expect(supervision.Locator("[data-testid=supervision-type][data-code=E4710]")).ToHaveCountAsync(0);
            await Expect(supervision.Locator("[data-testid=supervision-item][data-item=housing-rights-board]")).ToHaveCountAsync(0);
            await Expect(supervision.Locator("[data-testid=supervision-rule][data-rule=housing-rights-board-unrectified]")).ToHaveCountAsync(0);
            await host.ScreenshotAsync(page, "energy-supervision");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>The workflow host with the seven department plugins loaded, as the platform runs them.</summary>
public sealed class PluginsBrowserHost : WorkflowBrowserHost
{
    public PluginsBrowserHost() => PluginPath = Path.Combine(AppContext.BaseDirectory, "department-plugins");
}
