using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;

namespace Dalad.Cases.Tests;

/// <summary>The intake desk's own clock (issue 18 item 7): 1 working day from registration to dispatch (own host: the clock only moves forward).</summary>
public sealed class IntakeDeskClockTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    [Fact]
    public async Task A_lead_left_undispatched_for_a_working_day_is_overdue_for_the_12345_desk_which_is_reminded_and_not_for_a_department()
    {
        host.Clock.Set("2026-03-02T09:00:00+08:00"); // Monday: to be dispatched by Tuesday 03-03 23:59:59
        var ticket = NewTicket();
        var lead = await host.RegisterAsync(Construction(ticket: ticket));
        lead.GetProperty("dispatchDueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2026-03-03T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        var onTime = await host.RegisterAsync(Construction());
        var onTimeNumber = (await host.ConfirmAsync(onTime.Id())).Case().Str("number");

        host.Clock.Set("2026-03-03T20:00:00+08:00"); // still the due day
        (await host.RunJobsAsync()).ShouldContain("cases-deadlines");
        (await Board(JointOfficeClerk)).GetProperty("overdueLeads").EnumerateArray().ShouldNotContain(l => l.Str("ticketNumber") == ticket);

        host.Clock.Set("2026-03-04T09:00:00+08:00"); // Wednesday: one working day late
        (await host.RunJobsAsync()).ShouldContain("cases-deadlines");

        var row = (await Board(JointOfficeClerk)).GetProperty("overdueLeads").EnumerateArray().Single(l => l.Str("ticketNumber") == ticket);
        row.Str("intakeBodyCode").ShouldBe("data-12345");
        row.GetProperty("workingDaysOverdue").GetInt32().ShouldBe(1);
        row.GetProperty("remindedBodyCodes").EnumerateArray().Select(b => b.GetString()).ShouldBe(["data-12345"]);
        (await Board(JointOfficeClerk)).GetProperty("overdueLeads").EnumerateArray().ShouldNotContain(l => l.Str("ticketNumber") == onTime.Str("ticketNumber"));

        // The desk is reminded; the department the lead is routed to owes nothing yet.
        (await DeskReminders(true)).ShouldContain(ticket);
        (await Board(HousingClerk)).GetProperty("overdueLeads").EnumerateArray().ShouldBeEmpty();
        // (its only reminder is for the case it was given on time and has not signed for)
        (await (await host.As(HousingClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/reminders")).GetProperty("items").EnumerateArray()
            .Select(r => r.Str("caseNumber")).ShouldBe([onTimeNumber]);
        var shown = await (await host.As(Operator)).GetFromJsonAsync<JsonElement>($"/api/app/leads/{lead.Id()}");
        shown.GetProperty("dispatchOverdue").GetBoolean().ShouldBeTrue();

        // Dispatched late: the reminder is history, and the department gets its working day to sign from now.
        var detail = await host.ConfirmAsync(lead.Id());
        detail.Workflow().Str("deadlineState").ShouldBe("on-time");
        detail.Workflow().GetProperty("receiveDueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2026-03-05T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        (await DeskReminders(true)).ShouldNotContain(ticket);
        (await DeskReminders(false)).ShouldContain(ticket);
        (await Board(JointOfficeClerk)).GetProperty("overdueLeads").EnumerateArray().ShouldNotContain(l => l.Str("ticketNumber") == ticket);
    }

    private async Task<List<string?>> DeskReminders(bool open) =>
        [.. (await (await host.As(Operator)).GetFromJsonAsync<JsonElement>($"/api/app/leads/reminders?open={open}")).EnumerateArray().Select(r => r.Str("ticketNumber"))];

    private async Task<JsonElement> Board(string user) =>
        await (await host.As(user)).GetFromJsonAsync<JsonElement>("/api/app/cases/board");
}
