using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;

namespace Dalad.Cases.Tests;

/// <summary>The deadline job on its persisted schedule (own host: the clock only moves forward here).</summary>
public sealed class OverdueBoardTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    [Fact]
    public async Task A_case_left_untouched_is_marked_due_soon_then_overdue_raises_a_supervision_reminder_and_shows_on_the_board()
    {
        host.Clock.Set("2026-03-02T09:00:00+08:00"); // Monday: must be signed for by Tuesday 03-03 23:59:59
        var (id, number, _) = await host.OpenAsync();
        var untouched = (await host.OpenAsync()).Id;
        await host.DoAsync(HousingClerk, untouched, "sign"); // signed: its next step is not due for 5 working days

        host.Clock.Set("2026-03-02T10:00:00+08:00");
        (await host.RunJobsAsync()).ShouldContain("cases-deadlines");
        var board = await Board(JointOfficeClerk);
        board.GetProperty("dueSoon").EnumerateArray().Select(c => c.Str("number")).ShouldContain(number);
        board.GetProperty("overdue").EnumerateArray().ShouldNotContain(o => o.GetProperty("case").Str("number") == number);

        host.Clock.Set("2026-03-05T09:00:00+08:00"); // Thursday: two working days after the due day
        (await host.RunJobsAsync()).ShouldContain("cases-deadlines");
        (await host.RunJobsAsync()).ShouldNotContain("cases-deadlines"); // once per interval, however often it is asked

        board = await Board(JointOfficeClerk);
        var row = board.GetProperty("overdue").EnumerateArray().Single(o => o.GetProperty("case").Str("number") == number);
        row.Str("step").ShouldBe("receive");
        row.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2026-03-03T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        row.GetProperty("workingDaysOverdue").GetInt32().ShouldBe(2);
        row.GetProperty("remindedBodyCodes").EnumerateArray().Select(b => b.GetString()).ShouldBe(["housing"]);
        board.GetProperty("overdue").EnumerateArray().ShouldNotContain(o => o.GetProperty("case").Id() == untouched);

        // The reminder reaches the owning body; the countdown is negative; the timeline says so.
        var reminders = await (await host.User(HousingClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/reminders");
        reminders.GetProperty("items").EnumerateArray().ShouldContain(r => r.Str("caseNumber") == number && r.Str("bodyCode") == "housing" && r.Str("step") == "receive" && r.GetProperty("open").GetBoolean());
        (await OpenReminders(HousingClerk)).ShouldContain(number);
        (await (await host.User(TransportClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/reminders")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(r => r.Str("caseNumber") == number);
        var detail = await host.DetailAsync(id);
        detail.Workflow().Str("deadlineState").ShouldBe("overdue");
        detail.Workflow().GetProperty("workingDaysLeft").GetInt32().ShouldBe(-2);
        detail.GetProperty("timeline").EnumerateArray().Select(e => e.Str("type")).ShouldBe(["opened", "due-soon", "overdue"]);

        // Running again raises no second reminder; signing starts the next step on time.
        host.Clock.Set("2026-03-05T12:00:00+08:00");
        var signed = await host.DoAsync(HousingClerk, id, "sign");
        signed.Workflow().Str("deadlineState").ShouldBe("on-time");
        (await Board(JointOfficeClerk)).GetProperty("overdue").EnumerateArray().ShouldNotContain(o => o.GetProperty("case").Id() == id);
        // The reminder is history now: still listed, no longer open work.
        (await OpenReminders(HousingClerk)).ShouldNotContain(number);
        (await (await host.User(HousingClerk)).GetFromJsonAsync<JsonElement>("/api/app/cases/reminders")).GetProperty("items").EnumerateArray()
            .Single(r => r.Str("caseNumber") == number).GetProperty("open").GetBoolean().ShouldBeFalse();
    }

    private async Task<List<string?>> OpenReminders(string user) =>
        [.. (await (await host.User(user)).GetFromJsonAsync<JsonElement>("/api/app/cases/reminders?open=true")).GetProperty("items").EnumerateArray().Select(r => r.Str("caseNumber"))];

    private async Task<JsonElement> Board(string user) =>
        await (await host.User(user)).GetFromJsonAsync<JsonElement>("/api/app/cases/board");
}
