using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>The host as scripts/run.sh starts it: the demo accounts of every standard role.</summary>
public sealed class DemoWebUiHost : WebUiHost
{
    protected override string Suite => "roles";

    protected override IEnumerable<string> ExtraArguments => ["--Identity:DemoUsers=true"];
}

/// <summary>
/// The first hour of each standard role: signed in as its demo account, every page of its menu opens without an error
/// banner, a raw key or an English status, without horizontal overflow on a desktop (1440×900) and a phone (390×844),
/// and with no serious or critical axe-core violation. A screenshot of every page at both sizes is kept.
/// Category UiWalk: scripts/test.sh runs it in the SQLite pass only (what a page shows does not depend on the provider).
/// </summary>
[Trait("Category", "UiWalk")]
public sealed class RoleWalkTests(DemoWebUiHost host) : IClassFixture<DemoWebUiHost>
{
    public static TheoryData<string, string, string[]> Roles => new()
    {
        { "operator", "/workspace/data-12345", ["/intake", "/intake/pending", "/intake/statistics", "/search", "/calendar", "/responsibility", "/account/manage"] },
        { "housing", "/workspace/housing", ["/cases", "/departments/housing", "/departments/housing/supervision", "/projects", "/warnings", "/oversight", "/oversight/supervisions", "/oversight/assessments", "/oversight/draws", "/search", "/calendar", "/responsibility", "/account/manage"] },
        { "bainijing", "/workspace/bainijing-town", ["/cases", "/departments/townships", "/departments/townships/supervision", "/projects", "/warnings", "/oversight", "/oversight/supervisions", "/oversight/assessments", "/oversight/draws", "/search", "/calendar", "/responsibility", "/account/manage"] },
        { "supervisor", "/workspace/joint-office", ["/cases", "/cases/board", "/intake/pending", "/intake/statistics", "/departments/housing", "/projects", "/warnings", "/oversight", "/oversight/supervisions", "/oversight/assessments", "/oversight/assessments/rules", "/oversight/draws", "/oversight/draws/employers", "/oversight/draws/inspectors", "/oversight/monthly-reports", "/search", "/calendar", "/responsibility", "/responsibility/suggestions", "/account/manage"] },
        { "hrss", "/workspace/hrss", ["/enforcement/orders", "/enforcement/referrals", "/enforcement/credit", "/enforcement/credit-check", "/enforcement/assistance", "/enforcement/protected-accounts", "/enforcement/disclosures", "/enforcement/revolving-fund", "/enforcement/backlog", "/account/manage"] },
        { "police", "/workspace/police", ["/enforcement/inbox", "/enforcement/assistance-inbox", "/account/manage"] },
        { "fgw", "/workspace/drc", ["/enforcement/credit", "/enforcement/credit-check", "/account/manage"] },
        { "jyzx", "/workspace/ggzy", ["/enforcement/credit-check", "/account/manage"] },
        { "finance", "/workspace/finance", ["/enforcement/revolving-fund", "/account/manage"] },
        { "justice", "/workspace/justice", ["/enforcement/backlog-inbox", "/account/manage"] },
        { "incident", "/workspace/joint-office", ["/enforcement/incidents", "/account/manage"] },
        { "discipline", "/workspace/discipline", ["/oversight", "/oversight/supervisions", "/oversight/monthly-reports", "/account/manage"] },
        { "admin", "/workspace/joint-office", ["/cases", "/cases/board", "/intake", "/intake/pending", "/search", "/calendar", "/responsibility", "/responsibility/departments", "/responsibility/departments/new", "/responsibility/departments/water", "/responsibility/suggestions", "/departments/housing", "/projects", "/warnings", "/warnings/rules", "/oversight", "/oversight/supervisions", "/oversight/assessments", "/oversight/assessments/rules", "/oversight/draws", "/oversight/draws/employers", "/oversight/draws/inspectors", "/identity/users", "/identity/roles", "/account/manage"] },
    };

    private static readonly (string Name, int Width, int Height)[] Screens = [("desktop", 1440, 900), ("phone", 390, 844)];

