using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dalad.Calendar;
using Dalad.Cases;
using Dalad.Projects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// Issue 13's "done when" in a browser: a housing clerk (the 承办人 role's project permissions) registers a project in
/// 白泥井镇, registers a worker, imports the site's attendance file (22 days in February) and the bank's payment file
/// (15 days paid); the page marks the month 少发. No warning before the pay day; once the clock is past it and the
/// warning job runs, the pay-below-attendance warning names the worker masked and the month. The clerk turns it into
/// a case, which is in the inbox on the working-day workflow (签收 due in one working day).
/// </summary>
public sealed class ProjectWarningWalkTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    private const string Clerk = "housing-site-clerk";
    private const string ProjectName = "白泥井镇康居花园二期";
    private const string WorkerName = "张建军";
    private const string IdNumber = "150621199001011237";

    [Fact]
    public async Task A_housing_clerk_registers_a_project_imports_attendance_and_pay_sees_the_warning_and_opens_the_case()
    {
        host.Clock.Set("2026-03-05T10:00:00+08:00"); // a Thursday; February's pay day (+15 days) is still ahead
        await host.CreateUserAsync(Clerk, ["housing"], [
            CasesPermissions.Default, ProjectsPermissions.Default, ProjectsPermissions.Manage, WarningsPermissions.Default, WarningsPermissions.Handle]);
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            await page.Locator("#userName").FillAsync(Clerk);
            await page.Locator("#password").FillAsync(WorkflowBrowserHost.Password);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workspace(/|$)"));

            // 登记项目: a residential building in 白泥井镇 — housing leads, the town assists.
            await page.GotoAsync("/projects");
            await page.GetByTestId("project-create").ClickAsync();
            var form = page.GetByTestId("project-form");
            // Refused while incomplete: the clerk is told what is missing, nothing is sent.
            await form.GetByTestId("project-save").ClickAsync();
            await Expect(form.GetByTestId("project-summary")).ToBeVisibleAsync();
            await form.Locator("#project-name").FillAsync(ProjectName);
            await form.Locator("#project-type").SelectOptionAsync("E4710");
            await form.Locator("#project-territory").SelectOptionAsync("150621102");
            await form.Locator("#project-address").FillAsync("达拉特旗白泥井镇康居路 8 号");
            await form.Locator("#project-builder").FillAsync("达拉特旗康居置业有限公司");
            await form.Locator("#project-contractor").FillAsync("鄂尔多斯康建建设集团有限公司");
            await form.Locator("#project-funding").FillAsync("企业自筹");
            await form.GetByTestId("project-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/projects/[0-9a-f-]{36}$"));
            await Expect(page.Locator("h1")).ToContainTextAsync(ProjectName);
            await host.ScreenshotAsync(page, "project-walk-01-registered");

            // 登记工人, then the attendance file (22 days clocked in February) and the bank's file paying 15.
            var workers = page.GetByTestId("project-workers");
            await workers.GetByTestId("worker-add").ClickAsync();
            await workers.Locator("#worker-name").FillAsync(WorkerName);
            await workers.Locator("#worker-id-number").FillAsync(IdNumber);
            await workers.GetByTestId("worker-save").ClickAsync();
            // The project's own clerks see the name; the identity number is masked everywhere.
            await Expect(workers.GetByTestId("worker")).ToContainTextAsync("1506**********1237");
            await Expect(workers.GetByTestId("worker")).Not.ToContainTextAsync(IdNumber);

            // A file with a bad time first: refused row by row in Chinese, nothing stored.
            await workers.Locator("#attendance-file").SetInputFilesAsync(Csv("考勤.csv", "设备编号,身份证号,打卡时间", $"KQ-01,{IdNumber},二月一日"));
            await workers.GetByTestId("attendance-upload").ClickAsync();
            await Expect(workers.GetByTestId("attendance-error")).ToContainTextAsync("二月一日");
            var clockIns = Enumerable.Range(1, 22).Select(day => $"KQ-01,{IdNumber},2026-02-{day:00} 07:{day + 10:00}");
            await workers.Locator("#attendance-file").SetInputFilesAsync(Csv("考勤2026年2月.csv", ["设备编号,身份证号,打卡时间", .. clockIns]));
            await workers.GetByTestId("attendance-upload").ClickAsync();
            await Expect(workers.GetByTestId("attendance-result")).ToContainTextAsync("22");

            await workers.Locator("#pay-month").FillAsync("2026-02");
            await workers.Locator("#pay-file").SetInputFilesAsync(Csv("代发工资2026年2月.csv", "身份证号,发放天数,实发金额,发放日期", $"{IdNumber},15,\"4,500.00\",2026-03-05"));
            await workers.GetByTestId("pay-upload").ClickAsync();
            await Expect(workers.GetByTestId("pay-result")).ToBeVisibleAsync();
            var month = workers.Locator("[data-testid=pay-row][data-short=true]");
            await Expect(month).ToContainTextAsync("2026-02");
            await Expect(month).ToContainTextAsync("22");
            await Expect(month).ToContainTextAsync("15");
            await host.ScreenshotAsync(page, "project-walk-02-pay-short");

            // Before February's pay day there is no warning yet.
            await page.GotoAsync("/warnings");
            await Expect(page.GetByTestId("warnings")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=warning][data-rule=pay-below-attendance]")).ToHaveCountAsync(0);

            // Past the pay day the scheduled evaluation raises it.
            host.Clock.Set("2026-03-20T10:00:00+08:00"); // a Friday
            (await host.RunJobsAsync()).ShouldContain("projects-warnings");
            await page.ReloadAsync();
            var warning = page.Locator("[data-testid=warning][data-rule=pay-below-attendance]");
            await Expect(warning).ToHaveCountAsync(1);
            await Expect(warning).ToContainTextAsync(ProjectName);
            var evidence = warning.GetByTestId("warning-evidence");
            await Expect(evidence).ToContainTextAsync("张**");
            await Expect(evidence).ToContainTextAsync("2026-02");
            await Expect(evidence).Not.ToContainTextAsync(IdNumber); // masked, never the whole number
            await host.ScreenshotAsync(page, "project-walk-03-warning");

            // 转为案件: a case on the ordinary workflow, in the clerk's inbox with 签收 due in one working day.
            await warning.GetByTestId("warning-to-case").ClickAsync();
            var caseLink = warning.GetByTestId("warning-case-link");
            await Expect(caseLink).ToBeVisibleAsync();
            var number = Regex.Match(await caseLink.InnerTextAsync(), @"DLT-\d{4}-\d{6}").Value;
            number.ShouldNotBeEmpty();
            var receiveDue = host.Services.GetRequiredService<IWorkingCalendar>().AddWorkingDays(new DateTimeOffset(host.Clock.UtcNow), 1);
            await page.GotoAsync("/cases");
            var row = page.GetByTestId("cases-inbox").Locator($"tr[data-case-number='{number}']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(row.GetByTestId("due")).ToHaveTextAsync(receiveDue.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            await host.ScreenshotAsync(page, "project-walk-04-case-in-inbox");
            await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await Expect(page.GetByTestId("case-page")).ToContainTextAsync(ProjectName);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A CSV file as Excel saves it in China (UTF-8 with BOM here; GB18030 is read too).</summary>
    private static FilePayload Csv(string name, params string[] lines) => new()
    {
        Name = name, MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")],
    };
}
