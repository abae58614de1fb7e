using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalad.Testing;
using Microsoft.Playwright;
using static Dalad.E2E.Tests.WorkflowBrowserHost;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// The "done when" of issue 11, in a real browser on one host that is never restarted: the joint office creates 旗教育局
/// (the body, its scope item 学校食堂, its department module with a register of schools), opens the module to the
/// 承办人 role and creates the bureau's first user; a school-canteen complaint typed at the 12345 desk is proposed for
/// 旗教育局 and confirmed; the new user lands on the bureau's own workspace with its menu and register and finds the
/// case in the inbox; a second register kind added afterwards appears on the user's page without a new build.
/// </summary>
public sealed class DepartmentFromNothingTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    private const string Bureau = "旗教育局";
    private const string BodyCode = "edu-bureau";
    private const string DepartmentKey = "education";
    private const string Permission = "Dalad.Departments." + DepartmentKey;
    private const string Basis = "达欠薪办〔2026〕11号";
    private const string CanteenText = "来电人反映：其在达拉特旗树林召镇第五学校食堂做帮厨，食堂承包方拖欠3名帮厨9月至11月工资约2.4万元。诉求：尽快结清工资。";

    [Fact]
    public Task The_joint_office_creates_a_department_from_nothing_and_its_clerk_works_a_case_in_it() => Scenario("dept-from-nothing", async () =>
    {
        var office = await SignedInAsync(AdminUserName, Password, "/workspace/joint-office");

        // 1. The body and the scope item routing will find it by.
        await office.GotoAsync("/responsibility/bodies");
        await office.GetByTestId("create-body").ClickAsync();
        await office.GetByTestId("new-body-code").FillAsync(BodyCode);
        await office.GetByTestId("new-body-name").FillAsync(Bureau);
        await office.GetByTestId("new-body-kind").SelectOptionAsync("industry");
        await office.GetByTestId("new-body-duty").FillAsync("负责全旗学校、幼儿园及校外培训机构的用工规范管理和欠薪治理。");
        await office.GetByTestId("change-basis").FillAsync(Basis);
        await office.GetByTestId("change-submit").ClickAsync();
        await Expect(office).ToHaveURLAsync(new Regex($"/responsibility/bodies/{BodyCode}$"));
        await Expect(office.GetByTestId("body-name")).ToHaveTextAsync(Bureau);

        await office.GetByTestId("add-scope-item").ClickAsync();
        await office.GetByTestId("new-item-sector").FillAsync("学校食堂");
        await office.GetByTestId("new-item-keywords").FillAsync("学校食堂，校园食堂");
        await office.GetByTestId("new-item-source").FillAsync("旗教育局：负责学校食堂用工的规范管理和欠薪治理。");
        await office.GetByTestId("change-basis").FillAsync(Basis);
        await office.GetByTestId("change-submit").ClickAsync();
        await Expect(office.Locator("[data-testid=scope-item][data-sector='学校食堂'] [data-testid=keyword]").First).ToContainTextAsync("学校食堂");
        await Shot(office, "01-body-and-scope");

        // 2. Its department module, in the definitions editor: a bad key is refused in Chinese before anything is sent.
        await office.GotoAsync("/responsibility/departments");
        await office.GetByTestId("create-definition").ClickAsync();
        await Expect(office).ToHaveURLAsync(new Regex("/responsibility/departments/new$"));
        await office.Locator("#def-key").FillAsync("Edu Cation");
        await office.GetByTestId("def-save").ClickAsync();
        var summary = office.GetByTestId("definition-summary");
        await Expect(summary).ToContainTextAsync(Texts.Zh("Definitions:KeyFormat"));
        await Expect(summary).ToContainTextAsync(Texts.Zh("Definitions:NoBodies"));
        await Shot(office, "02-definition-refused");

        await office.Locator("#def-key").FillAsync(DepartmentKey);
        await office.Locator("#def-nameZh").FillAsync(Bureau);
        await office.Locator("#def-nameEn").FillAsync("Education Bureau");
        await office.Locator("#def-descriptionZh").FillAsync("学校、幼儿园和校外培训机构的欠薪治理工作台。");
        await office.Locator("#def-descriptionEn").FillAsync("Wage arrears at schools, kindergartens and training institutions.");
        await office.GetByTestId("def-body-filter").FillAsync("教育局");
        await office.Locator($"#def-body-{BodyCode}").CheckAsync();
        await Expect(office.GetByTestId("def-bodies-chosen")).ToContainTextAsync(Bureau);
        await office.Locator("#def-ownerBodyCode").SelectOptionAsync(BodyCode);
        await office.Locator("#def-industryBodyCode").SelectOptionAsync(BodyCode);
        await office.Locator("#def-kinds-0-key").FillAsync("school");
        await office.Locator("#def-kinds-0-nameZh").FillAsync("学校");
        await office.Locator("#def-kinds-0-nameEn").FillAsync("School");
        await office.GetByTestId("def-add-field").ClickAsync();
        await office.Locator("#def-kinds-0-fields-0-key").FillAsync("credit-code");
        await office.Locator("#def-kinds-0-fields-0-nameZh").FillAsync("统一社会信用代码");
        await office.Locator("#def-kinds-0-fields-0-nameEn").FillAsync("Credit code");
        await office.Locator("#def-kinds-0-fields-0-type").SelectOptionAsync("credit-code");
        await office.Locator("#def-basis").FillAsync(Basis);
        await Expect(summary).ToHaveCountAsync(0);
        await Shot(office, "03-definition-filled");
        await office.GetByTestId("def-save").ClickAsync();
        await Expect(office.GetByTestId("definition-saved")).ToContainTextAsync(Bureau);
        await Expect(office.Locator($"tr[data-definition={DepartmentKey}]")).ToContainTextAsync("学校");
        await Shot(office, "04-definition-saved");

        // 3. The 承办人 role gets the module's permissions (its register, read and change) in ABP's role permission dialog.
        await office.GetByTestId("definition-roles-link").ClickAsync();
        await Expect(office).ToHaveURLAsync(new Regex("/identity/roles$"));
        // The list pages by ten and the standard roles are more than ten (ABP's roles page has no search box): turn
        // the pages until the role's row shows.
        // Exactly 承办人: other standard roles contain the word (协查承办人), so a row is picked by its name as a whole.
        var rows = office.Locator("datatable-body-row");
        ILocator? roleRow = null;
        for (var turned = 0; roleRow is null && turned < 5; turned++)
        {
            if (turned > 0) await office.Locator("datatable-pager [aria-label='go to next page']").ClickAsync();
            // A page is read once its rows have stopped changing (the table shows a spinner, then the rows).
            string[] seen = [];
            for (var wait = 0; wait < 40 && roleRow is null; wait++)
            {
                await office.WaitForTimeoutAsync(250);
                var texts = new List<string>();
                for (var i = 0; i < await rows.CountAsync(); i++) texts.Add(await rows.Nth(i).InnerTextAsync());
                var at = texts.FindIndex(t => t.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith("承办人", StringComparison.Ordinal)));
                if (at >= 0) roleRow = rows.Nth(at);
                else if (texts.Count > 0 && texts.SequenceEqual(seen)) break;
                seen = [.. texts];
            }
        }
        if (roleRow is null) throw new InvalidOperationException("The 承办人 role is on none of the first pages of the roles list.");
        await roleRow.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpUi", "Actions") }).ClickAsync();
        await office.Locator(".dropdown-menu.show").GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Permissions") }).ClickAsync();
        var dialog = office.Locator(".modal-content");
        // The dialog loads its groups after it opens and then selects the first: a tab clicked before that is
        // unselected again, so the click is repeated until the group's permissions show.
        var group = dialog.GetByRole(AriaRole.Tab, new() { Name = Texts.Zh("Registers:Permission:Group").Replace("{0}", Bureau, StringComparison.Ordinal) });
        for (var attempt = 0; ; attempt++)
        {
            await group.ClickAsync();
            try
            {
                await dialog.Locator($"input[id='{Permission}']").WaitForAsync(new() { Timeout = 5000 });
                break;
            }
            catch (TimeoutException) when (attempt < 5) { }
        }
        await dialog.Locator($"input[id='{Permission}']").CheckAsync();
        await dialog.Locator($"input[id='{Permission}.Manage']").CheckAsync();
        await Shot(office, "05-role-permissions");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(office.Locator(".modal-content")).ToHaveCountAsync(0);

        // 4. The bureau's first user, a 承办人 of 旗教育局.
        var userName = "jiaoyu" + Guid.NewGuid().ToString("N")[..6];
        const string userPassword = "Jiaoyu-2026";
        await office.GotoAsync("/identity/users");
        await office.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "NewUser") }).ClickAsync();
        var form = office.Locator(".modal-content");
        await form.Locator("#user-name").FillAsync(userName);
        await form.Locator("#password").FillAsync(userPassword);
        await form.Locator("#name").FillAsync("李老师");
        await form.Locator("#email").FillAsync(userName + "@dalad.gov.cn");
        await form.Locator("#BodyCodes-filter").FillAsync("教育局");
        await form.GetByTestId("user-bodies-options").GetByLabel(Bureau, new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Tab, new() { Name = Texts.Abp("AbpIdentity", "Roles") }).ClickAsync();
        await form.GetByLabel("承办人", new() { Exact = true }).CheckAsync();
        await Shot(office, "06-new-user-roles");
        await form.GetByRole(AriaRole.Button, new() { Name = Texts.Abp("AbpIdentity", "Save") }).ClickAsync();
        await Expect(office.Locator(".modal-content")).ToHaveCountAsync(0);
        await office.Locator("#data-tables-table-filter input").FillAsync(userName);
        await Expect(office.Locator("datatable-body-row", new() { HasText = userName })).ToContainTextAsync(Bureau);

        // 5. The 12345 desk: the canteen complaint is proposed for 旗教育局, and confirmed.
        var desk = await SignedInAsync(Operator, Password, "/workspace");
        await desk.GotoAsync("/intake");
        var intake = desk.GetByTestId("intake-form");
        await intake.Locator("#intake-ticket").FillAsync("GD" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        await intake.GetByTestId("intake-text").FillAsync(CanteenText);
        await intake.GetByTestId("intake-address").FillAsync("达拉特旗树林召镇第五学校");
        await intake.Locator("#intake-name").FillAsync("赵师傅");
        await intake.Locator("#intake-phone").FillAsync("139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        await intake.Locator("#intake-employer").FillAsync("达拉特旗味美餐饮管理有限公司");
        await intake.Locator("#intake-project").FillAsync("第五学校食堂");
        await intake.Locator("#intake-workers").FillAsync("3");
        await intake.Locator("#intake-amount").FillAsync("24000");
        await Expect(desk.GetByTestId("proposal-industry")).ToContainTextAsync(Bureau);
        await Expect(desk.GetByTestId("proposal-industry")).ToContainTextAsync("学校食堂");
        await Shot(desk, "07-intake-proposal");
        await desk.GetByTestId("intake-submit").ClickAsync();
        await Expect(desk.GetByTestId("lead-registered")).ToContainTextAsync(Texts.Zh("Intake:Registered"));
        await desk.GetByTestId("confirm-submit").ClickAsync();
        var done = desk.GetByTestId("confirmed");
        var pattern = new Regex(Regex.Escape(Texts.Zh("Intake:Confirm:Done")).Replace(@"\{0}", @"(\S+?)", StringComparison.Ordinal));
        await Expect(done).ToHaveTextAsync(pattern);
        var number = pattern.Match((await done.InnerTextAsync()).Trim()).Groups[1].Value;
        await Shot(desk, "08-intake-confirmed");

        // 6. The new user: straight onto 旗教育局's own workspace, its menu entry and register; the case in the inbox.
        var clerk = await SignedInAsync(userName, userPassword, $"/workspace/{BodyCode}");
        await Expect(clerk.Locator($"[data-testid=department-workspace][data-department={DepartmentKey}]")).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("current-body")).ToContainTextAsync(Bureau);
        var register = clerk.Locator($"[data-testid=register][data-department={DepartmentKey}]");
        await Expect(register).ToBeVisibleAsync();
        await Expect(register.GetByTestId("register-manage")).ToBeVisibleAsync();
        var menu = clerk.Locator("lpx-navbar");
        await menu.GetByText(Texts.Zh("Menu:Departments"), new() { Exact = true }).ClickAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = Bureau, Exact = true })).ToBeVisibleAsync();
        await Expect(clerk.Locator($"[data-testid=case-todo] [data-testid=todo-case][data-case-number='{number}']")).ToBeVisibleAsync();
        await Shot(clerk, "09-clerk-workspace");
        await clerk.GotoAsync("/cases");
        await Expect(clerk.GetByTestId("cases-inbox").Locator($"tr[data-case-number='{number}']")).ToBeVisibleAsync();
        await Shot(clerk, "10-clerk-inbox");

        // 7. A second register kind, added in the editor: the clerk's register offers it on the next page load, with no build.
        await office.GotoAsync($"/responsibility/departments/{DepartmentKey}");
        await Expect(office.Locator("#def-key")).ToBeDisabledAsync();
        await office.GetByTestId("def-add-kind").ClickAsync();
        await office.Locator("#def-kinds-1-key").FillAsync("canteen");
        await office.Locator("#def-kinds-1-nameZh").FillAsync("学校食堂");
        await office.Locator("#def-kinds-1-nameEn").FillAsync("School canteen");
        await office.Locator("#def-basis").FillAsync(Basis);
        await office.GetByTestId("def-save").ClickAsync();
        await Expect(office.Locator($"tr[data-definition={DepartmentKey}]")).ToContainTextAsync("学校食堂");

        await clerk.GotoAsync($"/workspace/{BodyCode}");
        var kindFilter = clerk.Locator($"[data-testid=register][data-department={DepartmentKey}] [data-testid=register-kind-filter]");
        await Expect(kindFilter.Locator("option", new() { HasText = "学校食堂" })).ToHaveCountAsync(1);
        await Expect(kindFilter.Locator("option", new() { HasText = "学校" })).ToHaveCountAsync(2);
        await Shot(clerk, "11-second-kind");
    });

    /// <summary>
    /// Issue 12's one-click approval: two complaints the matrix does not know, sent by the desk to the culture bureau,
    /// make a suggested keyword on the joint office's page; approving it adds it to the bureau's scope item, and the
    /// suggestion leaves the list.
    /// </summary>
    [Fact]
    public Task The_joint_office_approves_a_keyword_the_desks_corrections_suggest_in_one_click() => Scenario("keyword-suggestion", async () =>
    {
        using (var admin = await host.CreateClientAsAsync(AdminUserName))
            foreach (var text in (string[])["来电人反映：其在王爱召镇一家陪玩工作室上班，老板拖欠其两个月工资共6000元。", "我们几个在树林召镇的陪玩工作室做陪练，工作室拖欠工钱三个月。"])
            {
                using var registered = await admin.PostAsJsonAsync("/api/app/leads", new
                {
                    channel = "12345", ticketNumber = "KW-" + Guid.NewGuid().ToString("N")[..8], text, address = "",
                    complainantName = "钱先生", phone = "139" + Random.Shared.Next(10_000_000, 99_999_999), employer = "工作室" + Guid.NewGuid().ToString("N")[..4], workerCount = 2, amountOwed = 6000m,
                });
                var lead = await DaladHostFactory.ReadAsync<JsonElement>(registered);
                using var confirmed = await admin.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new
                {
                    territoryCode = lead.GetProperty("routing").GetProperty("territory").GetProperty("code").GetString(),
                    industryBodyCode = "culture-tourism", reason = "陪玩属文化娱乐经营",
                });
                confirmed.EnsureSuccessStatusCode();
            }

        var office = await SignedInAsync(AdminUserName, Password, "/workspace/joint-office");
        await office.GotoAsync("/responsibility/suggestions");
        var row = office.Locator("[data-testid=suggestion][data-keyword='陪玩工作室'][data-body=culture-tourism]");
        await Expect(row.GetByTestId("suggestion-corrections")).ToHaveTextAsync("2");
        await Expect(row.GetByTestId("suggestion-body")).ToHaveTextAsync("旗文化和旅游局");
        await Shot(office, "01-suggested");

        await row.GetByTestId("approve-suggestion").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        await Shot(office, "02-approved");
        await office.GotoAsync("/responsibility/bodies/culture-tourism");
        await Expect(office.GetByTestId("keyword").Filter(new() { HasTextString = "陪玩工作室" })).ToHaveCountAsync(1);
    });

    private const string AdminUserName = "admin";

    private async Task<IPage> SignedInAsync(string userName, string password, string landing)
    {
        var page = await host.NewPageAsync();
        _pages.Add(page);
        page.Console += (_, message) => { if (message.Type is "error") lock (_console) _console.Add($"{userName} {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (_console) _console.Add($"{userName} page error: {error}"); };
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(landing) + "(/|$)"));
        return page;
    }

    // ── Scenario plumbing (as CaseWorkflowTests) ─────────────────────────────────────────────────────────────────

    private readonly List<IPage> _pages = [];
    private readonly List<string> _console = [];
    private string _scenario = "";

    private Task Shot(IPage page, string name) => host.ScreenshotAsync(page, $"{_scenario}-{name}");

    private async Task Scenario(string name, Func<Task> steps)
    {
        _scenario = name;
        try
        {
            await steps();
        }
        catch (Exception failure)
        {
            var pages = new List<string>();
            for (var i = 0; i < _pages.Count; i++)
            {
                await Shot(_pages[i], $"FAILED-{i}");
                pages.Add($"{i}: {_pages[i].Url}");
            }
            string console;
            lock (_console) console = string.Join('\n', _console);
            throw new InvalidOperationException(
                $"{failure.Message}\n--- pages (screenshots FAILED-n in {host.ScreenshotFolder}) ---\n{string.Join('\n', pages)}\n--- browser console ---\n{console}", failure);
        }
        finally
        {
            foreach (var page in _pages) await page.Context.CloseAsync();
        }
    }
}
