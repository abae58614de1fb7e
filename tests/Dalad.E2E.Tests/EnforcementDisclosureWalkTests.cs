using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalad.Enforcement;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// Issue 17's "done when" in a browser: one case from its result to the public disclosure page. Housing's clerk
/// resolves a case with arrears established (employer and credit code given); the close guard refuses it without an
/// order or a reason. HRSS issues an order to pay on that case number and serves it; the clerk then resolves the case.
/// The order lapses (test clock), the penalty case runs to 决定 and gets its 决定书 as a file; the case's arrears finding is the employer's third in
/// 12 months, so HRSS proposes it and 发改 lists it. HRSS compiles and approves the quarter's disclosure; an anonymous
/// browser opens /disclosures, picks the quarter and reads the employer and its credit code, and no worker's name or phone.
/// </summary>
public sealed class EnforcementDisclosureWalkTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    private const string Inspector = "hrss-discloser";
    private const string Commission = "drc-lister";
    private const string Employer = "达拉特旗恒远路桥工程有限公司";
    private const string Code = "91150621MA0HY7R2XY";
    private const string WorkerName = "王师傅";
    private const string WorkerPhone = "13912340027";
    private const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，恒远路桥工程有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";

    [Fact]
    public async Task A_case_with_arrears_goes_from_its_result_through_order_penalty_and_listing_to_the_public_disclosure()
    {
        host.Clock.Set("2026-02-13T10:00:00+08:00");
        await host.CreateUserAsync(Inspector, ["hrss"], [
            OrdersPermissions.Default, OrdersPermissions.Manage, CreditPermissions.Default, CreditPermissions.Propose,
            DisclosurePermissions.Default, DisclosurePermissions.Compile, DisclosurePermissions.Approve]);
        await host.CreateUserAsync(Commission, ["drc"], [CreditPermissions.Default, CreditPermissions.Decide]);

        // Arrange: the employer's two earlier arrears findings (HRSS records them), and a construction case housing
        // leads, signed, accepted and with both owners' parts recorded: ready to resolve.
        using (var hrssApi = await host.CreateClientAsAsync(Inspector))
        {
            foreach (var (number, on) in new[] { ("DLT-2025-000601", "2025-06-01"), ("DLT-2025-001001", "2025-10-01") })
                (await hrssApi.PostAsJsonAsync("/api/app/credit/findings", new { caseNumber = number, employerName = Employer, creditCode = Code, establishedOn = on })).EnsureSuccessStatusCode();
        }
        var (caseId, caseNumber) = await HandlingCaseAsync();

        var pages = new List<IPage>();
        try
        {
            // The clerk resolves with arrears established: refused while there is neither an order nor a reason.
            var housing = await SignedInAsync(WorkflowBrowserHost.HousingClerk, pages);
            await housing.GotoAsync($"/cases/{caseId}");
            var casePage = housing.GetByTestId("case-page");
            await Expect(casePage).ToContainTextAsync(caseNumber);
            await casePage.Locator("button[data-action=resolve]").ClickAsync();
            await casePage.Locator("[data-field=result]").FillAsync("查实拖欠 14 名工人工资 23 万元");
            await casePage.Locator("[data-field=amountRecovered]").FillAsync("0");
            await casePage.Locator("[data-field=arrearsEstablished]").CheckAsync();
            await casePage.Locator("[data-field=employerName]").FillAsync(Employer);
            await casePage.Locator("[data-field=creditCode]").FillAsync(Code);
            await casePage.GetByTestId("action-submit").ClickAsync();
            await Expect(casePage.GetByTestId("action-error")).ToContainTextAsync("不予下达责令的理由");
            await Expect(casePage.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:handling"));
            await host.ScreenshotAsync(housing, "disclosure-walk-01-close-guard");

            // HRSS issues an order to pay on that case number and serves it.
            var hrss = await SignedInAsync(Inspector, pages);
            await hrss.GotoAsync($"/enforcement/orders?caseNumber={caseNumber}");
            var form = hrss.GetByTestId("order-form");
            await Expect(form.GetByTestId("order-case")).ToHaveValueAsync(caseNumber);
            await form.GetByTestId("order-employer").FillAsync(Employer);
            await form.GetByTestId("order-code").FillAsync(Code);
            await form.GetByTestId("order-amount").FillAsync("230000");
            await form.GetByTestId("order-issued").FillAsync("2026-02-13");
            await form.GetByTestId("order-deadline").FillAsync("2026-02-20");
            await form.GetByTestId("order-text").FillAsync("限于 2026-02-20 前支付拖欠的 14 名工人工资 23 万元。");
            await form.GetByTestId("order-issue").ClickAsync();
            var order = hrss.GetByTestId("order").First;
            await order.GetByTestId("order-serve-start").ClickAsync();
            await order.GetByTestId("order-served-on").FillAsync("2026-02-13");
            await order.GetByTestId("order-serve").ClickAsync();
            await Expect(order.GetByTestId("order-state")).ToHaveTextAsync(Texts.Zh("Enforcement:OrderState:Served"));

            // With the order on the case, the same resolution goes through; the arrears finding follows (outbox).
            await casePage.GetByTestId("action-submit").ClickAsync();
            await Expect(casePage.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:resolved"));
            await host.DispatchOutboxAsync();

            // The deadline passes unpaid: the order lapses; the penalty case runs to its decision.
            host.Clock.Set("2026-02-25T10:00:00+08:00");
            await hrss.ReloadAsync();
            order = hrss.GetByTestId("order").First;
            await Expect(order.GetByTestId("order-state")).ToHaveTextAsync(Texts.Zh("Enforcement:OrderState:Lapsed"));
            await order.GetByTestId("penalty-open-start").ClickAsync();
            // A phone typed into the facts by mistake: the disclosure must never publish it.
            await order.GetByTestId("penalty-facts").FillAsync($"拒不履行责令支付，拖欠 14 名工人工资 23 万元（投诉人电话 {WorkerPhone}）。");
            await order.GetByTestId("penalty-open").ClickAsync();
            var penalty = hrss.GetByTestId("penalty").First;
            foreach (var (step, document) in new[] { ("Investigated", "调查询问笔录"), ("Notified", "行政处罚告知书"), ("Decided", "罚款 2 万元") })
            {
                await penalty.GetByTestId("penalty-advance-start").ClickAsync();
                await penalty.GetByTestId("penalty-step-note").FillAsync(document);
                await penalty.GetByTestId("penalty-advance").ClickAsync();
                await Expect(penalty.GetByTestId("penalty-step")).ToHaveTextAsync(Texts.Zh($"Enforcement:Step:{step}"));
            }
            // The signed decision goes on the case as a file.
            var documents = penalty.GetByTestId("penalty-documents");
            await documents.GetByTestId("penalty-document-kind").SelectOptionAsync("decision");
            await documents.GetByTestId("penalty-document-file").SetInputFilesAsync(new FilePayload
            {
                Name = "行政处罚决定书.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray(),
            });
            await documents.GetByTestId("penalty-document-upload").ClickAsync();
            await Expect(documents.Locator("[data-testid=penalty-document][data-kind=decision]")).ToContainTextAsync("行政处罚决定书.pdf");

            // The case's finding is the employer's third in 12 months: a candidate; HRSS proposes, 发改 lists it.
            await hrss.GotoAsync("/enforcement/credit");
            var candidate = hrss.Locator($"[data-testid=candidate][data-code='{Code}']");
            await Expect(candidate.GetByTestId("candidate-grounds")).ToContainTextAsync(Texts.Zh("Enforcement:Ground:ThreeInTwelveMonths"));
            await candidate.GetByTestId("propose-start").ClickAsync();
            await candidate.GetByTestId("propose-reasons").FillAsync("12 个月内 3 起欠薪案件，责令支付逾期不履行。");
            await candidate.GetByTestId("propose").ClickAsync();
            await Expect(hrss.Locator($"[data-testid=listing][data-code='{Code}']").GetByTestId("listing-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Listing:Proposed"));

            var commission = await SignedInAsync(Commission, pages);
            await commission.GotoAsync("/enforcement/credit");
            var listing = commission.Locator($"[data-testid=listing][data-code='{Code}']");
            await listing.GetByTestId("decide-start").ClickAsync();
            await listing.GetByTestId("decide-approve").CheckAsync();
            await listing.GetByTestId("restriction-bidding").CheckAsync();
            await listing.GetByTestId("decide-reasons").FillAsync("应列尽列。");
            await listing.GetByTestId("decide").ClickAsync();
            await Expect(listing.GetByTestId("listing-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Listing:Listed"));

            // HRSS compiles the first quarter of 2026 (the listing and the penalty decision) and approves it.
            await hrss.GotoAsync("/enforcement/disclosures");
            await hrss.GetByTestId("compile-year").SelectOptionAsync("2026");
            await hrss.GetByTestId("compile-quarter").SelectOptionAsync(new SelectOptionValue { Label = Fill(Texts.Zh("PublicDisclosures:QuarterN"), "1") });
            await hrss.GetByTestId("compile").ClickAsync();
            var draft = hrss.Locator("[data-testid=disclosure-draft][data-year='2026'][data-quarter='1']");
            await Expect(draft.GetByTestId("disclosure-status")).ToHaveTextAsync(Texts.Zh("Enforcement:DisclosureStatus:Draft"));
            await Expect(draft.GetByTestId("disclosure-draft-entry")).ToHaveCountAsync(2);
            await draft.GetByTestId("disclosure-approve").ClickAsync();
            await Expect(draft.GetByTestId("disclosure-status")).ToHaveTextAsync(Texts.Zh("Enforcement:DisclosureStatus:Published"));
            await host.ScreenshotAsync(hrss, "disclosure-walk-02-approved");

            // Anyone, signed in or not: the public page, first on an unpublished quarter, then on 2026 Q1.
            var visitor = await host.NewPageAsync();
            pages.Add(visitor);
            await visitor.SetViewportSizeAsync(390, 844);
            await visitor.GotoAsync("/disclosures");
            await Expect(visitor).Not.ToHaveURLAsync(new Regex("/Account/Login"));
            var quarter = visitor.GetByTestId("disclosure-quarter");
            await visitor.GetByTestId("disclosure-year").SelectOptionAsync("2026");
            await quarter.SelectOptionAsync(new SelectOptionValue { Label = Fill(Texts.Zh("PublicDisclosures:QuarterN"), "2") });
            await visitor.GetByTestId("disclosure-show").ClickAsync();
            await Expect(visitor.GetByTestId("disclosure-not-published")).ToHaveTextAsync(Fill(Texts.Zh("PublicDisclosures:NotPublished"), "2026", "2"));

            await quarter.SelectOptionAsync(new SelectOptionValue { Label = Fill(Texts.Zh("PublicDisclosures:QuarterN"), "1") });
            await visitor.GetByTestId("disclosure-show").ClickAsync();
            var entries = visitor.GetByTestId("disclosure-entry");
            await Expect(entries).ToHaveCountAsync(2);
            foreach (var entry in await entries.AllAsync())
            {
                await Expect(entry.GetByTestId("disclosure-employer")).ToHaveTextAsync(Employer);
                await Expect(entry.GetByTestId("disclosure-code")).ToHaveTextAsync(Code);
            }
            await Expect(visitor.GetByTestId("disclosure")).ToContainTextAsync("罚款 2 万元");
            var text = await visitor.GetByTestId("public-disclosures").InnerTextAsync();
            text.ShouldNotContain(WorkerPhone);
            text.ShouldNotContain(WorkerName);
            // No horizontal scrolling on the phone.
            (await visitor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
            await host.ScreenshotAsync(visitor, "disclosure-walk-03-public-phone");

            // The workbook behind the download link is the same quarter, anonymously.
            var href = await visitor.GetByTestId("disclosure-export").GetAttributeAsync("href");
            href.ShouldBe("/api/public/disclosures/export?year=2026&quarter=1");
            using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
            using var workbook = await anonymous.GetAsync(href);
            workbook.StatusCode.ShouldBe(HttpStatusCode.OK);
            workbook.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        finally
        {
            foreach (var page in pages) await page.Context.CloseAsync();
        }
    }

    /// <summary>A construction case (housing leads, 白泥井镇 assists) signed, accepted and with both parts recorded.</summary>
    private async Task<(Guid Id, string Number)> HandlingCaseAsync()
    {
        using var desk = await host.CreateClientAsAsync(WorkflowBrowserHost.Operator);
        var lead = await WorkflowBrowserHost.ReadAsync<JsonElement>(await desk.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345",
            ticketNumber = "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            text = ConstructionText,
            address = "达拉特旗白泥井镇和顺家园三期工地",
            complainantName = WorkerName,
            phone = WorkerPhone,
            employer = "恒远路桥工程有限公司",
            project = "和顺家园三期",
            workerCount = 14,
            amountOwed = 230000m,
        }));
        using var confirmed = await desk.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new { });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        var opened = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case");
        var id = opened.GetProperty("id").GetGuid();

        using var housing = await host.CreateClientAsAsync(WorkflowBrowserHost.HousingClerk);
        using var bainijing = await host.CreateClientAsAsync(WorkflowBrowserHost.BainijingClerk);
        foreach (var (client, action, body) in new (HttpClient, string, object)[]
                 {
                     (housing, "sign", new { }), (housing, "accept", new { opinion = "属于欠薪投诉，予以受理。" }),
                     (housing, "parts", new { text = "约谈用人单位，核实欠薪。" }), (bainijing, "parts", new { text = "现场核实班组人数和工时。" }),
                 })
        {
            using var response = await client.PostAsJsonAsync($"/api/app/cases/{id}/{action}", body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
        }
        return (id, opened.GetProperty("number").GetString()!);
    }

    private static string Fill(string text, params string[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++) text = text.Replace("{" + i + "}", arguments[i], StringComparison.Ordinal);
        return text;
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
