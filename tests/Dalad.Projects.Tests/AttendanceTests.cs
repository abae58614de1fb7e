using Dalad.Platform.PersonalData;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Projects.Domain;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>
/// Real-name workers, the attendance import of a site terminal (idempotent, all or nothing) and the month's pay:
/// a worker who worked 22 days and was paid for 15 gives a warning naming him masked and the month.
/// </summary>
public sealed class AttendanceTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private static int _sequence = 100;

    /// <summary>A valid identity number (region 150621, born 1990-01-01) no other test uses.</summary>
    private static string NewIdNumber()
    {
        var first17 = "15062119900101" + Interlocked.Increment(ref _sequence).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ChineseIdCard.CheckCharacter(first17);
    }

    [Fact]
    public async Task Worked_22_days_paid_for_15_warns_naming_the_masked_worker_and_the_month_and_becomes_a_case()
    {
        host.Clock.SetDay(new DateOnly(2026, 4, 1));
        var project = await host.CreateAsync(HousingClerk, Residential("考勤对比" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var id = NewIdNumber();
        var worker = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "张建国", idNumber = id, team = "钢筋班" }));
        worker.Str("maskedIdNumber").ShouldBe(id[..4] + "**********" + id[^4..]);
        worker.ToString().ShouldNotContain(id);

        host.Clock.SetDay(new DateOnly(2026, 5, 1));
        // 22 working days of April, two clock-ins a day (in and out) on the gate terminal.
        var days = Enumerable.Range(1, 30).Select(d => new DateTime(2026, 4, d)).Where(d => d.DayOfWeek != DayOfWeek.Sunday).Take(22).ToList();
        var rows = days.SelectMany(d => new[] { Row(id, d.AddHours(7)), Row(id, d.AddHours(18)) }).ToList();
        var first = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows }));
        first.GetProperty("imported").GetInt32().ShouldBe(44);
        var again = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows }));
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("duplicates").GetInt32().ShouldBe(44);

        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/payments/imports", new
        {
            month = "2026-04", rows = new[] { new { idNumber = id, daysPaid = 15, amount = 4500m, paidOn = "2026-04-30" } },
        }));
        var comparison = (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}/pay-against-attendance")).EnumerateArray().ShouldHaveSingleItem();
        comparison.GetProperty("daysWorked").GetInt32().ShouldBe(22);
        comparison.GetProperty("daysPaid").GetInt32().ShouldBe(15);
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "pay-below-attendance").ShouldBeEmpty("the pay day (the 15th of May) has not passed");

        host.Clock.SetDay(new DateOnly(2026, 5, 16));
        await host.RunWarningJobAsync();

        var warning = Of(await host.WarningsAsync(BainijingClerk), project.Id(), "pay-below-attendance").ShouldHaveSingleItem();
        var evidence = warning.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.Str("name"), e => e.Str("value"));
        evidence["工人"].ShouldBe($"张**（{id[..4]}**********{id[^4..]}）");
        evidence["月份"].ShouldBe("2026-04");
        evidence["出勤天数"].ShouldBe("22");
        evidence["发放工资天数"].ShouldBe("15");
        warning.ToString().ShouldNotContain(id);
        warning.ToString().ShouldNotContain("张建国");

        var opened = await ReadAsync(await client.PostAsync($"/api/app/warnings/{warning.Id()}/to-case", null));
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/app/cases/{opened.GetProperty("caseId").GetGuid()}");
        detail.GetProperty("workflow").Str("step").ShouldBe("receive");
        detail.GetProperty("case").Str("text").ShouldContain("2026-04");
        detail.ToString().ShouldNotContain(id);
    }

    [Fact]
    public async Task Paid_for_every_day_worked_gives_no_warning()
    {
        host.Clock.SetDay(new DateOnly(2026, 5, 3));
        var project = await host.CreateAsync(HousingClerk, Residential("足额发放" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var id = NewIdNumber();
        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "李四", idNumber = id }));
        var rows = Enumerable.Range(1, 10).Select(d => Row(id, new DateTime(2026, 4, d, 8, 0, 0))).ToList();
        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/payments/imports", new
        {
            month = "2026-04", rows = new[] { new { idNumber = id, daysPaid = 10, amount = 3000m, paidOn = "2026-05-02" } },
        }));
        host.Clock.SetDay(new DateOnly(2026, 5, 16));
        await host.RunWarningJobAsync();
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "pay-below-attendance").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_with_each_rows_Chinese_error_and_nothing_is_stored()
    {
        host.Clock.SetDay(new DateOnly(2026, 5, 3));
        var project = await host.CreateAsync(HousingClerk, Residential("坏文件" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var id = NewIdNumber();
        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "王五", idNumber = id }));
        var badCheck = id[..17] + (id[17] == '1' ? '2' : '1');
        var rows = new object[]
        {
            Row(id, new DateTime(2026, 4, 1, 8, 0, 0)),
            Row(badCheck, new DateTime(2026, 4, 1, 8, 0, 0)),
            Row(NewIdNumber(), new DateTime(2026, 4, 1, 8, 0, 0)),
            new { deviceId = "", idNumber = id, time = (DateTimeOffset?)null },
        };
        var response = await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows });
        var body = await response.ProblemAsync(HttpStatusCode.BadRequest);
        body.ShouldContain("第 2 行：身份证号不符合 GB 11643 规定");
        body.ShouldContain("第 3 行：身份证号为");
        body.ShouldContain("未在本项目实名登记");
        body.ShouldContain("第 4 行：考勤设备编号不能为空");
        body.ShouldContain("打卡时间不能为空");
        body.ShouldNotContain("第 1 行");
        body.ShouldNotContain(id);
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}/pay-against-attendance")).GetArrayLength().ShouldBe(0);

        var badWorker = await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "赵六", idNumber = badCheck });
        (await badWorker.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("GB 11643");
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}/workers")).GetArrayLength().ShouldBe(1);
        (await (await host.As(TransportClerk)).GetAsync($"/api/app/projects/{project.Id()}/workers")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bulk_import_sent_again_or_overlapping_stores_each_clock_in_once()
    {
        host.Clock.SetDay(new DateOnly(2026, 7, 2));
        var project = await host.CreateAsync(HousingClerk, Residential("批量考勤" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var ids = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            ids.Add(NewIdNumber());
            await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "工人" + i, idNumber = ids[^1] }));
        }
        // 21 workers × 30 days of June, one clock-in a day: 630 rows, more than one statement's worth on SQLite (500).
        var june = ids.SelectMany(id => Enumerable.Range(1, 30).Select(d => Row(id, new DateTime(2026, 6, d, 7, 30, 0)))).ToList();
        var first = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows = june }));
        first.GetProperty("imported").GetInt32().ShouldBe(630);
        first.GetProperty("duplicates").GetInt32().ShouldBe(0);

        // The same file again, the last 30 rows of it twice, and 21 evening clock-outs on 30 June that are new.
        var evening = ids.Select(id => Row(id, new DateTime(2026, 6, 30, 18, 0, 0))).ToList();
        var again = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports",
            new { rows = june.Concat(june.TakeLast(30)).Concat(evening).ToList() }));
        again.GetProperty("imported").GetInt32().ShouldBe(21);
        again.GetProperty("duplicates").GetInt32().ShouldBe(660);

        var months = (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}/pay-against-attendance")).EnumerateArray().ToList();
        months.Count.ShouldBe(21);
        months.ShouldAllBe(m => m.GetProperty("daysWorked").GetInt32() == 30 && m.GetProperty("month").GetString() == "2026-06");
    }

    [Fact]
    public async Task One_bad_row_among_hundreds_rejects_the_import_and_stores_none_of_it()
    {
        host.Clock.SetDay(new DateOnly(2026, 7, 2));
        var project = await host.CreateAsync(HousingClerk, Residential("一行错误" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(NewIdNumber());
            await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "工人" + i, idNumber = ids[^1] }));
        }
        var rows = ids.SelectMany(id => Enumerable.Range(1, 30).Select(d => Row(id, new DateTime(2026, 6, d, 7, 30, 0)))).ToList();
        rows.Insert(555, new { deviceId = "GATE-01", idNumber = ids[0], time = (DateTimeOffset?)new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)) });

        var response = await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows });
        var body = await response.ProblemAsync(HttpStatusCode.BadRequest);
        body.ShouldContain("第 556 行：打卡时间不能晚于当前时间");
        body.ShouldNotContain("第 555 行");
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project.Id()}/pay-against-attendance")).GetArrayLength().ShouldBe(0);

        rows.RemoveAt(555);
        var fixedFile = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/attendance/imports", new { rows }));
        fixedFile.GetProperty("imported").GetInt32().ShouldBe(600);
    }

    private static object Row(string id, DateTime beijing) =>
        new { deviceId = "GATE-01", idNumber = id, time = (DateTimeOffset?)new DateTimeOffset(beijing, TimeSpan.FromHours(8)) };

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response) => Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
}
