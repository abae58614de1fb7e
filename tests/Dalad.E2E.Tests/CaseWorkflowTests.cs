using System.Globalization;
using System.Text.RegularExpressions;
using Dalad.Calendar;
using Dalad.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using static Dalad.E2E.Tests.WorkflowBrowserHost;
using static Microsoft.Playwright.Assertions;

namespace Dalad.E2E.Tests;

/// <summary>
/// The "done when" of intake (issue 5) and of the case workflow (issue 6), tried in a real browser as the people who
/// do the work would: the 12345 operator registers a complaint and confirms its two owners (双交办); each owner finds it
/// in their inbox with its due time, a third body does not; the lead owner signs, accepts and resolves it; the
/// complainant's SMS log shows three notices; the joint office's unsatisfied visit reopens it; a case left untouched
/// is overdue on the joint office's board the next working day. The host runs in this process on a test clock.
/// </summary>
public sealed class CaseWorkflowTests(WorkflowBrowserHost host) : IClassFixture<WorkflowBrowserHost>
{
    /// <summary>A building-site complaint the router sends to 白泥井镇 (territory) and housing (industry).</summary>
    private const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";
    private const string ConstructionAddress = "达拉特旗白泥井镇和顺家园三期工地";
    private const string Housing = "旗住房和城乡建设局";
    private const string Bainijing = "白泥井镇";

    [Fact]
    public Task Issue5_the_operator_sees_both_owners_with_reasons_confirms_and_only_those_owners_get_the_case() => Scenario("issue5", async () =>
    {
        var operatorPage = await SignedInAsync(Operator);
        var phone = NewPhone();
        var number = await RegisterAndConfirmAsync(operatorPage, phone, "01");
        var receiveDue = host.Services.GetRequiredService<IWorkingCalendar>().AddWorkingDays(new DateTimeOffset(host.Clock.UtcNow), 1);

        // Both owners: in their inbox, with the receive step's due time.
        var housing = await SignedInAsync(HousingClerk);
        // The first thing the housing clerk sees after signing in: the new case on the workspace's to-do card.
        await Expect(housing.Locator($"[data-testid=case-todo] [data-testid=todo-case][data-case-number='{number}']")).ToBeVisibleAsync();
        await Shot(housing, "04-housing-workspace-todo");
        var caseUrl = await InboxRowAsync(housing, number, receiveDue);
        await Shot(housing, "05-housing-inbox");
        var bainijing = await SignedInAsync(BainijingClerk);
        await InboxRowAsync(bainijing, number, receiveDue);
        await Shot(bainijing, "06-bainijing-inbox");

        // Nowhere else: not in the transport bureau's inbox, and its address reads not-found there.
        var transport = await SignedInAsync(TransportClerk);
        await transport.GotoAsync("/cases");
        await Expect(transport.GetByTestId("cases-empty")).ToHaveTextAsync(Texts.Zh("Cases:Empty")); // loaded, and nothing for transport
        await Expect(transport.Locator($"tr[data-case-number='{number}']")).ToHaveCountAsync(0);
        await Shot(transport, "07-transport-inbox");
        await transport.GotoAsync(caseUrl);
        await Expect(transport.GetByTestId("case-error")).ToContainTextAsync(Texts.Zh("Error:NotFoundDetail"));
        await Expect(transport.GetByTestId("case-status")).ToHaveCountAsync(0);
        await Expect(transport.GetByTestId("case-page")).Not.ToContainTextAsync(number);
        await Expect(transport.GetByTestId("case-page")).Not.ToContainTextAsync(phone[^4..]);
        await Shot(transport, "08-transport-not-found");
    });

