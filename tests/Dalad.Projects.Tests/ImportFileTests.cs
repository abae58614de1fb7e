using Dalad.Platform.PersonalData;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dalad.Projects.Domain;
using MiniExcelLibs;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>
/// The attendance file and the bank's payment file as .csv (UTF-8 or GB18030) or .xlsx: parsed by the server, all or
/// nothing with each bad row's Chinese error (by the file's row number), and idempotent like the JSON import. And the
/// list's account and deposit badges from the real state.
/// </summary>
public sealed class ImportFileTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private static int _sequence = 300;

    private static string NewIdNumber()
    {
        var first17 = "15062119850101" + Interlocked.Increment(ref _sequence).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ChineseIdCard.CheckCharacter(first17);
    }

    [Fact]
    public async Task A_csv_attendance_file_and_the_banks_csv_payment_file_compare_per_worker_and_month_and_a_second_upload_stores_nothing()
    {
        host.Clock.SetDay(new DateOnly(2026, 5, 3));
        var (project, client, id) = await ProjectWithWorkerAsync("考勤文件");
        // Quoted cells, another column, the columns in another order, an empty line: as exported by a gate terminal.
        var csv = "打卡时间,备注,身份证号,设备编号\r\n"
            + string.Join("\r\n", Enumerable.Range(1, 12).Select(d => $"2026-04-{d:00} 07:58:00,\"进场, 正常\",{id},GATE-01"))
            + "\r\n\r\n2026/4/13 8:01,,{id},GATE-02\r\n".Replace("{id}", id);
        var first = await ReadAsync(await UploadAsync(client, $"/api/app/projects/{project}/attendance/imports/file", "april.csv", Encoding.UTF8.GetBytes("\uFEFF" + csv)));
        first.GetProperty("imported").GetInt32().ShouldBe(13);
        var again = await ReadAsync(await UploadAsync(client, $"/api/app/projects/{project}/attendance/imports/file", "april.csv", Encoding.UTF8.GetBytes(csv)));
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("duplicates").GetInt32().ShouldBe(13);

        // The bank's file, saved by Excel in GB18030, amounts with thousands separators.
        var bank = $"身份证号码,姓名,发放天数,实发金额,交易日期\r\n{id},张三,10,\"3,000.00\",2026/5/2\r\n";
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(bank);
        var paid = await ReadAsync(await UploadAsync(client, $"/api/app/projects/{project}/payments/imports/file", "bank.csv", gb, ("month", "2026-04")));
        paid.GetProperty("recorded").GetInt32().ShouldBe(1);

        var month = (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project}/pay-against-attendance")).EnumerateArray().ShouldHaveSingleItem();
        month.Str("month").ShouldBe("2026-04");
        month.GetProperty("daysWorked").GetInt32().ShouldBe(13);
        month.GetProperty("daysPaid").GetInt32().ShouldBe(10);
        month.GetProperty("amountPaid").GetDecimal().ShouldBe(3000m);
    }

    [Fact]
    public async Task An_xlsx_attendance_file_is_imported_like_a_csv()
    {
        host.Clock.SetDay(new DateOnly(2026, 5, 3));
        var (project, client, id) = await ProjectWithWorkerAsync("考勤表格");
        var rows = Enumerable.Range(1, 5).Select(d => new Dictionary<string, object>
        {
            ["设备编号"] = "GATE-01", ["身份证号"] = id, ["打卡时间"] = new DateTime(2026, 4, d, 7, 30, 0),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        var result = await ReadAsync(await UploadAsync(client, $"/api/app/projects/{project}/attendance/imports/file", "april.xlsx", stream.ToArray()));
        result.GetProperty("imported").GetInt32().ShouldBe(5);
        var month = (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project}/pay-against-attendance")).EnumerateArray().ShouldHaveSingleItem();
        month.GetProperty("daysWorked").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Bad_files_are_refused_in_Chinese_naming_each_bad_row_of_the_file_and_nothing_is_stored()
    {
        host.Clock.SetDay(new DateOnly(2026, 5, 3));
        var (project, client, id) = await ProjectWithWorkerAsync("坏考勤文件");
        var url = $"/api/app/projects/{project}/attendance/imports/file";
        var csv = $"设备编号,身份证号,打卡时间\n GATE-01,{id},2026-04-01 08:00\nGATE-01,{id},四月一日\n,{id},2026-04-02 08:00\n";
        var body = await (await UploadAsync(client, url, "bad.csv", Encoding.UTF8.GetBytes(csv))).ProblemAsync(HttpStatusCode.BadRequest);
        body.ShouldContain("第 3 行：打卡时间「四月一日」无法识别");
        body.ShouldContain("第 4 行：考勤设备编号不能为空");
        body.ShouldNotContain("第 2 行");
        body.ShouldNotContain(id);
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project}/pay-against-attendance")).GetArrayLength().ShouldBe(0);

        (await (await UploadAsync(client, url, "a.csv", Encoding.UTF8.GetBytes($"设备编号,打卡时间\nGATE-01,2026-04-01 08:00\n"))).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("缺少列：身份证号");
        (await (await UploadAsync(client, url, "a.pdf", [1, 2, 3])).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("只能导入 .csv 或 .xlsx 文件");
        (await (await UploadAsync(client, url, "a.xlsx", Encoding.UTF8.GetBytes("not a workbook"))).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("无法读取该 Excel 文件");

        var payUrl = $"/api/app/projects/{project}/payments/imports/file";
        var bank = $"身份证号,发放天数,实发金额,发放日期\n{id},十,abc,2026-13-01\n";
        var refused = await (await UploadAsync(client, payUrl, "bank.csv", Encoding.UTF8.GetBytes(bank), ("month", "2026-04"))).ProblemAsync(HttpStatusCode.BadRequest);
        refused.ShouldContain("第 2 行：");
        refused.ShouldContain("发放天数「十」不是整数");
        refused.ShouldContain("实发金额「abc」不是金额");
        refused.ShouldContain("发放日期「2026-13-01」无法识别");
        (await (await UploadAsync(client, payUrl, "bank.csv", Encoding.UTF8.GetBytes(bank))).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("月份须为 yyyy-MM 格式");
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects/{project}/pay-against-attendance")).GetArrayLength().ShouldBe(0);

        // Importing is the project managers' work: a clerk of another body does not even see the project.
        (await UploadAsync(await host.As(TransportClerk), url, "ok.csv", Encoding.UTF8.GetBytes($"设备编号,身份证号,打卡时间\nG,{id},2026-04-01 08:00\n")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_says_where_the_account_and_the_deposit_stand_against_their_deadlines()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 2));
        var name = "期限徽章" + Guid.NewGuid().ToString("N")[..4];
        // Contract on 1 March: the account is due by 31 March, the deposit by 21 March.
        var project = await host.CreateAsync(HousingClerk, Residential(name, new DateOnly(2026, 3, 1),
            deposit: new { amount = 200000m, form = "bank-guarantee", issuer = "中国银行达拉特旗支行", expiresOn = "2027-03-01", paidOn = "2026-03-02" }));
        var noContract = await host.CreateAsync(HousingClerk, Residential(name + "无合同", null));
        var client = await host.As(HousingClerk);

        async Task<JsonElement> ItemAsync(Guid id) => (await client.GetFromJsonAsync<JsonElement>($"/api/app/projects?search={Uri.EscapeDataString(name)}"))
            .EnumerateArray().Single(p => p.Id() == id);
        var now = await ItemAsync(project.Id());
        now.Str("accountState").ShouldBe("pending");
        now.Str("depositState").ShouldBe("on-time");
        now.Str("depositPaidOn").ShouldBe("2026-03-02");
        (await ItemAsync(noContract.Id())).Str("accountState").ShouldBe("no-contract");

        host.Clock.SetDay(new DateOnly(2026, 3, 31));
        (await ItemAsync(project.Id())).Str("accountState").ShouldBe("pending", "day 30 is still in time");
        host.Clock.SetDay(new DateOnly(2026, 4, 1));
        (await ItemAsync(project.Id())).Str("accountState").ShouldBe("late");
    }

    [Fact]
    public async Task Works_under_way_with_no_clock_in_for_more_than_30_days_warn_both_owners_once()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var body = Residential("无考勤" + Guid.NewGuid().ToString("N")[..4], new DateOnly(2026, 5, 1));
        body["startDate"] = "2026-06-01";
        var project = await host.CreateAsync(HousingClerk, body);
        host.Clock.SetDay(new DateOnly(2026, 7, 1));
        await host.RunWarningJobAsync();
        Of(await host.WarningsAsync(HousingClerk), project.Id(), "no-attendance").ShouldBeEmpty("day 30 without a clock-in is still quiet");

        host.Clock.SetDay(new DateOnly(2026, 7, 2));
        await host.RunWarningJobAsync();
        await host.RunWarningJobAsync();
        var warning = Of(await host.WarningsAsync(BainijingClerk), project.Id(), "no-attendance").ShouldHaveSingleItem();
        var evidence = warning.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.Str("name"), e => e.Str("value"));
        evidence["连续无考勤天数"].ShouldBe("31");
        evidence["最近一次考勤日期"].ShouldBe("—");
    }

    private async Task<(Guid Project, HttpClient Client, string IdNumber)> ProjectWithWorkerAsync(string name)
    {
        var project = await host.CreateAsync(HousingClerk, Residential(name + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var id = NewIdNumber();
        await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/workers", new { name = "张三", idNumber = id }));
        return (project.Id(), client, id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await client.PostAsync(url, form);
    }

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response) => Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
}
