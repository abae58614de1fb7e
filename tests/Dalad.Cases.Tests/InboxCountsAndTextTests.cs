using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>
/// Issue 16 item 4: the workspace's badges are counted by the database (exact, above the caps of the lists the browser
/// used to download), and the inbox's text filter goes through the full-text index, still scoped to the caller's bodies
/// and still in the inbox's order and paging.
/// </summary>
public sealed class InboxCountsAndTextTests(InboxCountsAndTextTests.Host host) : IClassFixture<InboxCountsAndTextTests.Host>
{
    private const string TwoBodiesClerk = "housing-and-engebei-counts-clerk";

    /// <summary>More overdue housing cases (and open reminders to housing) than the board (1,000) and the reminder list
    /// (500) ever returned; a few cases of other bodies; every case fed to the cases index by the production catch-up.</summary>
    public const int HousingOverdue = 1005;

    public sealed class Host : CasesHost
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private bool _seeded;

        public async Task SeedAsync()
        {
            await _lock.WaitAsync();
            try
            {
                if (_seeded) return;
                await As(HousingClerk); // creates the story's users
                await CreateUserAsync(TwoBodiesClerk, ["housing", "engebei-town"], [CasesPermissions.Default]);
                using var scope = Services.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
                var now = DateTime.UtcNow;
                var sequence = 0;
                Dalad.Cases.Domain.Case Add(string territorial, string industry, string text, string status, string? step, DateTime? due, string deadline)
                {
                    sequence++;
                    var opened = now.AddDays(-60).AddMinutes(sequence);
                    var c = new Dalad.Cases.Domain.Case { Number = $"CNT-2026-{sequence:000000}", Year = 2026, Sequence = sequence, OpenedAt = opened, Text = text, Employer = "测试劳务有限公司" };
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Territorial, territorial, opened));
                    c.Assignments.Add(CaseAssignment.For(CaseRoles.Industry, industry, opened));
                    db.Cases.Add(c);
                    db.Entry(c).Property(x => x.Status).CurrentValue = status;
                    db.Entry(c).Property(x => x.Step).CurrentValue = step;
                    db.Entry(c).Property(x => x.StepDueAt).CurrentValue = due;
                    db.Entry(c).Property(x => x.DeadlineState).CurrentValue = deadline;
                    return c;
                }
                void Remind(Dalad.Cases.Domain.Case c, string body, string step, DateTime due) =>
                    db.Reminders.Add(new SupervisionReminder { CaseId = c.Id, BodyCode = body, Step = step, DueAt = due, RaisedAt = now });

                for (var i = 0; i < HousingOverdue; i++)
                {
                    // Due times spread over the days, so the inbox order is not the insertion order.
                    var due = now.AddDays(-1 - (i * 7 % 13)).AddMinutes(-i);
                    var c = Add("bainijing-town", "housing", "钢筋工拖欠工资，项目部称总包未拨款", CaseStatuses.Handling, CaseSteps.Handle, due, DeadlineStates.Overdue);
                    Remind(c, "housing", CaseSteps.Handle, due);
                }
                // A reminder whose step has moved on is history, not to do.
                var moved = Add("bainijing-town", "housing", "食堂帮工工资", CaseStatuses.Handling, CaseSteps.Handle, now.AddDays(5), DeadlineStates.OnTime);
                Remind(moved, "housing", CaseSteps.Accept, now.AddDays(-3));
                for (var i = 0; i < 2; i++)
                    Add("engebei-town", "housing", "装修队拖欠油漆工工资", CaseStatuses.Reviewing, CaseSteps.Accept, now.AddHours(10 + i), DeadlineStates.DueSoon);
                for (var i = 0; i < 3; i++)
                {
                    var due = now.AddDays(-2 - i);
                    var c = Add("xini-street", "transport", "公路养护工人工资未发", CaseStatuses.Handling, CaseSteps.Handle, due, DeadlineStates.Overdue);
                    if (i == 0) Remind(c, "transport", CaseSteps.Handle, due);
                }
                // Closed cases are never flagged, whatever their last state said.
                Add("xini-street", "transport", "推土机司机工资已结清", CaseStatuses.Closed, null, null, DeadlineStates.Overdue);
                Add("engebei-town", "natres", "土地整理复垦项目推土机平地，施工方欠工资和机械费", CaseStatuses.Handling, CaseSteps.Handle, now.AddDays(8), DeadlineStates.OnTime);
                // Twelve loader drivers' cases of housing, open and closed, to page through by text.
                for (var i = 0; i < 12; i++)
                    Add("bainijing-town", "housing", "装载机司机被拖欠工资" + i, i % 3 == 0 ? CaseStatuses.Closed : CaseStatuses.Handling,
                        i % 3 == 0 ? null : CaseSteps.Handle, i % 3 == 0 ? null : now.AddDays(3 + i % 4), DeadlineStates.OnTime);
                await db.SaveChangesAsync();

