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
/// Issue 16: the inbox reads the scope as a semi-join (or not at all for the joint office) and pages by cursor. Every
/// user must still get exactly the cases of their bodies, in the inbox order, across pages: none twice, none lost,
/// none of another body; by cursor and by page number alike.
/// </summary>
public sealed class InboxScopeTests(InboxScopeTests.Host host) : IClassFixture<InboxScopeTests.Host>
{
    private const string TwoBodiesClerk = "housing-and-engebei-clerk";

    /// <summary>40 cases written straight into the database over five bodies: open steps with shared due times and
    /// shared opening times (ties the cursor must break), and cases without a running step.</summary>
    public sealed class Host : CasesHost
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private List<(string Number, DateTime? Due, DateTime Opened, int Sequence, string[] Bodies)>? _cases;

        public async Task<List<(string Number, DateTime? Due, DateTime Opened, int Sequence, string[] Bodies)>> CasesAsync()
        {
            await _lock.WaitAsync();
            try
            {
                if (_cases is not null) return _cases;
                await As(HousingClerk); // creates the story's users
                await CreateUserAsync(TwoBodiesClerk, ["housing", "engebei-town"], [CasesPermissions.Default]);
                using var scope = Services.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
                string[][] owners = [["bainijing-town", "housing"], ["engebei-town", "natres"], ["xini-street", "transport"], ["engebei-town", "housing"], ["bainijing-town", "water"]];
                var start = new DateTime(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                var cases = new List<(string, DateTime?, DateTime, int, string[])>();
                for (var i = 1; i <= 40; i++)
                {
                    var bodies = owners[i % owners.Length];
                    // Every third case has no running step; due times repeat in fours, opening times in pairs.
                    DateTime? due = i % 3 == 0 ? null : start.AddDays(30 + i % 4);
                    var opened = start.AddHours(i / 2);
                    var c = new Dalad.Cases.Domain.Case { Number = $"SCOPE-2020-{i:000}", Year = 2020, Sequence = i, OpenedAt = opened, Text = "拖欠工资" };
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Territorial, bodies[0], opened));
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Industry, bodies[1], opened));
                    db.Cases.Add(c);
                    db.Entry(c).Property(x => x.StepDueAt).CurrentValue = due;
                    db.Entry(c).Property(x => x.Step).CurrentValue = due is null ? null : CaseSteps.Handle;
                    db.Entry(c).Property(x => x.Status).CurrentValue = due is null ? CaseStatuses.Closed : CaseStatuses.Handling;
                    cases.Add((c.Number, due, opened, i, bodies));
                }
                await db.SaveChangesAsync();
                return _cases = cases;
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

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Paging_by_cursor_and_by_page_number_returns_exactly_the_users_cases_in_inbox_order(string user, string[]? bodies)
    {
        var all = await host.CasesAsync();
        var expected = all.Where(c => bodies is null || c.Bodies.Any(bodies.Contains))
            .OrderBy(c => c.Due is null).ThenBy(c => c.Due).ThenByDescending(c => c.Opened).ThenByDescending(c => c.Sequence)
            .Select(c => c.Number).ToList();
        expected.Count.ShouldBeGreaterThan(7, "each user's inbox spans several pages");
        var client = await host.As(user);

        var byCursor = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/app/cases?maxResultCount=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            page.GetProperty("totalCount").GetInt64().ShouldBe(expected.Count);
            page.GetProperty("totalCountIsLowerBound").GetBoolean().ShouldBeFalse();
            byCursor.AddRange(Numbers(page));
            cursor = page.GetProperty("nextCursor").GetString();
            if (cursor is null) break;
        }
        byCursor.ShouldBe(expected);

        var byPage = new List<string>();
        for (var skip = 0; skip < expected.Count + 7; skip += 7)
            byPage.AddRange(Numbers(await client.GetFromJsonAsync<JsonElement>($"/api/app/cases?maxResultCount=7&skipCount={skip}")));
        byPage.ShouldBe(expected);
    }

    [Fact]
    public async Task A_status_filter_pages_within_the_scope()
    {
        var all = await host.CasesAsync();
        var expected = all.Where(c => c.Due is not null && c.Bodies.Contains("housing"))
            .OrderBy(c => c.Due).ThenByDescending(c => c.Opened).ThenByDescending(c => c.Sequence).Select(c => c.Number).ToList();
        var client = await host.As(TwoBodiesClerk);
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/app/cases?status=handling&bodyCode=housing&maxResultCount=3" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(Numbers(page));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null && seen.Count < 100);
        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task A_cursor_the_server_did_not_write_is_refused_in_Chinese()
    {
        await host.CasesAsync();
        var client = await host.As(CasesHost.HousingClerk);
        using var response = await client.GetAsync("/api/app/cases?cursor=not-a-cursor");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("收件箱翻页位置无效");
    }

    private static IEnumerable<string> Numbers(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()!);
}
