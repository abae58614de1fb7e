using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dalad.Enforcement;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// Issue 17 in a browser, as the people who do the work: a case whose result established arrears gets an order to pay
/// from HRSS's labour inspector, served and left unpaid past its deadline; the inspector records "not complied", runs
/// the penalty case to its decision and refers the lapsed order to the police, who sign in and mark it 已立案 in their
/// inbox. The employer's third arrears case in 12 months makes it a candidate; HRSS proposes it, 发改 lists it with
/// restrictions, and the trading centre's credit check answers 已列入 with those restrictions and since when.
/// The host runs in this process on a test clock (the deadline passes by setting it).
/// </summary>
public sealed class EnforcementWalkTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    private const string Inspector = "hrss-inspector";
    private const string Police = "police-officer";
    private const string Commission = "drc-decider";
    private const string TradingCentre = "ggzy-checker";
    private const string CaseNumber = "DLT-2026-0213";
    private const string Employer = "达拉特旗鑫路达建筑劳务有限公司";
    private const string Code = "91350100M000100Y43";

    [Fact]
    public async Task A_case_with_arrears_goes_from_its_order_to_pay_through_penalty_and_referral_to_the_listing_the_credit_check_answers()
    {
        host.Clock.Set("2026-02-13T10:00:00+08:00");
        await host.CreateUserAsync(Inspector, ["hrss"], [OrdersPermissions.Default, OrdersPermissions.Manage, ReferralsPermissions.Default, ReferralsPermissions.Create, CreditPermissions.Default, CreditPermissions.Propose]);
        await host.CreateUserAsync(Police, ["police"], [ReferralsPermissions.Default, ReferralsPermissions.Handle]);
        await host.CreateUserAsync(Commission, ["drc"], [CreditPermissions.Default, CreditPermissions.Decide]);
        await host.CreateUserAsync(TradingCentre, ["ggzy"], [CreditPermissions.Check]);

        // Two earlier arrears cases of the same employer (recorded by HRSS; not this walk's pages).
        using (var hrssApi = await host.CreateClientAsAsync(Inspector))
        {
            foreach (var (number, on) in new[] { ("DLT-2025-0601", "2025-06-01"), ("DLT-2025-1001", "2025-10-01") })
                (await hrssApi.PostAsJsonAsync("/api/app/credit/findings", new { caseNumber = number, employerName = Employer, creditCode = Code, establishedOn = on })).EnsureSuccessStatusCode();
        }

        var pages = new List<IPage>();
        try
        {
            // The inspector issues the order to pay from the case's orders page.
            var hrss = await SignedInAsync(Inspector, pages);
            await hrss.GotoAsync($"/enforcement/orders?caseNumber={CaseNumber}");
            var form = hrss.GetByTestId("order-form");
            await Expect(form.GetByTestId("order-case")).ToHaveValueAsync(CaseNumber);
            await form.GetByTestId("order-employer").FillAsync(Employer);
            await form.GetByTestId("order-code").FillAsync(Code);
            await form.GetByTestId("order-amount").FillAsync("230000");
            await form.GetByTestId("order-issued").FillAsync("2026-02-13");
            await form.GetByTestId("order-deadline").FillAsync("2026-02-20");
            await form.GetByTestId("order-text").FillAsync("限于 2026-02-20 前支付拖欠的 14 名工人工资 23 万元。");
            await form.GetByTestId("order-issue").ClickAsync();
            var order = hrss.GetByTestId("order").First;
            await Expect(order.GetByTestId("order-state")).ToHaveTextAsync(Texts.Zh("Enforcement:OrderState:Issued"));

            // Served the same day.
            await order.GetByTestId("order-serve-start").ClickAsync();
            await order.GetByTestId("order-served-on").FillAsync("2026-02-13");
            await order.GetByTestId("order-serve").ClickAsync();
            await Expect(order.GetByTestId("order-state")).ToHaveTextAsync(Texts.Zh("Enforcement:OrderState:Served"));
            await host.ScreenshotAsync(hrss, "enforcement-01-order-served");

            // The deadline passes unpaid: the order lapses, and "not complied" is recorded.
            host.Clock.Set("2026-02-25T10:00:00+08:00");
            await hrss.ReloadAsync();
            order = hrss.GetByTestId("order").First;
            await Expect(order.GetByTestId("order-state")).ToHaveTextAsync(Texts.Zh("Enforcement:OrderState:Lapsed"));
            await order.GetByTestId("order-outcome-start").ClickAsync();
            await order.GetByTestId("order-complied-no").CheckAsync();
            await order.GetByTestId("order-outcome-note").FillAsync("逾期未支付");
            await order.GetByTestId("order-outcome").ClickAsync();
            await Expect(order.GetByTestId("order-outcome-start")).ToHaveCountAsync(0);

            // The penalty case: filed from the order, then investigated, notified, decided.
            await order.GetByTestId("penalty-open-start").ClickAsync();
            await order.GetByTestId("penalty-facts").FillAsync("拒不履行责令支付，拖欠 14 名工人工资 23 万元。");
            await order.GetByTestId("penalty-open").ClickAsync();
            var penalty = hrss.GetByTestId("penalty").First;
            await Expect(penalty.GetByTestId("penalty-number")).ToContainTextAsync("CF-2026-0001");
            foreach (var (step, document) in new[] { ("Investigated", "调查询问笔录"), ("Notified", "行政处罚告知书"), ("Decided", "罚款 2 万元") })
            {
                await penalty.GetByTestId("penalty-advance-start").ClickAsync();
                await penalty.GetByTestId("penalty-step-note").FillAsync(document);
                await penalty.GetByTestId("penalty-advance").ClickAsync();
                await Expect(penalty.GetByTestId("penalty-step")).ToHaveTextAsync(Texts.Zh($"Enforcement:Step:{step}"));
            }
            await Expect(penalty.GetByTestId("penalty-steps")).ToContainTextAsync("罚款 2 万元");
            await host.ScreenshotAsync(hrss, "enforcement-02-penalty-decided");

            // The lapsed order is referred to the police.
            await hrss.GotoAsync("/enforcement/referrals");
            var referable = hrss.GetByTestId("referable-order").First;
            await Expect(referable).ToContainTextAsync(CaseNumber);
            await referable.GetByTestId("refer-start").ClickAsync();
            await referable.GetByTestId("refer-facts").FillAsync("经责令支付逾期仍不支付，涉嫌拒不支付劳动报酬罪。");
            await referable.GetByTestId("refer").ClickAsync();
            await Expect(hrss.GetByTestId("referral").First.GetByTestId("referral-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Referral:Received"));
            await Expect(hrss.GetByTestId("referable-order")).ToHaveCountAsync(0);

            // The police sign in, find it in their inbox and record 已立案.
            var police = await SignedInAsync(Police, pages);
            await police.GotoAsync("/enforcement/inbox");
            var received = police.GetByTestId("referral").First;
            await Expect(received).ToContainTextAsync(CaseNumber);
            await received.GetByTestId("referral-advance-start").ClickAsync();
            await received.GetByTestId("referral-note").FillAsync("达公刑立字〔2026〕12号");
            await received.GetByTestId("referral-advance").ClickAsync();
            await Expect(received.GetByTestId("referral-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Referral:Filed"));
            await host.ScreenshotAsync(police, "enforcement-03-police-filed");

            // The case's arrears finding makes the employer's third in 12 months: a candidate, which HRSS proposes.
            await hrss.GotoAsync("/enforcement/credit");
            var findingForm = hrss.GetByTestId("finding-form");
            await findingForm.GetByTestId("finding-case").FillAsync(CaseNumber);
            await findingForm.GetByTestId("finding-date").FillAsync("2026-02-13");
            await findingForm.GetByTestId("finding-employer").FillAsync(Employer);
            await findingForm.GetByTestId("finding-code").FillAsync(Code);
            await findingForm.GetByTestId("finding-record").ClickAsync();
            var candidate = hrss.Locator($"[data-testid=candidate][data-code='{Code}']");
            await Expect(candidate.GetByTestId("candidate-grounds")).ToContainTextAsync(Texts.Zh("Enforcement:Ground:ThreeInTwelveMonths"));
            await candidate.GetByTestId("propose-start").ClickAsync();
            await candidate.GetByTestId("propose-reasons").FillAsync("12 个月内 3 起欠薪案件，责令支付逾期不履行。");
            await candidate.GetByTestId("propose").ClickAsync();
            var proposed = hrss.Locator($"[data-testid=listing][data-code='{Code}']");
            await Expect(proposed.GetByTestId("listing-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Listing:Proposed"));

            // 发改 lists it with two restrictions.
            var commission = await SignedInAsync(Commission, pages);
            await commission.GotoAsync("/enforcement/credit");
            var listing = commission.Locator($"[data-testid=listing][data-code='{Code}']");
            await listing.GetByTestId("decide-start").ClickAsync();
            await listing.GetByTestId("decide-approve").CheckAsync();
            await listing.GetByTestId("restriction-bidding").CheckAsync();
            await listing.GetByTestId("restriction-permits").CheckAsync();
            await listing.GetByTestId("decide-reasons").FillAsync("应列尽列。");
            await listing.GetByTestId("decide").ClickAsync();
            await Expect(listing.GetByTestId("listing-status")).ToHaveTextAsync(Texts.Zh("Enforcement:Listing:Listed"));
            await host.ScreenshotAsync(commission, "enforcement-04-listed");

            // The trading centre's check: a wrong check character is refused on the page; the right code answers 已列入.
            var centre = await SignedInAsync(TradingCentre, pages);
            await centre.GotoAsync("/enforcement/credit-check");
            await centre.GetByTestId("check-code").FillAsync("91350100M000100Y44");
            await centre.GetByTestId("check-submit").ClickAsync();
            await Expect(centre.GetByTestId("check-error")).ToHaveTextAsync(Texts.Zh("Enforcement:Check:InvalidCode"));
            await centre.GetByTestId("check-code").FillAsync(Code.ToLowerInvariant());
            await centre.GetByTestId("check-submit").ClickAsync();
            await Expect(centre.GetByTestId("check-listed")).ToHaveTextAsync(Texts.Zh("Enforcement:Check:Listed"));
            await Expect(centre.GetByTestId("check-since")).ToContainTextAsync("2026-02-25");
            await Expect(centre.Locator("[data-restriction=bidding]")).ToHaveTextAsync(Texts.Zh("Enforcement:Restriction:Bidding"));
            await Expect(centre.Locator("[data-restriction=permits]")).ToHaveTextAsync(Texts.Zh("Enforcement:Restriction:Permits"));
            await Expect(centre.Locator("[data-restriction=fiscal-funds]")).ToHaveCountAsync(0);
            await host.ScreenshotAsync(centre, "enforcement-05-credit-check");

            // Every valid check is on record (the server's audit), the invalid one is not.
            using var commissionApi = await host.CreateClientAsAsync(Commission);
            var checks = await WorkflowBrowserHost.ReadAsync<List<CreditCheckLogDto>>(await commissionApi.GetAsync($"/api/app/credit/checks?creditCode={Code}"));
            checks.Count.ShouldBe(1);
            checks[0].Listed.ShouldBeTrue();
        }
        finally
        {
            foreach (var page in pages) await page.Context.CloseAsync();
        }
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