                // The production feed of the cases index (what the host does at start), then the index is current.
                await scope.ServiceProvider.GetRequiredService<CaseSearchIndex>().CatchUpAsync(new SearchCatchUpProgress(), CancellationToken.None);
                _seeded = true;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    private async Task<JsonElement> GetAsync(string user, string url)
    {
        await host.SeedAsync();
        return await (await host.As(user)).GetFromJsonAsync<JsonElement>(url);
    }

    private static (int Overdue, int DueSoon, int Reminders) Counts(JsonElement counts) =>
        (counts.GetProperty("overdue").GetInt32(), counts.GetProperty("dueSoon").GetInt32(), counts.GetProperty("openReminders").GetInt32());

    [Fact]
    public async Task The_badges_are_counted_exactly_per_body_above_the_caps_of_the_old_lists()
    {
        Counts(await GetAsync(CasesHost.HousingClerk, "/api/app/cases/counts?bodyCode=housing")).ShouldBe((HousingOverdue, 2, HousingOverdue));
        Counts(await GetAsync(CasesHost.HousingClerk, "/api/app/cases/counts")).ShouldBe((HousingOverdue, 2, HousingOverdue));
        Counts(await GetAsync(CasesHost.TransportClerk, "/api/app/cases/counts?bodyCode=transport")).ShouldBe((3, 0, 1));
        // A user of two bodies: both bodies' cases once each; narrowed to one body, that body's.
        Counts(await GetAsync(TwoBodiesClerk, "/api/app/cases/counts")).ShouldBe((HousingOverdue, 2, HousingOverdue));
        Counts(await GetAsync(TwoBodiesClerk, "/api/app/cases/counts?bodyCode=engebei-town")).ShouldBe((0, 2, 0));
        // The joint office: every body's, or one body's.
        Counts(await GetAsync(CasesHost.JointOfficeClerk, "/api/app/cases/counts")).ShouldBe((HousingOverdue + 3, 2, HousingOverdue + 1));
        Counts(await GetAsync(CasesHost.JointOfficeClerk, "/api/app/cases/counts?bodyCode=transport")).ShouldBe((3, 0, 1));
        // Another body's figures are not the caller's to read: a body it does not belong to counts nothing of its own.
        Counts(await GetAsync(CasesHost.TransportClerk, "/api/app/cases/counts?bodyCode=housing")).ShouldBe((0, 0, 0));

        // The lists come a page at a time and say "more than 1,000" instead of counting a body's whole history.
        var reminders = await GetAsync(CasesHost.HousingClerk, "/api/app/cases/reminders?open=true");
        reminders.GetProperty("items").GetArrayLength().ShouldBe(50);
        reminders.GetProperty("totalCount").GetInt32().ShouldBe(1000);
        reminders.GetProperty("totalCountIsLowerBound").GetBoolean().ShouldBeTrue();
        var board = await GetAsync(CasesHost.JointOfficeClerk, "/api/app/cases/board");
        board.GetProperty("overdue").GetArrayLength().ShouldBe(50);
        board.GetProperty("overdueCount").GetInt32().ShouldBe(1000);
        board.GetProperty("overdueCountIsLowerBound").GetBoolean().ShouldBeTrue();
        board.GetProperty("dueSoonCount").GetInt32().ShouldBe(2);
        board.GetProperty("dueSoonCountIsLowerBound").GetBoolean().ShouldBeFalse();
    }