    /// <summary>Status codes the server sends, which must never reach a Chinese page as they are.</summary>
    private static readonly Regex EnglishStatus = new(@"\b(pending|dispatched|linked|received|reviewing|not-accepted|handling|resolved|visited|closed|on-time|due-soon|overdue)\b");

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_of_a_role_s_menu_opens_clean_on_desktop_and_phone(string userName, string landing, string[] pages)
    {
        var page = await host.NewPageAsync();
        var problems = new List<string>();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            await page.Locator("#userName").FillAsync(userName);
            await page.Locator("#password").FillAsync(WebUiHost.AdminPassword);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(landing) + "$"));

            // The menu's own entries are among the pages (the departments group only when the role has one of its own).
            var menuLinks = await page.Locator("lpx-navbar a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var expected in pages.Where(p => p.Split('/').Length == 2))
                menuLinks.ShouldContain(expected, $"{userName}: the menu lacks {expected}");

            foreach (var (screen, width, height) in Screens)
            {
                await page.SetViewportSizeAsync(width, height);
                foreach (var path in new[] { landing }.Concat(pages))
                {
                    await page.GotoAsync(path);
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    await Expect(page.Locator("dalad-loading")).ToHaveCountAsync(0);
                    var name = $"{userName}-{screen}-{path.Trim('/').Replace('/', '-')}";
                    await host.ScreenshotAsync(page, name);
                    problems.AddRange((await CheckAsync(page, screen)).Select(p => $"{userName} {screen} {path}: {p}"));
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_user_menu_opens_the_profile_and_refused_or_unknown_pages_stay_inside_the_shell()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await page.Locator("#userName").FillAsync("housing");
            await page.Locator("#password").FillAsync(WebUiHost.AdminPassword);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace/housing$"));

            // 修改密码 in the user menu opens the password form of the profile page.
            await page.Locator(".lpx-user-profile").ClickAsync();
            await Expect(page.Locator(".dropdown-menu.show").GetByText("个人信息")).ToBeVisibleAsync();
            await page.Locator(".dropdown-menu.show").GetByText("修改密码").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/manage#password$"));
            await Expect(page.Locator("[data-testid=password-form]")).ToBeVisibleAsync();
            await Expect(page.Locator("#profile-username")).ToHaveValueAsync("housing");

            // A refused area: our 403 page, with the menu still there and a way back.
            await page.GotoAsync("/intake");
            await Expect(page.Locator("[data-testid=error-page-forbidden]")).ToBeVisibleAsync();
            await Expect(page.Locator("lpx-navbar")).ToBeVisibleAsync();
            await Expect(page.Locator("abp-http-error-wrapper")).ToHaveCountAsync(0);

            // An unknown address: our 404 page inside the shell; its link leads back to the workspace.
            await page.GotoAsync("/no-such-page");
            await Expect(page.Locator("[data-testid=error-page-not-found]")).ToBeVisibleAsync();
            await Expect(page.Locator("lpx-navbar")).ToBeVisibleAsync();
            await page.Locator("[data-testid=error-page-home]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace/housing$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The intake desk types a complaint on a 1440×900 screen: the submit button and the live proposal's two owners are
    /// on the screen without scrolling (issue 14, item 6).
    /// </summary>
    [Fact]
    public async Task The_intake_form_fits_a_1440x900_screen_with_its_submit_button_and_proposal()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1440, 900);
            await page.GotoAsync("/");
            await page.Locator("#userName").FillAsync("operator");
            await page.Locator("#password").FillAsync(WebUiHost.AdminPassword);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace/data-12345$"));

            await page.GotoAsync("/intake");
            var form = page.GetByTestId("intake-form");
            await form.GetByTestId("intake-text").FillAsync(
                "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。");
            await form.GetByTestId("intake-address").FillAsync("达拉特旗白泥井镇和顺家园三期工地");
            await Expect(page.GetByTestId("proposal-territory")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("proposal-industry")).ToBeVisibleAsync();
            await host.ScreenshotAsync(page, "operator-desktop-intake-typed");

            (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(0);
            var submit = (await page.GetByTestId("intake-submit").BoundingBoxAsync())!;
            (submit.Y + submit.Height).ShouldBeLessThanOrEqualTo(900, "the submit button is below the fold");
            foreach (var owner in new[] { "proposal-territory", "proposal-industry" })
            {
                var box = (await page.GetByTestId(owner).Locator("h6").BoundingBoxAsync())!;
                (box.Y + box.Height).ShouldBeLessThanOrEqualTo(900, $"{owner} is below the fold");
                var name = (await page.GetByTestId(owner).Locator(".fs-5").First.BoundingBoxAsync())!;
                (name.Y + name.Height).ShouldBeLessThanOrEqualTo(900, $"the body named by {owner} is below the fold");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The walk's axe check finds what it is there to find: a nameless button and an image without text.</summary>
    [Fact]
    public async Task The_accessibility_check_names_a_button_without_a_name_and_an_image_without_text()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.SetContentAsync("<html lang=\"zh-CN\"><head><title>t</title></head><body><main><h1>标题</h1><button id=\"blank\"></button><img id=\"photo\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");
            var violations = await Accessibility.ViolationsAsync(page);
            violations.ShouldContain(v => v.Id == "button-name" && v.Impact == "critical" && v.Targets.Single().Contains("#blank"));
            violations.ShouldContain(v => v.Id == "image-alt" && v.Impact == "critical" && v.Targets.Single().Contains("#photo"));

            await page.SetContentAsync("<html lang=\"zh-CN\"><head><title>t</title></head><body><main><h1>标题</h1><button>提交</button></main></body></html>");
            (await Accessibility.ViolationsAsync(page)).ShouldBeEmpty();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>ABP's permission dialog says which role a grant comes from in words: "角色: 承办人", not "R: 承办人".</summary>
    [Fact]
    public async Task The_permission_dialog_names_the_role_a_grant_comes_from()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await page.Locator("#userName").FillAsync("admin");
            await page.Locator("#password").FillAsync(WebUiHost.AdminPassword);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace/joint-office$"));
            await page.GotoAsync("/identity/users");

            // More demo accounts than one page of ten: find the row by ABP's search box.
            await page.Locator("#data-tables-table-filter input").FillAsync("housing");
            var row = page.Locator("datatable-body-row", new() { HasText = "housing" }).First;
            await row.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpUi", "Actions") }).ClickAsync();
            await page.Locator(".dropdown-menu.show").GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Permissions") }).ClickAsync();
            var dialog = page.Locator(".modal-content");
            await dialog.GetByRole(AriaRole.Tab, new() { Name = Texts.Zh("Permission:Dalad.Housing") }).ClickAsync();
            var label = dialog.Locator("label[for='Dalad.Housing']");
            await Expect(label).ToContainTextAsync(Texts.Zh("PermissionProvider:R") + ": 承办人");
            await Expect(label).Not.ToContainTextAsync("R: ");
            await host.ScreenshotAsync(page, "admin-desktop-permission-dialog");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<List<string>> CheckAsync(IPage page, string screen)
    {
        var found = new List<string>();
        var banners = page.Locator(".alert-danger:visible, abp-http-error-wrapper, .error-page");
        if (await banners.CountAsync() > 0) found.Add("error banner: " + (await banners.First.InnerTextAsync()).Trim());

        var text = await page.Locator("body").InnerTextAsync();
        foreach (Match key in Regex.Matches(text, @"\b(Dalad|Abp\w*)::[\w:.\-]+")) found.Add("raw key " + key.Value);
        foreach (Match status in EnglishStatus.Matches(text)) found.Add("English status " + status.Value);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            // Name the widest elements that stick out, so the failure says what to fix.
            var culprits = await page.EvaluateAsync<string[]>(@"() => {
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
                    .slice(0, 3)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            }");
            found.Add($"horizontal overflow of {overflow}px: {string.Join(" | ", culprits)}");
        }

        if (screen == "desktop")
        {
            // The inbox's and the calendar's column headers stay on one line on a desktop.
            var wrapped = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('[data-testid=cases-table] thead th, [data-testid=calendar-table] thead th')]
                .filter(th => { const r = document.createRange(); r.selectNodeContents(th); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; })
                .map(th => th.textContent.trim())");
            foreach (var header in wrapped) found.Add("wrapped table header " + header);
        }

        foreach (var violation in (await Accessibility.ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical"))
            found.Add($"axe {violation.Impact} {violation.Id}: {string.Join(" | ", violation.Targets)}");
        return found.Distinct().ToList();
    }
}