    [Fact]
    public Task Issue6_a_case_is_accepted_resolved_notified_visited_unsatisfied_and_an_untouched_case_shows_overdue() => Scenario("issue6", async () =>
    {
        host.Clock.Set("2026-02-13T10:00:00+08:00"); // Friday; the receive step is due Saturday 02-14, a make-up working day
        var receiveDue = DateTimeOffset.Parse("2026-02-14T23:59:59+08:00", CultureInfo.InvariantCulture);
        var operatorPage = await SignedInAsync(Operator);
        var phone = NewPhone();
        var number = await RegisterAndConfirmAsync(operatorPage, phone, "01");

        // Both owners' inboxes, with the due time and the countdown (one working day left).
        var housing = await SignedInAsync(HousingClerk);
        // The first thing the housing clerk sees after signing in: the new case on the workspace's to-do card.
        await Expect(housing.Locator($"[data-testid=case-todo] [data-testid=todo-case][data-case-number='{number}']")).ToBeVisibleAsync();
        await Shot(housing, "04-housing-workspace-todo");
        var caseUrl = await InboxRowAsync(housing, number, receiveDue);
        await Expect(housing.Locator($"tr[data-case-number='{number}'] [data-testid=countdown]")).ToHaveTextAsync(Countdown(1));
        await Shot(housing, "05-housing-inbox");
        var bainijing = await SignedInAsync(BainijingClerk);
        await InboxRowAsync(bainijing, number, receiveDue);
        await Shot(bainijing, "06-bainijing-inbox");

        // The lead owner (housing, the industry owner) opens it, signs for it and accepts it.
        await housing.GotoAsync("/cases");
        await housing.Locator($"tr[data-case-number='{number}'] a").First.ClickAsync();
        await Expect(housing).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
        var page = housing.GetByTestId("case-page");
        await Expect(page).ToContainTextAsync(number);
        await Expect(page.GetByTestId("owner-industry")).ToContainTextAsync(Housing);
        await Expect(page.GetByTestId("owner-territorial")).ToContainTextAsync(Bainijing);
        await Expect(page.GetByTestId("due-receive")).ToContainTextAsync("2026-02-14");
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:received"));
        await Shot(housing, "07-case-received");

        await ActAsync(housing, "sign");
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:reviewing"));
        await Expect(page.GetByTestId("due-accept")).ToContainTextAsync("2026-02-27"); // 5 working days: the make-up Saturday, then after the Spring Festival
        await ActAsync(housing, "accept", ("opinion", "属于欠薪投诉，予以受理。"));
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:handling"));
        await Expect(page.GetByTestId("due-handle")).ToContainTextAsync("2026-03-12"); // 15 working days
        await Shot(housing, "08-case-accepted");

        // Both owners record their part: housing its industry part, 白泥井镇 the territorial one.
        await ActAsync(housing, "parts", ("text", "已约谈鑫路达建筑劳务有限公司，责令总包单位拨付工程款。"));
        await bainijing.GotoAsync(caseUrl);
        var bainijingPage = bainijing.GetByTestId("case-page");
        await ActAsync(bainijing, "parts", ("text", "镇劳动保障所到工地核实班组人数和工时，稳定工人情绪。"));
        await Expect(bainijingPage.Locator("button[data-action=resolve]")).ToHaveCountAsync(0); // the assisting owner does not resolve
        await Expect(bainijingPage.GetByTestId("timeline").Locator($"li[data-type={CaseEventTypes.PartRecorded}]")).ToHaveCountAsync(2);
        await Shot(bainijing, "09-territorial-part");

        // Housing resolves with the result and the amount recovered.
        const string result = "总包单位已拨付，班组14人工资全部结清";
        await housing.ReloadAsync();
        await ActAsync(housing, "resolve", ("result", result), ("amountRecovered", "230000"));
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:resolved"));
        await Expect(page.GetByTestId("due-visit")).ToBeVisibleAsync();

        // The complainant was told three times: received (at signing), accepted, result.
        await host.DispatchOutboxAsync();
        await housing.ReloadAsync();
        var sms = page.GetByTestId("sms-log").Locator("tr");
        await Expect(sms).ToHaveCountAsync(3);
        var masked = phone[..3] + "****" + phone[^4..];
        await Expect(page.GetByTestId("sms-log").Locator("tr[data-template=received]")).ToContainTextAsync(Before(Texts.Zh("Sms:received"), "{3}", number, "", Housing));
        await Expect(page.GetByTestId("sms-log").Locator("tr[data-template=accepted]")).ToContainTextAsync(Before(Texts.Zh("Sms:accepted"), "{3}", number, "", Housing));
        var resultSms = page.GetByTestId("sms-log").Locator("tr[data-template=result]");
        await Expect(resultSms).ToContainTextAsync(Before(Texts.Zh("Sms:result"), "{2}", number));
        await Expect(resultSms).ToContainTextAsync(result);
        await Expect(resultSms).ToContainTextAsync("/query");
        foreach (var row in await sms.AllAsync()) await Expect(row).ToContainTextAsync(masked);
        await Expect(page.GetByTestId("sms-log")).Not.ToContainTextAsync(phone);
        await Shot(housing, "10-sms-log");

        // The worker follows the SMS to the status page, without signing in: number, phone and the code of the SMS.
        var code = System.Text.RegularExpressions.Regex.Match(await resultSms.InnerTextAsync(), @"查询码([A-Z0-9]{6})").Groups[1].Value;
        code.Length.ShouldBe(6);
        var worker = await host.NewPageAsync();
        await worker.SetViewportSizeAsync(390, 844); // a phone: the worker reads it where the SMS arrived
        await worker.GotoAsync("/query");
        await worker.Locator("#query-number").FillAsync(number);
        await worker.Locator("#query-phone").FillAsync(phone);
        await worker.Locator("#query-code").FillAsync("AAAAAA");
        await worker.GetByTestId("query-submit").ClickAsync();
        await Expect(worker.GetByTestId("query-problem")).ToContainTextAsync(Texts.Zh("PublicQuery:NotFound"));
        await worker.Locator("#query-code").FillAsync(code.ToLowerInvariant());
        await worker.GetByTestId("query-submit").ClickAsync();
        await Expect(worker.GetByTestId("query-status")).ToContainTextAsync(Texts.Zh("CaseStatus:resolved"));
        await Expect(worker.GetByTestId("query-result")).Not.ToContainTextAsync(phone);
        (await worker.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the status page scrolls sideways on a phone");
        await Expect(worker.Locator("lpx-navbar")).ToHaveCountAsync(0); // no application shell for an anonymous visitor
        await Shot(worker, "11-public-query");

        // The joint office visits: not satisfied. The case is handled again and flagged as a possibly false closure.
        var supervisor = await SignedInAsync(Supervisor);
        await supervisor.GotoAsync(caseUrl);
        var supervised = supervisor.GetByTestId("case-page");
        await Expect(supervised.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:resolved"));
        await Expect(supervised.GetByTestId("possibly-false")).ToHaveCountAsync(0);
        await ActAsync(supervisor, "visit", ("satisfied", "false"), ("remarks", "工人反映仍有3人未拿到工资。"));
        await Expect(supervised.GetByTestId("case-status")).ToHaveTextAsync(Texts.Zh("CaseStatus:handling"));
        await Expect(supervised.GetByTestId("possibly-false")).ToBeVisibleAsync();
        await Expect(supervised.GetByTestId("result")).ToHaveCountAsync(0); // no longer resolved
        await Expect(supervised.GetByTestId("visit")).ToHaveAttributeAsync("data-satisfied", "false");
        await Expect(supervised.GetByTestId("timeline").Locator($"li[data-type={CaseEventTypes.Reopened}]")).ToHaveCountAsync(1);
        var timeline = (await supervised.GetByTestId("timeline").Locator("li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.type)")).ToList();
        var visited = timeline.IndexOf(CaseEventTypes.Visited);
        visited.ShouldBeGreaterThanOrEqualTo(0);
        timeline.IndexOf(CaseEventTypes.Reopened).ShouldBeGreaterThan(visited); // the visit, then what it caused
        await Shot(supervisor, "11-visit-unsatisfied-reopened");
        await supervisor.GotoAsync("/cases/board");
        await Expect(supervisor.GetByTestId("false-closures")).ToContainTextAsync(number);

        // A second complaint, left untouched: due Saturday 02-14; the next working day after it is Tuesday 02-24.
        var untouched = await RegisterAndConfirmAsync(operatorPage, NewPhone(), "12");
        await supervisor.GotoAsync("/cases/board");
        await Expect(supervisor.GetByTestId("board-overdue")).ToContainTextAsync(Texts.Zh("Cases:Board:NoOverdue")); // not yet
        var nextWorkingDay = DateOnly.FromDateTime(host.Services.GetRequiredService<IWorkingCalendar>().AddWorkingDays(receiveDue, 1).DateTime);
        nextWorkingDay.ShouldBe(new DateOnly(2026, 2, 24));
        host.Clock.Set("2026-02-24T09:00:00+08:00");
        (await host.RunJobsAsync()).ShouldContain("cases-deadlines");

        await supervisor.GotoAsync("/cases/board");
        var board = supervisor.GetByTestId("cases-board");
        var overdue = board.GetByTestId("board-overdue").Locator($"tr[data-case-number='{untouched}']");
        await Expect(overdue).ToBeVisibleAsync();
        await Expect(overdue.GetByTestId("days-overdue")).ToHaveTextAsync(Fill(Texts.Zh("Cases:Board:DaysOverdueValue"), "1"));
        await Expect(overdue).ToContainTextAsync("2026-02-14 23:59"); // the receive step's due time
        await Expect(overdue.GetByTestId("reminded")).ToContainTextAsync(Housing); // the lead owner was reminded (督办)
        await Expect(board.GetByTestId("board-overdue").Locator($"tr[data-case-number='{number}']")).ToHaveCountAsync(0);
        await Shot(supervisor, "13-board-overdue");

        // The owner's inbox says so too, and the supervision reminder reached it.
        await housing.GotoAsync("/cases");
        await Expect(housing.Locator($"tr[data-case-number='{untouched}'] [data-testid=countdown]")).ToHaveTextAsync(Overdue(1));
        await Expect(housing.GetByTestId("reminders")).ToContainTextAsync(untouched);
        await Shot(housing, "14-housing-inbox-overdue");
    });

    // ── Steps a user takes ────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The operator types the construction complaint on /intake, checks the live proposal names both owners with their
    /// reasons, registers it and confirms the proposal; returns the case number the page shows.
    /// </summary>
    private async Task<string> RegisterAndConfirmAsync(IPage page, string phone, string shotPrefix)
    {
        await page.GotoAsync("/intake");
        var form = page.GetByTestId("intake-form");
        await form.Locator("#intake-ticket").FillAsync("GD" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        await form.GetByTestId("intake-text").PressSequentiallyAsync(ConstructionText[..20]); // typing: the proposal follows
        await form.GetByTestId("intake-text").FillAsync(ConstructionText);
        await form.GetByTestId("intake-address").FillAsync(ConstructionAddress);
        await form.Locator("#intake-name").FillAsync("王师傅");
        await form.Locator("#intake-phone").FillAsync(phone);
        await form.Locator("#intake-employer").FillAsync("鑫路达建筑劳务有限公司" + Guid.NewGuid().ToString("N")[..4]);
        await form.Locator("#intake-project").FillAsync("和顺家园三期");
        await form.Locator("#intake-workers").FillAsync("14");
        await form.Locator("#intake-amount").FillAsync("230000");

        // The live proposal: both owners, each with the evidence that named it.
        var territory = page.GetByTestId("proposal-territory");
        var industry = page.GetByTestId("proposal-industry");
        await Expect(territory).ToContainTextAsync(Texts.Zh("Intake:Role:Territorial"));
        await Expect(territory).ToContainTextAsync(Bainijing);
        await Expect(territory.Locator("li").First).ToContainTextAsync(Bainijing);
        await Expect(industry).ToContainTextAsync(Texts.Zh("Intake:Role:Industry"));
        await Expect(industry).ToContainTextAsync(Housing);
        await Expect(industry.Locator("li").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("needs-dispatcher")).ToHaveCountAsync(0);
        await Shot(page, shotPrefix + "-intake-live-proposal");

        await page.GetByTestId("intake-submit").ClickAsync();
        await Expect(page.GetByTestId("lead-registered")).ToContainTextAsync(Texts.Zh("Intake:Registered"));
        await Expect(page.GetByTestId("proposal-industry")).ToContainTextAsync(Housing);
        var confirm = page.GetByTestId("confirm-submit");
        await Expect(confirm).ToHaveTextAsync(Texts.Zh("Intake:Confirm:Accept"));
        await Shot(page, shotPrefix + "-intake-registered");
        await confirm.ClickAsync();

        var done = page.GetByTestId("confirmed");
        var pattern = new Regex(Regex.Escape(Texts.Zh("Intake:Confirm:Done")).Replace(@"\{0}", @"(\S+?)", StringComparison.Ordinal));
        await Expect(done).ToHaveTextAsync(pattern);
        await Shot(page, shotPrefix + "-intake-confirmed");
        var number = pattern.Match((await done.InnerTextAsync()).Trim()).Groups[1].Value;
        // Ready for the next complaint.
        await page.GetByTestId("intake-next").ClickAsync();
        await Expect(page.GetByTestId("intake-form")).ToBeVisibleAsync();
        return number;
    }

    /// <summary>The case's row in the user's inbox, with its receive due date; returns the address its number links to.</summary>
    private static async Task<string> InboxRowAsync(IPage page, string number, DateTimeOffset receiveDue)
    {
        await page.GotoAsync("/cases");
        var row = page.GetByTestId("cases-inbox").Locator($"tr[data-case-number='{number}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("countdown")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("due")).ToHaveTextAsync(receiveDue.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var link = row.GetByRole(AriaRole.Link, new() { Name = number });
        var href = await link.GetAttributeAsync("href");
        href.ShouldNotBeNull();
        href.ShouldMatch("^/cases/[0-9a-f-]{36}$");
        return href;
    }

    /// <summary>Clicks an action on the case page, fills its form and submits it; waits until the action is done.</summary>
    private static async Task ActAsync(IPage page, string action, params (string Field, string Value)[] fields)
    {
        var casePage = page.GetByTestId("case-page");
        await casePage.Locator($"button[data-action={action}]").ClickAsync();
        foreach (var (field, value) in fields)
        {
            if (field == "satisfied") await casePage.Locator($"input[data-field=satisfied][value={value}]").CheckAsync();
            else await casePage.Locator($"[data-field={field}]").FillAsync(value);
        }
        var submit = casePage.GetByTestId("action-submit");
        await submit.ClickAsync();
        await Expect(submit).ToHaveCountAsync(0); // the form closes once the server accepted the action
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await host.NewPageAsync();
        _pages.Add(page);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (_console) _console.Add($"{userName} {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (_console) _console.Add($"{userName} page error: {error}"); };
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/workspace(/|$)"));
        return page;
    }

    // ── Texts ─────────────────────────────────────────────────────────────────────────────────────────────────────

    private static string Countdown(int workingDaysLeft) => Fill(Texts.Zh("Cases:Countdown:Left"), workingDaysLeft.ToString(CultureInfo.InvariantCulture));

    private static string Overdue(int workingDays) => Fill(Texts.Zh("Cases:Countdown:Overdue"), workingDays.ToString(CultureInfo.InvariantCulture));

    /// <summary>An SMS template filled with the given arguments, up to the placeholder <paramref name="stop"/>.</summary>
    private static string Before(string template, string stop, params string[] arguments) =>
        Fill(template[..template.IndexOf(stop, StringComparison.Ordinal)], arguments);

    /// <summary>A localized text with its placeholders {0}, {1}… filled in.</summary>
    private static string Fill(string text, params string[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++) text = text.Replace("{" + i + "}", arguments[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>A mobile number no other scenario uses.</summary>
    private static string NewPhone() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    // ── Scenario plumbing ─────────────────────────────────────────────────────────────────────────────────────────

    private readonly List<IPage> _pages = [];
    private readonly List<string> _console = [];
    private string _scenario = "";

    private Task Shot(IPage page, string name) => host.ScreenshotAsync(page, $"{_scenario}-{name}");

    /// <summary>Runs one scenario; on failure keeps a screenshot of every open page and the browser consoles.</summary>
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
