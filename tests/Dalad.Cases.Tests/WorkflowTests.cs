using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;
using static Dalad.Cases.Tests.WorkflowHost;

namespace Dalad.Cases.Tests;

/// <summary>
/// The case workflow through the API on the real 2026 calendar: housing (industry) leads a construction case in
/// 白泥井镇, the town assists; the joint office visits and approves extensions. Each test sets the clock it needs.
/// </summary>
public sealed class WorkflowTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private static readonly DateTimeOffset Feb14End = DateTimeOffset.Parse("2026-02-14T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_timeline_names_the_person_and_the_body_they_acted_for()
    {
        host.Clock.Set("2026-03-02T10:00:00+08:00");
        // The housing clerk gives their own name (the user menu's personal settings).
        var clerk = await host.User(HousingClerk);
        var profile = await clerk.GetFromJsonAsync<JsonElement>("/api/account/my-profile");
        (await clerk.PutAsJsonAsync("/api/account/my-profile", new { name = "李建国", email = "li.jianguo@dalad.test" })).EnsureSuccessStatusCode();
        var (id, _, _) = await host.OpenAsync();

        await host.DoAsync(HousingClerk, id, "sign");

        var signed = (await host.DetailAsync(id)).GetProperty("timeline").EnumerateArray().Single(e => e.Str("type") == "signed");
        signed.Str("actorName").ShouldBe("李建国");
        signed.Str("actorBodyCode").ShouldBe("housing");
        signed.Str("userName").ShouldBe(HousingClerk);
        profile.Str("userName").ShouldBe(HousingClerk);
    }

    [Fact]
    public async Task Each_step_gets_its_due_time_from_the_working_day_calendar_when_it_starts()
    {
        host.Clock.Set("2026-02-13T10:00:00+08:00"); // Friday before the Spring Festival; Saturday 14th is a make-up working day
        var (id, number, _) = await host.OpenAsync();

        var opened = await host.DetailAsync(id);
        opened.Case().Str("status").ShouldBe("received");
        var wf = opened.Workflow();
        wf.Str("leadRole").ShouldBe("industry");
        wf.Str("leadBodyCode").ShouldBe("housing");
        wf.Str("assistBodyCode").ShouldBe("bainijing-town");
        wf.Time("receiveDueAt").ShouldBe(Feb14End);
        wf.Time("receiveDueAt").Offset.ShouldBe(TimeSpan.FromHours(8));
        wf.GetProperty("acceptDueAt").ValueKind.ShouldBe(JsonValueKind.Null); // not started yet

        // Both owners' inboxes show it with the due time and a countdown of one working day.
        foreach (var user in new[] { HousingClerk, BainijingClerk })
        {
            var inbox = await (await host.User(user)).GetFromJsonAsync<JsonElement>("/api/app/cases?maxResultCount=1000");
            var row = inbox.GetProperty("items").EnumerateArray().Single(c => c.Str("number") == number);
            row.GetProperty("clock").Time("dueAt").ShouldBe(Feb14End);
            row.GetProperty("clock").GetProperty("workingDaysLeft").GetInt32().ShouldBe(1);
            row.GetProperty("clock").Str("step").ShouldBe("receive");
        }

        host.Clock.Set("2026-02-13T11:00:00+08:00");
        var signed = await host.DoAsync(HousingClerk, id, "sign");
        signed.Case().Str("status").ShouldBe("reviewing");
        signed.Workflow().Time("acceptDueAt").ShouldBe(DateTimeOffset.Parse("2026-02-27T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));

        host.Clock.Set("2026-02-13T15:00:00+08:00");
        var accepted = await host.DoAsync(HousingClerk, id, "accept", new { opinion = "属实，予以受理" });
        accepted.Case().Str("status").ShouldBe("handling");
        // 15 working days across the Spring Festival (holiday 02-15 … 02-23, make-up Saturdays 02-14 and 02-28).
        accepted.Workflow().Time("handleDueAt").ShouldBe(DateTimeOffset.Parse("2026-03-12T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        accepted.Workflow().Str("step").ShouldBe("handle");
        accepted.Workflow().GetProperty("workingDaysLeft").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task A_case_goes_through_every_step_with_both_owners_and_the_complainant_gets_three_notices_once_each_despite_a_failing_gateway()
    {
        host.Clock.Set("2026-03-02T09:00:00+08:00");
        var (id, number, phone) = await host.OpenAsync();
        var sentBefore = host.Sms.Sent.Count(s => s.Phone == phone);

        host.Sms.FailuresLeft = 1; // the gateway fails the first notice's first attempt
        await host.DoAsync(HousingClerk, id, "sign");
        await host.DispatchOutboxAsync();
        host.Sms.Sent.Count(s => s.Phone == phone).ShouldBe(sentBefore); // failed, waiting for its back-off
        host.Clock.UtcNow += TimeSpan.FromMinutes(1);
        await host.DispatchOutboxAsync();
        await host.DispatchOutboxAsync();
        host.Sms.Sent.Count(s => s.Phone == phone).ShouldBe(1);

        await host.DoAsync(HousingClerk, id, "accept", new { opinion = "予以受理" });
        // The assistant cannot resolve, and the lead cannot resolve before both parts are recorded.
        (await host.PostAsync(BainijingClerk, id, "resolve", new { result = "已结清", amountRecovered = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await NextActionsAsync(id)).ShouldNotContain("resolve"); // no part yet: 办结 is not offered
        await host.DoAsync(HousingClerk, id, "parts", new { text = "约谈总包单位，督促拨付工程款" });
        (await NextActionsAsync(id)).ShouldNotContain("resolve"); // the lead's part only
        using (var early = await host.PostAsync(HousingClerk, id, "resolve", new { result = "已结清", amountRecovered = 230000m }))
            await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "白泥井镇");
        await host.DoAsync(BainijingClerk, id, "parts", new { text = "现场核实人数与金额，稳控工人情绪" });
        (await NextActionsAsync(id)).ShouldContain("resolve");
        host.Clock.Set("2026-03-10T16:00:00+08:00");
        var resolved = await host.DoAsync(HousingClerk, id, "resolve", new { result = "总包单位已代发工资", amountRecovered = 230000m });
        resolved.Case().Str("status").ShouldBe("resolved");
        resolved.Workflow().GetProperty("amountRecovered").GetDecimal().ShouldBe(230000m);
        resolved.Workflow().Str("step").ShouldBe("visit");

        // Only the joint office visits.
        (await host.PostAsync(HousingClerk, id, "visit", new { satisfied = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var visited = await host.DoAsync(Visitor, id, "visit", new { satisfied = true, remarks = "工资已到账" });
        visited.Case().Str("status").ShouldBe("visited");
        (await host.PostAsync(BainijingClerk, id, "close")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var closed = await host.DoAsync(HousingClerk, id, "close", new { remarks = "案结事了" });
        closed.Case().Str("status").ShouldBe("closed");
        closed.Workflow().GetProperty("possiblyFalseClosure").GetBoolean().ShouldBeFalse();

        host.Clock.UtcNow += TimeSpan.FromHours(2); // past any back-off
        await host.DispatchOutboxAsync();
        await host.DispatchOutboxAsync();
        var sent = host.Sms.Sent.Where(s => s.Phone == phone).ToList();
        sent.Count.ShouldBe(3);
        sent.Select(s => s.IdempotencyKey).Distinct().Count().ShouldBe(3);
        sent[0].Text.ShouldContain(number);
        sent[0].Text.ShouldContain("已接收");
        sent[1].Text.ShouldContain("已受理");
        sent[2].Text.ShouldContain("总包单位已代发工资");
        sent[2].Text.ShouldContain("230,000.00"); // amounts formatted (issue 14)

        var log = await (await host.User(HousingClerk)).GetFromJsonAsync<JsonElement>($"/api/app/cases/{id}/sms");
        log.EnumerateArray().Select(s => s.Str("template")).ShouldBe(["received", "accepted", "result"]);
        var masked = phone[..3] + "****" + phone[^4..];
        log.EnumerateArray().Select(s => s.Str("maskedPhone")).Distinct().ShouldBe([masked]);
        log.GetRawText().ShouldNotContain(phone);

        // The timeline has every step, the parts and the notices.
        var timeline = (await host.DetailAsync(id)).GetProperty("timeline").EnumerateArray().Select(e => e.Str("type")).ToList();
        timeline.ShouldBe(["opened", "signed", "sms-sent", "accepted", "part-recorded", "part-recorded", "sms-sent", "resolved", "visited", "closed", "sms-sent"], ignoreOrder: true);
    }

    [Fact]
    public async Task Every_illegal_transition_is_refused_with_a_clear_message_and_changes_nothing()
    {
        host.Clock.Set("2026-03-16T09:00:00+08:00");
        var byState = new Dictionary<string, Guid>
        {
            ["received"] = (await host.OpenAsync()).Id,
            ["reviewing"] = await BringToAsync("reviewing"),
            ["not-accepted"] = await BringToAsync("not-accepted"),
            ["handling"] = await BringToAsync("handling"),
            ["resolved"] = await BringToAsync("resolved"),
            ["visited"] = await BringToAsync("visited"),
            ["closed"] = await BringToAsync("closed"),
        };
        // action → (who may do it, body, the states it is legal in)
        var actions = new (string Action, string User, object Body, string[] LegalIn)[]
        {
            ("sign", HousingClerk, new { }, ["received"]),
            ("accept", HousingClerk, new { opinion = "受理" }, ["reviewing"]),
            ("reject", HousingClerk, new { opinion = "不属于欠薪" }, ["reviewing"]),
            ("parts", HousingClerk, new { text = "办理情况" }, ["handling"]),
            ("resolve", HousingClerk, new { result = "已结清", amountRecovered = 1m }, ["handling"]),
            ("extension", HousingClerk, new { reason = "涉案人数多" }, ["handling"]),
            ("extension/approve", Approver, new { }, ["handling"]),
            ("extension/reject", Approver, new { }, ["handling"]),
            ("visit", Visitor, new { satisfied = true }, ["resolved"]),
            ("close", HousingClerk, new { }, ["visited", "not-accepted"]),
        };
        var refused = 0;
        foreach (var (state, id) in byState)
        {
            foreach (var (action, user, body, legalIn) in actions.Where(a => !a.LegalIn.Contains(state)))
            {
                using var response = await host.PostAsync(user, id, action, body);
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "不能");
                refused++;
            }
            (await host.DetailAsync(id)).Case().Str("status").ShouldBe(state);
        }
        refused.ShouldBe(7 * 10 - 11);

        // The message names the state and the action, in the caller's language.
        var client = await host.User(HousingClerk);
        using var english = await client.PostAsJsonAsync($"/api/app/cases/{byState["closed"]}/sign?culture=en&ui-culture=en", new { });
        await english.ShouldBeProblemAsync(HttpStatusCode.Conflict, "you cannot sign for it now");
    }

    [Fact]
    public async Task Refusing_needs_a_written_opinion_and_a_refused_case_is_notified_and_closed_by_its_lead()
    {
        host.Clock.Set("2026-03-16T10:00:00+08:00");
        var (id, _, phone) = await host.OpenAsync();
        await host.DoAsync(HousingClerk, id, "sign");
        using (var bare = await host.PostAsync(HousingClerk, id, "reject", new { opinion = " " }))
            await bare.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "书面");
        (await host.PostAsync(BainijingClerk, id, "reject", new { opinion = "不属实" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await host.DoAsync(HousingClerk, id, "reject", new { opinion = "系劳务合同纠纷，请通过仲裁解决" });
        refused.Case().Str("status").ShouldBe("not-accepted");
        refused.Workflow().Str("opinion").ShouldBe("系劳务合同纠纷，请通过仲裁解决");
        (await host.DoAsync(HousingClerk, id, "close")).Case().Str("status").ShouldBe("closed");

        await host.DispatchOutboxAsync();
        host.Sms.Sent.Where(s => s.Phone == phone).Select(s => s.Text).ShouldContain(t => t.Contains("不予受理") && t.Contains("仲裁"));
    }

    [Fact]
    public async Task One_extension_of_15_working_days_with_a_reason_approved_by_a_holder_of_the_permission()
    {
        host.Clock.Set("2026-03-02T09:00:00+08:00");
        var id = await BringToAsync("handling");
        var due = (await host.DetailAsync(id)).Workflow().Time("handleDueAt");

        using (var noReason = await host.PostAsync(HousingClerk, id, "extension", new { reason = "" }))
            await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await host.PostAsync(BainijingClerk, id, "extension", new { reason = "案情复杂" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using (var nothingToApprove = await host.PostAsync(Approver, id, "extension/approve"))
            await nothingToApprove.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await host.DoAsync(HousingClerk, id, "extension", new { reason = "涉及多个分包单位，需审计工程款" });
        using (var twice = await host.PostAsync(HousingClerk, id, "extension", new { reason = "再申请" }))
            await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "审批");
        (await host.PostAsync(HousingClerk, id, "extension/approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var approved = await host.DoAsync(Approver, id, "extension/approve", new { remarks = "同意" });
        var calendar = host.Services.GetRequiredService<IWorkingCalendar>();
        approved.Workflow().Time("handleDueAt").ShouldBe(calendar.AddWorkingDays(due, 15));
        calendar.WorkingDaysBetween(due, approved.Workflow().Time("handleDueAt")).ShouldBe(15);
        approved.Workflow().GetProperty("extension").Str("status").ShouldBe("approved");
        approved.Workflow().GetProperty("extension").Str("decidedBy").ShouldBe(Approver);

        using var again = await host.PostAsync(HousingClerk, id, "extension", new { reason = "还要延期" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "已延期一次");
    }

    [Fact]
    public async Task An_unsatisfied_visit_reopens_the_case_with_a_new_due_time_and_flags_a_possibly_false_closure_against_the_resolving_body()
    {
        host.Clock.Set("2026-03-02T09:00:00+08:00");
        var id = await BringToAsync("resolved");
        host.Clock.Set("2026-03-04T10:00:00+08:00");
        var reopened = await host.DoAsync(Visitor, id, "visit", new { satisfied = false, remarks = "工资只发了一半" });

        reopened.Case().Str("status").ShouldBe("handling");
        var wf = reopened.Workflow();
        wf.GetProperty("possiblyFalseClosure").GetBoolean().ShouldBeTrue();
        wf.GetProperty("reopenCount").GetInt32().ShouldBe(1);
        wf.Time("handleDueAt").ShouldBe(DateTimeOffset.Parse("2026-03-25T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture)); // 15 working days after Wed 03-04
        wf.GetProperty("parts").EnumerateArray().ShouldAllBe(p => p.GetProperty("recordedAt").ValueKind == JsonValueKind.Null);
        // No longer resolved: no result, no amount, no time of resolution (the case page and the public lookup show none).
        wf.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        wf.GetProperty("amountRecovered").ValueKind.ShouldBe(JsonValueKind.Null);
        wf.GetProperty("resolvedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        wf.GetProperty("visits").EnumerateArray().Single().GetProperty("satisfied").GetBoolean().ShouldBeFalse();
        // The visit, then the reopening it caused: one save, one timestamp, still in that order.
        reopened.GetProperty("timeline").EnumerateArray().Select(e => e.Str("type")).TakeLast(2).ShouldBe(["visited", "reopened"]);

        // Both owners must record their part again before resolving anew.
        using (var early = await host.PostAsync(HousingClerk, id, "resolve", new { result = "补发剩余工资", amountRecovered = 115000m }))
            await early.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var joint = await (await host.User(JointOfficeClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/false-closures");
        joint.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("caseId").GetGuid() == id && i.Str("resolvedByBodyCode") == "housing" && i.Str("remarks") == "工资只发了一半");
        joint.GetProperty("byBody").EnumerateArray().Single(b => b.Str("bodyCode") == "housing").GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var transport = await (await host.User(TransportClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/false-closures");
        transport.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("caseId").GetGuid() == id);
    }

    [Fact]
    public async Task Another_body_reads_not_found_and_cannot_act_on_a_case()
    {
        host.Clock.Set("2026-03-16T11:00:00+08:00");
        var (id, number, _) = await host.OpenAsync();
        var transport = await host.User(TransportClerk);
        (await transport.GetAsync($"/api/app/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await transport.GetAsync($"/api/app/cases/{id}/sms")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.PostAsync(TransportClerk, id, "sign")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.InboxNumbersAsync(TransportClerk)).ShouldNotContain(number);
        (await host.InboxNumbersAsync(HousingClerk)).ShouldContain(number);
        (await host.DetailAsync(id)).Case().Str("status").ShouldBe("received");
    }

    [Fact]
    public async Task The_inbox_is_sorted_by_urgency()
    {
        host.Clock.Set("2026-03-17T09:00:00+08:00");
        var handling = await BringToAsync("handling"); // due in 15 working days
        var fresh = (await host.OpenAsync()).Id;          // to be signed by tomorrow
        var page = await (await host.User(HousingClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases?maxResultCount=1000");
        var ids = page.GetProperty("items").EnumerateArray().Select(c => c.Id()).ToList();
        ids.IndexOf(fresh).ShouldBeLessThan(ids.IndexOf(handling));
        var dues = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("clock").GetProperty("dueAt"))
            .Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetDateTimeOffset()).ToList();
        dues.ShouldBe(dues.Order().ToList());
    }

    [Fact]
    public async Task The_public_lookup_answers_status_and_due_dates_only_for_the_right_phone_and_is_rate_limited()
    {
        host.Clock.Set("2026-03-18T09:00:00+08:00");
        var (_, number, phone, code) = await host.OpenSignedAsync();

        var (status, body) = await host.LookupAsync(number, phone, code, "10.0.0.1");
        status.ShouldBe(HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        answer.Str("status").ShouldBe("reviewing");
        answer.Str("statusText").ShouldBe("待出具受理意见");
        answer.Time("receiveDueAt").ShouldBe(DateTimeOffset.Parse("2026-03-19T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        body.ShouldNotContain(phone);
        body.ShouldNotContain("王师傅");
        body.ShouldNotContain("鑫路达");
        answer.EnumerateObject().Select(p => p.Name).ShouldBe(["caseNumber", "status", "statusText", "receiveDueAt", "acceptDueAt", "handleDueAt", "resolvedAt"], ignoreOrder: true);

        var wrongPhone = await host.LookupAsync(number, "13900000000", code, "10.0.0.1");
        var wrongNumber = await host.LookupAsync("DLT-2026-999999", phone, code, "10.0.0.1");
        wrongPhone.Status.ShouldBe(HttpStatusCode.NotFound);
        wrongNumber.Status.ShouldBe(wrongPhone.Status);
        Problem(wrongNumber.Body).ShouldBe(Problem(wrongPhone.Body));

        // 10 lookups a minute per address; the 11th is refused with a localized 429, another address is unaffected.
        for (var i = 0; i < 7; i++) (await host.LookupAsync(number, phone, code, "10.0.0.1")).Status.ShouldBe(HttpStatusCode.OK);
        var limited = await host.LookupAsync(number, phone, code, "10.0.0.1");
        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Body.ShouldContain("查询过于频繁");
        (await host.LookupAsync(number, phone, code, "10.0.0.2")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_public_lookup_needs_the_code_from_the_sms_and_a_wrong_code_reads_as_an_unknown_number()
    {
        host.Clock.Set("2026-03-18T09:00:00+08:00");
        var (_, number, phone, code) = await host.OpenSignedAsync();
        var wrongCode = code[..5] + (code[5] == 'A' ? 'B' : 'A');

        var right = await host.LookupAsync(number, phone, code.ToLowerInvariant(), "10.0.1.1");
        var noCode = await host.LookupAsync(number, phone, null, "10.0.1.1");
        var wrong = await host.LookupAsync(number, phone, wrongCode, "10.0.1.1");
        var unknownNumber = await host.LookupAsync("DLT-2026-999999", phone, code, "10.0.1.1");

        right.Status.ShouldBe(HttpStatusCode.OK, right.Body);
        foreach (var refused in new[] { noCode, wrong })
        {
            refused.Status.ShouldBe(HttpStatusCode.NotFound);
            Problem(refused.Body).ShouldBe(Problem(unknownNumber.Body));
        }
    }

    [Fact]
    public async Task Sequential_case_numbers_with_a_known_phone_and_a_guessed_code_find_nothing()
    {
        host.Clock.Set("2026-03-18T09:00:00+08:00");
        var cases = new List<(string Number, string Phone, string Code)>();
        for (var i = 0; i < 3; i++)
        {
            var (_, number, phone, code) = await host.OpenSignedAsync();
            cases.Add((number, phone, code));
        }
        cases.Select(c => c.Code).Distinct().Count().ShouldBe(3, "a code is drawn per case, not derived from the number");

        // Someone who knows his own case walks the neighbouring numbers with his own code, and with its phone.
        var (mine, others) = (cases[0], cases.Skip(1).ToList());
        var ip = 0;
        foreach (var other in others)
        {
            foreach (var (phone, code) in new[] { (mine.Phone, mine.Code), (other.Phone, mine.Code), (mine.Phone, other.Code) })
                (await host.LookupAsync(other.Number, phone, code, $"10.0.2.{++ip}")).Status.ShouldBe(HttpStatusCode.NotFound);
            (await host.LookupAsync(other.Number, other.Phone, other.Code, $"10.0.2.{++ip}")).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_forged_forwarded_for_from_a_loopback_peer_does_not_get_a_fresh_rate_limit_budget()
    {
        host.Clock.Set("2026-03-18T09:00:00+08:00");
        var (_, number, phone, code) = await host.OpenSignedAsync();

        // No Http:KnownProxies: a local peer's X-Forwarded-For is ignored, so every request counts against 127.0.0.1.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            answers.Add((await host.LookupAsync(number, phone, code, "127.0.0.1", forwardedFor: $"203.0.113.{i + 1}")).Status);

        answers.Take(10).ShouldAllBe(s => s == HttpStatusCode.OK);
        answers.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    private static (string?, string?, int) Problem(string body)
    {
        var e = JsonDocument.Parse(body).RootElement;
        return (e.GetProperty("title").GetString(), e.GetProperty("detail").GetString(), e.GetProperty("status").GetInt32());
    }

    /// <summary>Opens a case now and takes it through the legal steps to <paramref name="state"/>.</summary>
    private async Task<Guid> BringToAsync(string state)
    {
        var id = (await host.OpenAsync()).Id;
        await host.DoAsync(HousingClerk, id, "sign");
        if (state == "reviewing") return id;
        if (state == "not-accepted")
        {
            await host.DoAsync(HousingClerk, id, "reject", new { opinion = "不属于欠薪问题" });
            return id;
        }
        await host.DoAsync(HousingClerk, id, "accept", new { opinion = "受理" });
        if (state == "handling") return id;
        await host.DoAsync(HousingClerk, id, "parts", new { text = "督促总包单位" });
        await host.DoAsync(BainijingClerk, id, "parts", new { text = "现场核实" });
        await host.DoAsync(HousingClerk, id, "resolve", new { result = "已结清", amountRecovered = 230000m });
        if (state == "resolved") return id;
        await host.DoAsync(Visitor, id, "visit", new { satisfied = true });
        if (state == "visited") return id;
        await host.DoAsync(HousingClerk, id, "close");
        return id;
    }

    private async Task<List<string?>> NextActionsAsync(Guid id) =>
        (await host.DetailAsync(id)).Workflow().GetProperty("nextActions").EnumerateArray().Select(a => a.GetString()).ToList();
}
