using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Calendar.Data;
using Dalad.Calendar.Domain;
using Dalad.Platform.Events;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Calendar.Tests;

/// <summary>
/// The calendar over HTTP on the real host. Every test that edits the calendar uses its own dates (March, May, November
/// 2026), away from the Spring Festival days the other tests read, so the tests can share one host in any order.
/// </summary>
public sealed class CalendarApiTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    private const string DaysOf2026 = "/api/app/calendar/days?year=2026";

    private static string AddWorkingDays(string from, int days) => $"/api/app/calendar/add-working-days?from={Uri.EscapeDataString(from)}&days={days}";

    private static async Task<string> DueAsync(HttpClient client, string from, int days) =>
        (await DaladHostFactory.ReadAsync<DueDto>(await client.GetAsync(AddWorkingDays(from, days)))).Due.ToString("yyyy-MM-ddTHH:mm:sszzz");

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("title").GetString().ShouldNotStartWith("Error:"); // a localized title, not a key
        return problem.GetProperty("detail").GetString()!;
    }

    private async Task<HttpClient> UserAsync(string name, params string[] permissions)
    {
        await host.CreateUserAsync(name, ["hrss"], permissions);
        return await host.CreateClientAsAsync(name);
    }

    [Fact]
    public async Task Any_signed_in_user_gets_the_due_moment_as_documented()
    {
        using var client = await UserAsync("calendar-caseworker");

        var response = await client.GetAsync("/api/app/calendar/add-working-days?from=2026-02-13T10:00:00%2B08:00&days=1");

        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"due":"2026-02-14T23:59:59+08:00"}""");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DueAsync(client, "2026-02-13T10:00:00+08:00", 15)).ShouldBe("2026-03-12T23:59:59+08:00");
        (await DueAsync(client, "2026-02-13T23:30:00Z", 1)).ShouldBe("2026-02-24T23:59:59+08:00"); // 07:30 Saturday in Beijing
        (await DueAsync(client, "2026-02-13", 1)).ShouldBe("2026-02-14T23:59:59+08:00");            // no offset: Beijing time
    }

    [Fact]
    public async Task Working_days_between_answers_a_signed_number()
    {
        using var client = await UserAsync("calendar-counter");
        var url = (string from, string to) => $"/api/app/calendar/working-days-between?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

        var forward = await client.GetAsync(url("2026-02-13T10:00:00+08:00", "2026-02-24T09:00:00+08:00"));
        (await forward.Content.ReadAsStringAsync()).ShouldBe("""{"workingDays":2}""");
        (await DaladHostFactory.ReadAsync<WorkingDaysDto>(await client.GetAsync(url("2026-02-24T09:00:00+08:00", "2026-02-13T10:00:00+08:00")))).WorkingDays.ShouldBe(-2);
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        using var client = host.CreateClient();
        (await client.GetAsync(AddWorkingDays("2026-02-13T10:00:00+08:00", 1))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync(DaysOf2026)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("from=2026-02-30T10:00:00%2B08:00&days=1", "时间“2026-02-30T10:00:00+08:00”格式不正确")]
    [InlineData("from=13.02.2026&days=1", "时间“13.02.2026”格式不正确")]
    [InlineData("from=2026-02-13T10:00:00+08:00&days=1", "在网址中“+”须写作 %2B")] // the '+' arrives as a space
    [InlineData("days=1", "不能为空")]
    [InlineData("from=2026-02-13&days=-1", "工作日天数“-1”不正确，应为 0 到 365 之间的整数")]
    [InlineData("from=2026-02-13&days=366", "工作日天数“366”不正确")]
    [InlineData("from=2026-02-13&days=many", "工作日天数“many”不正确")]
    public async Task Bad_query_values_get_a_chinese_problem(string query, string expected)
    {
        using var client = await UserAsync("calendar-typo-" + Guid.NewGuid().ToString("N")[..8]);

        var detail = await ProblemDetailAsync(await client.GetAsync("/api/app/calendar/add-working-days?" + query), HttpStatusCode.BadRequest);

        detail.ShouldContain(expected);
    }

    [Fact]
    public async Task The_joint_office_adds_a_holiday_and_the_next_computation_uses_it_at_once()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await DueAsync(admin, "2026-03-13T10:00:00+08:00", 1)).ShouldBe("2026-03-16T23:59:59+08:00"); // Friday → Monday

        var created = await admin.PostAsJsonAsync("/api/app/calendar/days", new { date = "2026-03-16", type = "holiday", name = "防汛停工日" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await DueAsync(admin, "2026-03-13T10:00:00+08:00", 1)).ShouldBe("2026-03-17T23:59:59+08:00");
        var listed = await DaladHostFactory.ReadAsync<DayList>(await admin.GetAsync(DaysOf2026));
        listed.Items.ShouldContain(new CalendarDayDto(new DateOnly(2026, 3, 16), "holiday", "防汛停工日"));

        var renamed = await DaladHostFactory.ReadAsync<CalendarDayDto>(await admin.PutAsJsonAsync("/api/app/calendar/days/2026-03-16", new { type = "holiday", name = "防汛" }));
        renamed.Name.ShouldBe("防汛");

        (await admin.DeleteAsync("/api/app/calendar/days/2026-03-16")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DueAsync(admin, "2026-03-13T10:00:00+08:00", 1)).ShouldBe("2026-03-16T23:59:59+08:00");
        (await admin.DeleteAsync("/api/app/calendar/days/2026-03-16")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reading_needs_the_calendar_permission_and_editing_needs_manage()
    {
        using var reader = await UserAsync("calendar-reader", CalendarPermissions.Default);
        using var nobody = await UserAsync("calendar-nobody");

        (await reader.GetAsync(DaysOf2026)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await nobody.GetAsync(DaysOf2026)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PostAsJsonAsync("/api/app/calendar/days", new { date = "2026-05-18", type = "holiday", name = "不该保存" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PutAsJsonAsync("/api/app/calendar/days/2026-02-14", new { type = "holiday", name = "不该保存" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.DeleteAsync("/api/app/calendar/days/2026-02-14")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var days = await DaladHostFactory.ReadAsync<DayList>(await reader.GetAsync(DaysOf2026));
        days.Items.ShouldNotContain(d => d.Date == new DateOnly(2026, 5, 18));
        days.Items.ShouldContain(new CalendarDayDto(new DateOnly(2026, 2, 14), "workday", "春节调休上班"));
        (await DueAsync(reader, "2026-02-13T10:00:00+08:00", 1)).ShouldBe("2026-02-14T23:59:59+08:00");
    }

    [Theory]
    [InlineData("""{"date":"2026-02-30","type":"holiday","name":"无此日"}""", HttpStatusCode.BadRequest, "日期“2026-02-30”不正确")]
    [InlineData("""{"date":"30/05/2026","type":"holiday","name":"格式错"}""", HttpStatusCode.BadRequest, "日期“30/05/2026”不正确")]
    [InlineData("""{"date":"2026-05-29","type":"vacation","name":"未知类型"}""", HttpStatusCode.BadRequest, "类型“vacation”不正确")]
    [InlineData("""{"date":"2026-05-27","type":"workday","name":"周三调休"}""", HttpStatusCode.BadRequest, "调休上班日应为周六或周日")]
    [InlineData("""{"date":"2026-05-28","type":"holiday","name":""}""", HttpStatusCode.BadRequest, "“名称” 不能为空")]
    [InlineData("""{"date":"2026-02-14","type":"holiday","name":"重复"}""", HttpStatusCode.Conflict, "2026-02-14 已在工作日历中（调休上班日：春节调休上班）")]
    public async Task Bad_days_are_refused_with_a_chinese_message_and_nothing_is_stored(string json, HttpStatusCode status, string expected)
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var before = await DaladHostFactory.ReadAsync<DayList>(await admin.GetAsync(DaysOf2026));

        var response = await admin.PostAsync("/api/app/calendar/days", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        (await ProblemDetailAsync(response, status)).ShouldContain(expected);
        var after = await DaladHostFactory.ReadAsync<DayList>(await admin.GetAsync(DaysOf2026));
        after.Items.ShouldBe(before.Items);
        (await DueAsync(admin, "2026-02-13T10:00:00+08:00", 1)).ShouldBe("2026-02-14T23:59:59+08:00");
    }

    [Fact]
    public async Task Changing_a_day_into_a_weekday_workday_or_an_unknown_date_is_refused()
    {
        using var admin = await host.CreateClientAsAsync("admin");

        (await ProblemDetailAsync(await admin.PutAsJsonAsync("/api/app/calendar/days/2026-02-16", new { type = "workday", name = "春节" }), HttpStatusCode.BadRequest))
            .ShouldContain("2026-02-16 本来就是工作日");
        (await ProblemDetailAsync(await admin.PutAsJsonAsync("/api/app/calendar/days/2026-13-01", new { type = "holiday", name = "x" }), HttpStatusCode.BadRequest))
            .ShouldContain("日期“2026-13-01”不正确");
        (await admin.PutAsJsonAsync("/api/app/calendar/days/2026-05-20", new { type = "holiday", name = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await DueAsync(admin, "2026-02-13T10:00:00+08:00", 2)).ShouldBe("2026-02-24T23:59:59+08:00"); // 02-16 is still a holiday
    }

    [Fact]
    public async Task The_snapshot_refreshes_when_the_calendar_changed_event_arrives()
    {
        // Another instance edits the table directly; this instance keeps its snapshot until the event tells it.
        using var client = await UserAsync("calendar-observer");
        (await DueAsync(client, "2026-11-13T10:00:00+08:00", 1)).ShouldBe("2026-11-16T23:59:59+08:00");
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
            db.Days.Add(new CalendarDay { Date = new DateOnly(2026, 11, 16), Type = CalendarDayTypes.Holiday, Name = "另一实例添加" });
            await db.SaveChangesAsync();
        }
        (await DueAsync(client, "2026-11-13T10:00:00+08:00", 1)).ShouldBe("2026-11-16T23:59:59+08:00"); // served from memory

        await host.Services.GetRequiredService<IEventBus>().PublishAsync(new WorkingCalendarChanged(new DateOnly(2026, 11, 16)));

        (await DueAsync(client, "2026-11-13T10:00:00+08:00", 1)).ShouldBe("2026-11-17T23:59:59+08:00");
    }

    [Fact]
    public async Task Bad_year_is_refused()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await ProblemDetailAsync(await admin.GetAsync("/api/app/calendar/days?year=20x6"), HttpStatusCode.BadRequest)).ShouldContain("年份“20x6”不正确");
        (await DaladHostFactory.ReadAsync<DayList>(await admin.GetAsync("/api/app/calendar/days?year=2025"))).TotalCount.ShouldBe(33);
    }

    private sealed record DayList(int TotalCount, List<CalendarDayDto> Items);
}
