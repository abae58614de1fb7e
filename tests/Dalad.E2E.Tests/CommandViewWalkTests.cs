using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalad.Cases;
using Dalad.Oversight;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// Issue 18 in a browser, as the joint office and the people it answers to: a construction complaint left unsigned is
/// overdue for housing; the joint office's 督办员 opens the command view, sees the charts drawn, follows housing's
/// overdue count to the case, and raises a 督办 about it; housing's clerk answers it and the 督办员 reads the answer.
/// On the first working day of the next month the monthly report job writes March's report, and the discipline
/// commission's account opens it, follows it to the case and downloads its PDF. The host runs on a test clock.
/// </summary>
public sealed class CommandViewWalkTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    private const string Supervisor = "command-supervisor";
    private const string HousingClerk = "housing-oversight-clerk";
    private const string Discipline = "discipline";
    private const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";
    private const string Reminder = "该案件签收已超期，请于3月10日前说明原因并立即签收办理。";
    private const string Answer = "已督促经办人签收，逐案核查超期原因。";

    [Fact]
    public async Task The_supervisor_drills_from_the_charts_to_an_overdue_case_raises_a_supervision_the_body_answers_and_discipline_reads_the_month_s_pdf()
    {
        // The people of this walk, with the grants of their standard roles (督办员, a body's clerk, 纪检监察员).
        await host.CreateUserAsync(Supervisor, ["joint-office"],
            [CasesPermissions.Default, OversightPermissions.Default, OversightPermissions.Supervise, OversightPermissions.MonthlyReports]);
        await host.CreateUserAsync(HousingClerk, ["housing"], [CasesPermissions.Default, OversightPermissions.Default, OversightPermissions.Answer]);
        await host.CreateUserAsync(Discipline, ["discipline"], [OversightPermissions.Default, OversightPermissions.MonthlyReports]);

        // Monday 03-02: the 12345 desk registers a building-site complaint and confirms it (housing leads); nobody signs it.
        host.Clock.Set("2026-03-02T10:00:00+08:00");
        var number = await OpenConstructionCaseAsync();
        // Thursday 03-05: the receive step (due Tuesday 03-03) is overdue.
        host.Clock.Set("2026-03-05T10:00:00+08:00");

        var pages = new List<IPage>();
        try
        {
            // The command view over March: both charts drawn on a canvas of real size.
            var supervisor = await SignedInAsync(Supervisor, pages);
            await supervisor.GotoAsync("/oversight");
            await supervisor.GetByTestId("figures-from").FillAsync("2026-03-01");
            await supervisor.GetByTestId("figures-to").FillAsync("2026-03-05");
            await supervisor.GetByTestId("figures-apply").ClickAsync();
            foreach (var chart in new[] { "body-chart", "trend-chart" })
            {
                var canvas = supervisor.GetByTestId(chart).Locator("canvas").First;
                await Expect(canvas).ToBeVisibleAsync();
                var box = await canvas.BoundingBoxAsync();
                box.ShouldNotBeNull();
                box.Width.ShouldBeGreaterThan(100, $"{chart} is drawn");
                box.Height.ShouldBeGreaterThan(100, $"{chart} is drawn");
            }
            var housing = supervisor.Locator("[data-testid=figures-body-row][data-code=housing]");
            await Expect(housing.GetByTestId("received-link")).ToHaveTextAsync("1");
            await Expect(housing.GetByTestId("overdue-link")).ToHaveTextAsync("1");
            await host.ScreenshotAsync(supervisor, "command-01-command-view");

            // Housing's overdue count leads to its cases, and the seeded case is among them.
            await housing.GetByTestId("overdue-link").ClickAsync();
            await Expect(supervisor).ToHaveURLAsync(new Regex(@"/cases\?bodyCode=housing$"));
            await Expect(supervisor.GetByTestId("cases-inbox").Locator($"tr[data-case-number='{number}']")).ToBeVisibleAsync();
            await host.ScreenshotAsync(supervisor, "command-02-housing-cases");

            // A 督办 to housing about the case, raised from the supervision page of the area.
            await supervisor.GotoAsync("/oversight");
            await supervisor.GetByTestId("tab-supervisions").ClickAsync();
            await Expect(supervisor).ToHaveURLAsync(new Regex("/oversight/supervisions$"));
            var form = supervisor.GetByTestId("supervision-form");
            await form.GetByTestId("supervision-body").SelectOptionAsync("housing");
            await form.GetByTestId("supervision-subject").SelectOptionAsync(SupervisionSubjects.Case);
            await form.GetByTestId("supervision-ref").FillAsync(number);
            await form.GetByTestId("supervision-due").FillAsync("2026-03-10");
            await form.GetByTestId("supervision-text").FillAsync(Reminder);
            await form.GetByTestId("supervision-raise").ClickAsync();
            var raised = supervisor.GetByTestId("supervision").Filter(new() { HasText = Reminder });
            await Expect(raised).ToHaveCountAsync(1);
            await Expect(raised).ToContainTextAsync(number);
            await Expect(raised.GetByTestId("supervision-status")).ToHaveTextAsync(Texts.Zh("Supervisions:Status:Open"));
            await Expect(supervisor.GetByTestId("supervision-error")).ToHaveCountAsync(0);
            await host.ScreenshotAsync(supervisor, "command-03-supervision-raised");

            // Housing's clerk finds it and answers in time.
            host.Clock.Set("2026-03-06T09:30:00+08:00");
            var clerk = await SignedInAsync(HousingClerk, pages);
            await clerk.GotoAsync("/oversight/supervisions");
            var received = clerk.GetByTestId("supervision").Filter(new() { HasText = Reminder });
            await received.GetByTestId("supervision-answer-start").ClickAsync();
            await received.GetByTestId("supervision-answer-text").FillAsync(Answer);
            await received.GetByTestId("supervision-answer-send").ClickAsync();
            await Expect(received.GetByTestId("supervision-status")).ToHaveTextAsync(Texts.Zh("Supervisions:Status:Answered"));
            await Expect(received.GetByTestId("supervision-answer")).ToContainTextAsync(Answer);
            await Expect(received.GetByTestId("supervision-answer-start")).ToHaveCountAsync(0);
            await host.ScreenshotAsync(clerk, "command-04-housing-answered");

            // The joint office reads the answer, not late.
            await supervisor.ReloadAsync();
            raised = supervisor.GetByTestId("supervision").Filter(new() { HasText = Reminder });
            await Expect(raised.GetByTestId("supervision-status")).ToHaveTextAsync(Texts.Zh("Supervisions:Status:Answered"));
            await Expect(raised.GetByTestId("supervision-answer")).ToContainTextAsync(Answer);
            await Expect(raised.GetByTestId("supervision-late")).ToHaveCountAsync(0);

            // Wednesday 04-01, the first working day of April: the job writes March's report.
            host.Clock.Set("2026-04-01T09:00:00+08:00");
            (await host.RunJobsAsync()).ShouldContain("oversight-monthly-report");

            // The discipline commission opens March's report, follows it to the case, and downloads the PDF.
            var discipline = await SignedInAsync(Discipline, pages);
            await discipline.GotoAsync("/oversight/monthly-reports");
            await discipline.GetByTestId("monthly-report-2026-03").ClickAsync();
            var report = discipline.GetByTestId("monthly-report");
            await Expect(report.GetByTestId("monthly-report-title")).ToHaveTextAsync(Texts.Zh("MonthlyReport:Title").Replace("{0}", "2026").Replace("{1}", "3"));
            await Expect(report).ToContainTextAsync(Reminder);
            await report.GetByTestId($"monthly-report-case-{number}").First.ClickAsync();
            await Expect(report.GetByTestId("monthly-report-case")).ToContainTextAsync(number);
            await Expect(discipline.GetByTestId("monthly-reports-error")).ToHaveCountAsync(0);
            await host.ScreenshotAsync(discipline, "command-05-discipline-report");

            var download = await discipline.RunAndWaitForDownloadAsync(() => report.GetByTestId("monthly-report-pdf").ClickAsync());
            download.SuggestedFilename.ShouldBe("monthly-report-2026-03.pdf");
            var path = await download.PathAsync();
            path.ShouldNotBeNull();
            var pdf = await File.ReadAllBytesAsync(path);
            Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
            pdf.Length.ShouldBeGreaterThan(20_000, "a report with its embedded Chinese font");
        }
        finally
        {
            foreach (var page in pages) await page.Context.CloseAsync();
        }
    }

    /// <summary>Registers and confirms a construction complaint as the 12345 desk (housing leads, 白泥井镇 assists); returns its number.</summary>
    private async Task<string> OpenConstructionCaseAsync()
    {
        using var desk = await host.CreateClientAsAsync(WorkflowBrowserHost.Operator);
        var lead = await WorkflowBrowserHost.ReadAsync<JsonElement>(await desk.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345",
            ticketNumber = "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            text = ConstructionText,
            address = "达拉特旗白泥井镇和顺家园三期工地",
            complainantName = "王师傅",
            phone = "13912340018",
            employer = "鑫路达建筑劳务有限公司",
            project = "和顺家园三期",
            workerCount = 14,
            amountOwed = 230000m,
        }));
        using var confirmed = await desk.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new { });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        var number = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("number").GetString();
        number.ShouldNotBeNullOrEmpty();
        return number;
    }

    private async Task<IPage> SignedInAsync(string userName, List<IPage> pages)
    {
        var page = await host.NewPageAsync();
        pages.Add(page);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(WorkflowBrowserHost.Password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workspace(/|$)"));
        return page;
    }
}