    public static TheoryData<string, string[]> Bulldozer => new()
    {
        { CasesHost.HousingClerk, [] },
        { CasesHost.TransportClerk, ["推土机司机工资已结清"] },
        { TwoBodiesClerk, ["土地整理复垦项目推土机平地，施工方欠工资和机械费"] },
        { CasesHost.JointOfficeClerk, ["土地整理复垦项目推土机平地，施工方欠工资和机械费", "推土机司机工资已结清"] },
    };

    [Theory]
    [MemberData(nameof(Bulldozer))]
    public async Task The_text_filter_finds_the_words_through_the_index_and_returns_exactly_the_users_cases(string user, string[] expected)
    {
        var page = await GetAsync(user, "/api/app/cases?filter=" + Uri.EscapeDataString("推土机"));
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldBe(expected);
        page.GetProperty("totalCount").GetInt64().ShouldBe(expected.Length);
        page.GetProperty("totalCountIsLowerBound").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Text_matches_page_by_cursor_in_inbox_order_and_combine_with_the_status_filter()
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await GetAsync(CasesHost.HousingClerk, "/api/app/cases?maxResultCount=5&filter=" + Uri.EscapeDataString("装载机")
                + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            page.GetProperty("totalCount").GetInt64().ShouldBe(12);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null && all.Count < 50);
        all.Count.ShouldBe(12);
        all.Select(c => c.GetProperty("number").GetString()).Distinct().Count().ShouldBe(12);
        // Open steps by due time first, then the cases without one, newest first.
        var open = all.TakeWhile(c => c.GetProperty("status").GetString() != "closed").ToList();
        open.Count.ShouldBe(8);
        var dues = open.Select(c => c.GetProperty("clock").GetProperty("dueAt").GetDateTimeOffset()).ToList();
        dues.ShouldBe(dues.Order().ToList());
        var closed = all.Skip(8).Select(c => c.GetProperty("openedAt").GetDateTime()).ToList();
        closed.Count.ShouldBe(4);
        closed.ShouldBe(closed.OrderDescending().ToList());

        var onlyClosed = await GetAsync(CasesHost.HousingClerk, "/api/app/cases?status=closed&filter=" + Uri.EscapeDataString("装载机"));
        onlyClosed.GetProperty("totalCount").GetInt64().ShouldBe(4);
        onlyClosed.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("status").GetString() == "closed");
    }

    [Fact]
    public async Task Words_match_in_any_order_and_apart_as_in_the_search_page()
    {
        // "油漆工 装修队": both words, in the other order and not side by side (a substring filter found nothing here).
        var page = await GetAsync(CasesHost.HousingClerk, "/api/app/cases?filter=" + Uri.EscapeDataString("油漆工 装修队"));
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldBe(["装修队拖欠油漆工工资", "装修队拖欠油漆工工资"]);
        (await GetAsync(CasesHost.TransportClerk, "/api/app/cases?filter=" + Uri.EscapeDataString("油漆工 装修队"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task More_matches_than_the_index_cap_show_the_best_in_inbox_order_as_more_than()
    {
        var page = await GetAsync(CasesHost.HousingClerk, "/api/app/cases?maxResultCount=20&filter=" + Uri.EscapeDataString("钢筋工"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(CaseQueries.TextMatchCap);
        page.GetProperty("totalCountIsLowerBound").GetBoolean().ShouldBeTrue();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(20);
        var dues = items.Select(c => c.GetProperty("clock").GetProperty("dueAt").GetDateTimeOffset()).ToList();
        dues.ShouldBe(dues.Order().ToList());
        // Another body finds none of them.
        (await GetAsync(CasesHost.TransportClerk, "/api/app/cases?filter=" + Uri.EscapeDataString("钢筋工"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task A_whole_case_number_is_found_by_number_for_its_owners_only()
    {
        var number = "CNT-2026-000001";
        var found = await GetAsync(CasesHost.HousingClerk, "/api/app/cases?filter=" + number.ToLowerInvariant());
        found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()).ShouldBe([number]);
        (await GetAsync(CasesHost.TransportClerk, "/api/app/cases?filter=" + number)).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }
}
