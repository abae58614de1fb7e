using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>
/// Issue 16: the board's lists and the supervision reminders read the scope as a semi-join (or not at all for the joint
/// office) and page by cursor. Every user must still get exactly the rows of their bodies' cases, in the list's order,
/// across pages: none twice, none lost, none of another body.
/// </summary>
public sealed class BoardScopeTests(BoardScopeTests.Host host) : IClassFixture<BoardScopeTests.Host>
{
    private const string TwoBodiesClerk = "housing-and-engebei-board-clerk";

    internal sealed record Row(Guid Id, string Number, string State, DateTime Due, string[] Bodies);

    internal sealed record Reminder(Guid Id, string CaseNumber, DateTime Raised, bool Open, string[] Bodies);

    /// <summary>45 open cases written straight into the database over five bodies, overdue or due soon, due times shared in
    /// sixes (ties the cursor must break by id); one reminder to each owner of the overdue ones, raised times shared in
    /// pairs, and an older, superseded reminder (not open) on every fourth.</summary>
    public sealed class Host : CasesHost
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private (List<Row> Cases, List<Reminder> Reminders)? _data;

        internal async Task<(List<Row> Cases, List<Reminder> Reminders)> DataAsync()
        {
            await _lock.WaitAsync();
            try
            {
                if (_data is { } data) return data;
                await As(HousingClerk); // creates the story's users
                await CreateUserAsync(TwoBodiesClerk, ["housing", "engebei-town"], [CasesPermissions.Default]);
                using var scope = Services.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
                string[][] owners = [["bainijing-town", "housing"], ["engebei-town", "natres"], ["xini-street", "transport"], ["engebei-town", "housing"], ["bainijing-town", "water"]];
                var start = new DateTime(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                var cases = new List<Row>();
                var reminders = new List<Reminder>();
                for (var i = 1; i <= 45; i++)
                {
                    var bodies = owners[i % owners.Length];
                    var state = i % 3 == 0 ? DeadlineStates.DueSoon : DeadlineStates.Overdue;
                    var due = start.AddDays(i / 6);
                    var opened = start.AddDays(-30).AddHours(i);
                    var c = new Dalad.Cases.Domain.Case { Number = $"BOARD-2020-{i:000}", Year = 2020, Sequence = i, OpenedAt = opened, Text = "拖欠工资" };
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Territorial, bodies[0], opened));
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Industry, bodies[1], opened));
                    db.Cases.Add(c);
                    db.Entry(c).Property(x => x.StepDueAt).CurrentValue = due;
                    db.Entry(c).Property(x => x.Step).CurrentValue = CaseSteps.Handle;
                    db.Entry(c).Property(x => x.Status).CurrentValue = CaseStatuses.Handling;
                    db.Entry(c).Property(x => x.DeadlineState).CurrentValue = state;
                    cases.Add(new Row(c.Id, c.Number, state, due, bodies));
                    if (state != DeadlineStates.Overdue) continue;
                    foreach (var body in bodies)
                    {
                        var r = new SupervisionReminder { CaseId = c.Id, BodyCode = body, Step = CaseSteps.Handle, DueAt = due, RaisedAt = due.AddDays(1).AddHours(i / 2) };
                        db.Reminders.Add(r);
                        reminders.Add(new Reminder(r.Id, c.Number, r.RaisedAt, true, bodies));
                    }
                    if (i % 4 == 1)
                    {
                        // A reminder of an earlier due time of the same step: history, not open work.
                        var old = new SupervisionReminder { CaseId = c.Id, BodyCode = bodies[1], Step = CaseSteps.Handle, DueAt = due.AddDays(-5), RaisedAt = due.AddDays(-4) };
                        db.Reminders.Add(old);
                        reminders.Add(new Reminder(old.Id, c.Number, old.RaisedAt, false, bodies));
                    }
                }
                await db.SaveChangesAsync();
                _data = (cases, reminders);
                return _data.Value;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    public static TheoryData<string, string[]?> Users => new()
    {
        { CasesHost.HousingClerk, ["housing"] },
        { TwoBodiesClerk, ["housing", "engebei-town"] },
        { CasesHost.TransportClerk, ["transport"] },
        { CasesHost.JointOfficeClerk, null },
    };

    // Ties are broken by id in the database's order of ids: the order of their text (uuid bytes, and SQLite's text).
    private static string IdKey(Guid id) => id.ToString("D");

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_board_pages_each_list_by_cursor_with_exactly_the_users_cases(string user, string[]? bodies)
    {
        var (all, _) = await host.DataAsync();
        var client = await host.As(user);
        foreach (var (list, state, property) in new[] { ("overdue", DeadlineStates.Overdue, "overdue"), ("due-soon", DeadlineStates.DueSoon, "dueSoon") })
        {
            var expected = all.Where(c => c.State == state && (bodies is null || c.Bodies.Any(bodies.Contains)))
                .OrderBy(c => c.Due).ThenBy(c => IdKey(c.Id), StringComparer.Ordinal).Select(c => c.Number).ToList();
            expected.Count.ShouldBeGreaterThan(2, "each list spans several pages");

            // The first call: a page of each list and the counts.
            var first = await client.GetFromJsonAsync<JsonElement>("/api/app/cases/board?maxResultCount=2");
            first.GetProperty(property + "Count").GetInt32().ShouldBe(expected.Count);
            first.GetProperty(property + "CountIsLowerBound").GetBoolean().ShouldBeFalse();
            var seen = Numbers(first.GetProperty(property), list).ToList();
            var cursor = first.GetProperty(property + "NextCursor").GetString();
            for (var pages = 0; cursor is not null && pages < 30; pages++)
            {
                var page = await client.GetFromJsonAsync<JsonElement>($"/api/app/cases/board?list={list}&maxResultCount=2&cursor=" + Uri.EscapeDataString(cursor));
                page.GetProperty(property + "Count").GetInt32().ShouldBe(expected.Count);
                // Only the list asked for: the other list and the overdue leads are not read again.
                page.GetProperty(property == "overdue" ? "dueSoon" : "overdue").GetArrayLength().ShouldBe(0);
                seen.AddRange(Numbers(page.GetProperty(property), list));
                cursor = page.GetProperty(property + "NextCursor").GetString();
            }
            seen.ShouldBe(expected, $"{user}: {list}");
        }
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_reminders_page_by_cursor_with_exactly_the_reminders_on_the_users_cases(string user, string[]? bodies)
    {
        var (_, reminders) = await host.DataAsync();
        var client = await host.As(user);
        foreach (var openOnly in new[] { true, false })
        {
            var expected = reminders.Where(r => (!openOnly || r.Open) && (bodies is null || r.Bodies.Any(bodies.Contains)))
                .OrderByDescending(r => r.Raised).ThenByDescending(r => IdKey(r.Id), StringComparer.Ordinal).Select(r => r.Id).ToList();
            expected.Count.ShouldBeGreaterThan(4, "the reminders span several pages");
            var seen = new List<Guid>();
            string? cursor = null;
            for (var pages = 0; pages < 60; pages++)
            {
                var page = await client.GetFromJsonAsync<JsonElement>($"/api/app/cases/reminders?open={openOnly}&maxResultCount=4" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                page.GetProperty("totalCount").GetInt32().ShouldBe(expected.Count);
                page.GetProperty("totalCountIsLowerBound").GetBoolean().ShouldBeFalse();
                foreach (var r in page.GetProperty("items").EnumerateArray())
                {
                    r.GetProperty("open").GetBoolean().ShouldBe(reminders.Single(x => x.Id == r.GetProperty("id").GetGuid()).Open);
                    seen.Add(r.GetProperty("id").GetGuid());
                }
                cursor = page.GetProperty("nextCursor").GetString();
                if (cursor is null) break;
            }
            seen.ShouldBe(expected, $"{user}: open={openOnly}");
        }
    }

    [Theory]
    [InlineData("/api/app/cases/reminders?cursor=not-a-cursor", "列表翻页位置无效")]
    [InlineData("/api/app/cases/board?list=overdue&cursor=not-a-cursor", "列表翻页位置无效")]
    [InlineData("/api/app/cases/board?list=late", "看板列表只能是")]
    public async Task A_position_or_list_the_server_did_not_write_is_refused_in_Chinese(string url, string message)
    {
        await host.DataAsync();
        var client = await host.As(CasesHost.HousingClerk);
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    private static IEnumerable<string> Numbers(JsonElement items, string list) =>
        items.EnumerateArray().Select(x => (list == "overdue" ? x.GetProperty("case") : x).GetProperty("number").GetString()!);
}
