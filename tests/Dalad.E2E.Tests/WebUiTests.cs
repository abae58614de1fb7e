using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// What a civil servant does in the web UI, in a real browser against the real host: sign in with the code flow,
/// land on their workspace, administer users, switch language. Each scenario has its own browser profile and saves
/// screenshots (<see cref="WebUiHost.ScreenshotFolder"/>).
/// </summary>
public sealed class WebUiTests(WebUiHost host) : IClassFixture<WebUiHost>
{
    [Fact]
    public Task A_wrong_password_shows_a_clear_Chinese_error_on_the_login_page() => Scenario("a-wrong-password", async page =>
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.Locator("#login-submit")).ToHaveTextAsync(Texts.Zh("Login:Submit"));
        await Shot(page, "01-login-page");

        await page.Locator("#userName").FillAsync(WebUiHost.AdminUserName);
        await page.Locator("#password").FillAsync("not-the-password");
        await page.Locator("#login-submit").ClickAsync();

        await Expect(page.Locator("#login-error")).ToHaveTextAsync(Texts.Zh("Login:InvalidCredentials"));
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        // The user name stays, the password does not.
        await Expect(page.Locator("#userName")).ToHaveValueAsync(WebUiHost.AdminUserName);
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        await Shot(page, "02-wrong-password");
    });

    [Fact]
    public Task B_admin_signs_in_and_lands_on_the_joint_office_overview() => Scenario("b-admin-overview", async page =>
    {
        await SignInAsync(page, WebUiHost.AdminUserName, WebUiHost.AdminPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/workspace/joint-office$"));
        var overview = page.GetByTestId("joint-office-overview");
        await Expect(overview.Locator("h1")).ToHaveTextAsync(Texts.Zh("Workspace:JointOffice:Title"));
        // Every body of the banner, the housing bureau among them.
        await Expect(overview.Locator("[data-testid=bodies-table] tbody tr").Nth(40)).ToBeVisibleAsync();
        await Expect(overview.Locator("tr[data-body=housing]")).ToContainTextAsync("旗住房和城乡建设局");
        // The header: the signed-in user's name and the body they work in.
        await Expect(page.Locator(".user-full-name")).ToHaveTextAsync(new Regex("管理员"));
        var jointOffice = await overview.Locator("tr[data-body=joint-office] td").First.InnerTextAsync();
        await Expect(page.GetByTestId("current-body")).ToContainTextAsync(jointOffice.Trim());
        await Expect(page.Locator("lpx-navbar")).ToContainTextAsync(Texts.Zh("Menu:Workspace"));
        await Shot(page, "01-joint-office-overview");
    });

    [Fact]
    public Task C_admin_creates_a_housing_user_grants_a_permission_and_that_user_sees_only_the_housing_workspace() => Scenario("c-housing-user", async page =>
    {
        var userName = "zhangwei" + Guid.NewGuid().ToString("N")[..6];
        const string password = "Zhang-2026";
        const string housing = "旗住房和城乡建设局";

        // Administration → users, from the menu.
        await SignInAsync(page, WebUiHost.AdminUserName, WebUiHost.AdminPassword);
        var menu = page.Locator("lpx-navbar");
        await menu.GetByText(Texts.Abp("AbpUiNavigation", "Menu:Administration"), new() { Exact = true }).ClickAsync();
        await menu.GetByText(Texts.Abp("AbpIdentity", "Menu:IdentityManagement"), new() { Exact = true }).ClickAsync();
        await menu.GetByText(Texts.Abp("AbpIdentity", "Users"), new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/identity/users$"));

        // A new user in the housing bureau: one 姓名 field (no Western surname), the bodies as a filtered multi-select
        // (the BodyCodes extension property). Saving without a body is refused in the browser.
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "NewUser") }).ClickAsync();
        var form = page.Locator(".modal-content");
        await form.Locator("#user-name").FillAsync(userName);
        await form.Locator("#password").FillAsync(password);
        await form.Locator("#name").FillAsync("张伟");
        await Expect(form.Locator("#surname")).ToHaveCountAsync(0);
        await form.Locator("#email").FillAsync(userName + "@dalad.gov.cn");
        var save = form.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") });
        await Expect(save).ToBeDisabledAsync();
        await form.Locator("#BodyCodes-filter").FillAsync("住房");
        var housingOption = form.GetByTestId("user-bodies-options").GetByLabel(housing, new() { Exact = true });
        await housingOption.CheckAsync();
        await Expect(form.GetByTestId("user-bodies-chosen")).ToContainTextAsync(housing);
        await Expect(save).ToBeEnabledAsync();
        // Taking the only body away again says why the form cannot be saved.
        await housingOption.UncheckAsync();
        await Expect(form.GetByTestId("user-bodies-required")).ToHaveTextAsync(Texts.Zh("UserBodies:Required"));
        await Expect(save).ToBeDisabledAsync();
        await housingOption.CheckAsync();
        await Expect(form.GetByTestId("user-bodies-required")).ToHaveCountAsync(0);
        await Shot(page, "01-new-user-form");
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(page.Locator(".modal-content")).ToHaveCountAsync(0);

        var row = page.Locator("datatable-body-row", new() { HasText = userName });
        await Expect(row).ToContainTextAsync(housing);
        await Shot(page, "02-user-created");

        // Grant "view the housing register" through ABP's permission dialog.
        await row.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpUi", "Actions") }).ClickAsync();
        await page.Locator(".dropdown-menu.show").GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Permissions") }).ClickAsync();
        var dialog = page.Locator(".modal-content");
        await Expect(dialog).ToContainTextAsync(userName);
        await dialog.GetByRole(AriaRole.Tab, new() { Name = Texts.Zh("Permission:Dalad.Housing") }).ClickAsync();
        var housingRegister = dialog.Locator("input[id='Dalad.Housing']");
        await Expect(housingRegister).Not.ToBeCheckedAsync();
        await housingRegister.CheckAsync();
        await Shot(page, "03-permission-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(page.Locator(".modal-content")).ToHaveCountAsync(0);

        await SignOutAsync(page);

        // The new user: straight into the housing bureau's workspace (the housing plugin's), with the department area the
        // permission opens and nothing else: no responsibility matrix, no administration.
        await SignInAsync(page, userName, password);
        await Expect(page).ToHaveURLAsync(new Regex("/workspace/housing$"));
        await Expect(page.GetByTestId("current-body")).ToContainTextAsync(housing);
        await Expect(page.Locator("[data-testid=page-title]")).ToContainTextAsync(housing);
        await Expect(page.Locator("[data-testid=department-workspace][data-department=housing]")).ToBeVisibleAsync();
        // The housing register, which the granted permission lets them read but not change.
        await Expect(page.Locator("[data-testid=register][data-department=housing]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("register-no-access")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("register-manage")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("register-first-use")).ToContainTextAsync(Texts.Zh("RegisterPage:FirstUse")); // loaded, nothing registered yet
        await Expect(page.GetByTestId("register-first-use")).ToContainTextAsync(Texts.Zh("RegisterPage:FirstUseRead"));
        await Expect(page.Locator(".user-full-name")).ToHaveTextAsync(new Regex("张伟"));
        await Expect(menu).ToContainTextAsync(Texts.Zh("Menu:Departments"));
        await Expect(menu).Not.ToContainTextAsync(Texts.Zh("Menu:Responsibility"));
        await Expect(menu).Not.ToContainTextAsync(Texts.Abp("AbpUiNavigation", "Menu:Administration"));
        await Expect(page.GetByTestId("joint-office-overview")).ToHaveCountAsync(0);
        await Shot(page, "04-housing-workspace");

        // The joint office's overview is not theirs: the address leads back to their own workspace.
        await page.GotoAsync("/workspace/joint-office");
        await Expect(page).ToHaveURLAsync(new Regex("/workspace/housing$"));
        await Expect(page.GetByTestId("joint-office-overview")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task F_the_user_form_gives_a_user_several_bodies_and_takes_one_away_again() => Scenario("f-user-bodies", async page =>
    {
        var userName = "liuyang" + Guid.NewGuid().ToString("N")[..6];
        const string housing = "旗住房和城乡建设局";
        const string transport = "旗交通运输局";

        await SignInAsync(page, WebUiHost.AdminUserName, WebUiHost.AdminPassword);
        await page.GotoAsync("/identity/users");
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "NewUser") }).ClickAsync();
        var form = page.Locator(".modal-content");
        await form.Locator("#user-name").FillAsync(userName);
        await form.Locator("#password").FillAsync("Liu-Yang-2026");
        await form.Locator("#name").FillAsync("刘洋");
        await form.Locator("#email").FillAsync(userName + "@dalad.gov.cn");
        var options = form.GetByTestId("user-bodies-options");
        await options.GetByLabel(housing, new() { Exact = true }).CheckAsync();
        await options.GetByLabel(transport, new() { Exact = true }).CheckAsync();
        await Expect(form.GetByTestId("user-bodies-chosen").Locator("[data-body]")).ToHaveCountAsync(2);
        await Shot(page, "01-two-bodies");
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(page.Locator(".modal-content")).ToHaveCountAsync(0);

        // Both memberships are stored: the list shows them, the edit form has both ticked.
        var row = page.Locator("datatable-body-row", new() { HasText = userName });
        await Expect(row).ToContainTextAsync(housing);
        await Expect(row).ToContainTextAsync(transport);
        await row.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpUi", "Actions") }).ClickAsync();
        await page.Locator(".dropdown-menu.show").GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Edit") }).ClickAsync();
        form = page.Locator(".modal-content");
        options = form.GetByTestId("user-bodies-options");
        await Expect(options.GetByLabel(housing, new() { Exact = true })).ToBeCheckedAsync();
        await Expect(options.GetByLabel(transport, new() { Exact = true })).ToBeCheckedAsync();
        await Expect(form.Locator("#surname")).ToHaveCountAsync(0);
        await Expect(form.Locator("#name")).ToHaveValueAsync("刘洋");

        // One taken away again.
        await options.GetByLabel(transport, new() { Exact = true }).UncheckAsync();
        await Shot(page, "02-one-taken-away");
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(page.Locator(".modal-content")).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync(housing);
        await Expect(row).Not.ToContainTextAsync(transport);
    });

    [Fact]
    public Task D_switching_to_English_changes_the_texts_and_is_remembered() => Scenario("d-english", async page =>
    {
        // On the login page...
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.Locator("#login-language").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#login-submit")).ToHaveTextAsync(Texts.Abp("Dalad", "Login:Submit", "en"));
        await Shot(page, "01-login-page-english");

        // ...and the app after signing in.
        await page.Locator("#userName").FillAsync(WebUiHost.AdminUserName);
        await page.Locator("#password").FillAsync(WebUiHost.AdminPassword);
        await page.Locator("#login-submit").ClickAsync();
        var title = page.GetByTestId("joint-office-overview").Locator("h1");
        await Expect(title).ToHaveTextAsync(Texts.En("Workspace:JointOffice:Title"));
        await Expect(page.Locator("lpx-navbar")).ToContainTextAsync(Texts.En("Menu:Workspace"));
        await Expect(page.Locator("[data-testid=bodies-table] thead")).ToContainTextAsync(Texts.En("Bodies:Name"));
        await Shot(page, "02-app-english");

        // The app's own language menu switches back to Chinese, and the choice survives a reload.
        await page.Locator(".lpx-language-selection .dropdown-toggle").ClickAsync();
        await page.Locator(".lpx-language-selection .dropdown-menu").GetByText("简体中文").ClickAsync();
        await Expect(title).ToHaveTextAsync(Texts.Zh("Workspace:JointOffice:Title"));
        await Expect(page.Locator("lpx-navbar")).ToContainTextAsync(Texts.Zh("Menu:Workspace"));
        await page.ReloadAsync();
        await Expect(title).ToHaveTextAsync(Texts.Zh("Workspace:JointOffice:Title"));

        // And to English again.
        await page.Locator(".lpx-language-selection .dropdown-toggle").ClickAsync();
        await page.Locator(".lpx-language-selection .dropdown-menu").GetByText("English").ClickAsync();
        await Expect(title).ToHaveTextAsync(Texts.En("Workspace:JointOffice:Title"));
        await page.ReloadAsync();
        await Expect(title).ToHaveTextAsync(Texts.En("Workspace:JointOffice:Title"));
        await Shot(page, "03-english-after-reload");
    });

    [Fact]
    public Task E_the_joint_office_edits_the_working_day_calendar_and_computes_a_deadline() => Scenario("e-calendar", async page =>
    {
        await SignInAsync(page, WebUiHost.AdminUserName, WebUiHost.AdminPassword);
        await page.GotoAsync("/calendar");
        await Expect(page.GetByTestId("calendar-home")).ToBeVisibleAsync();
        await page.GetByTestId("calendar-year-input").FillAsync("2026");
        await page.GetByTestId("calendar-year-input").DispatchEventAsync("change");
        // The seeded 2026 calendar: Saturday 02-14 is a make-up working day, Monday 02-16 a Spring Festival holiday.
        await Expect(page.Locator("td[data-date='2026-02-14']")).ToHaveAttributeAsync("data-kind", "makeup");
        await Expect(page.Locator("td[data-date='2026-02-16']")).ToHaveAttributeAsync("data-kind", "holiday");
        await Shot(page, "01-year");

        // A weekday cannot be a make-up working day: the server's Chinese refusal shows in the form, nothing is stored.
        await page.GetByTestId("calendar-add").ClickAsync();
        await page.GetByTestId("calendar-form-date").FillAsync("2026-12-23");
        await page.GetByTestId("calendar-form-type").SelectOptionAsync("workday");
        await page.GetByTestId("calendar-form-name").FillAsync("元旦调休");
        await page.GetByTestId("calendar-form-save").ClickAsync();
        await Expect(page.GetByTestId("calendar-form-error")).ToContainTextAsync("2026-12-23");
        await Expect(page.Locator("tr[data-date='2026-12-23']")).ToHaveCountAsync(0);
        await Shot(page, "02-refused");

        // A Saturday can; it shows in the grid and the table, and goes again after confirmation.
        await page.GetByTestId("calendar-form-date").FillAsync("2026-12-26");
        await page.GetByTestId("calendar-form-save").ClickAsync();
        await Expect(page.Locator("tr[data-date='2026-12-26']")).ToContainTextAsync("元旦调休");
        await Expect(page.Locator("td[data-date='2026-12-26']")).ToHaveAttributeAsync("data-kind", "makeup");
        await page.Locator("tr[data-date='2026-12-26'] [data-testid=calendar-delete]").ClickAsync();
        await page.Locator("abp-confirmation button#confirm").ClickAsync();
        await Expect(page.Locator("tr[data-date='2026-12-26']")).ToHaveCountAsync(0);

        // The deadline calculator: Friday 02-13 + 2 working days, across the make-up Saturday and the holidays.
        await page.GetByTestId("due-from").FillAsync("2026-02-13T10:00");
        await page.GetByTestId("due-days").FillAsync("2");
        await page.GetByTestId("due-compute").ClickAsync();
        await Expect(page.GetByTestId("due-result")).ToContainTextAsync("2026-02-24");
        await page.GetByTestId("between-from").FillAsync("2026-02-13");
        await page.GetByTestId("between-to").FillAsync("2026-02-24");
        await page.GetByTestId("between-compute").ClickAsync();
        await Expect(page.GetByTestId("between-result")).ToContainTextAsync("2");
        await page.GetByTestId("due-days").FillAsync("400");
        await page.GetByTestId("due-compute").ClickAsync();
        await Expect(page.GetByTestId("due-error")).ToBeVisibleAsync();
        await Shot(page, "03-deadline");
    });

    /// <summary>From the app's address through the code flow: the app sends the browser to the login page and back.</summary>
    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workspace(/|$)"));
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator(".lpx-user-profile").ClickAsync();
        await page.Locator(".dropdown-menu.show").GetByText(Texts.Abp("AbpUi", "Logout")).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    private Task Shot(IPage page, string name) => host.ScreenshotAsync(page, $"{_scenario}-{name}");

    private string _scenario = "";

    /// <summary>Runs one scenario in a fresh browser profile; on failure keeps a screenshot, the browser console and the host's log.</summary>
    private async Task Scenario(string name, Func<IPage, Task> steps)
    {
        _scenario = name;
        var page = await host.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (console) console.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (console) console.Add("page error: " + error); };
        try
        {
            await steps(page);
        }
        catch (Exception failure)
        {
            await Shot(page, "FAILED");
            string browserLog;
            lock (console) browserLog = string.Join('\n', console);
            throw new InvalidOperationException(
                $"{failure.Message}\nat {page.Url}\n--- browser console ---\n{browserLog}\n--- host log (last 60 lines) ---\n{string.Join('\n', host.HostOutput.Split('\n').TakeLast(60))}",
                failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
