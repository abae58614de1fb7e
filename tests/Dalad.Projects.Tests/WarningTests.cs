using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Projects.Tests.ProjectsHost;

namespace Dalad.Projects.Tests;

/// <summary>
/// The "Done when" of issue 13 on the test clock: the account missing on day 31 warns both owners with its evidence,
/// a deposit paid on day 20 does not, a month without an inspection warns, and a warning becomes a case on the
/// 1/5/15 working-day workflow.
/// </summary>
public sealed class WarningTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private static readonly DateOnly Contract = new(2026, 3, 2);

    [Fact]
    public async Task No_account_by_day_30_warns_the_housing_and_township_inboxes_with_its_evidence_and_no_one_else()
    {
        host.Clock.SetDay(Contract.AddDays(3)); // registered on day 3, with the deposit paid that day
        var project = await host.CreateAsync(HousingClerk, Residential("和顺家园三期" + Guid.NewGuid().ToString("N")[..4], Contract,
            deposit: new { amount = 500000m, form = "cash", issuer = (string?)null, paidOn = Contract.AddDays(3).ToString("yyyy-MM-dd") }));
        var id = project.Id();
        project.Str("industryBodyCode").ShouldBe("housing");
        project.Str("territorialBodyCode").ShouldBe("bainijing-town");
        project.Str("accountDueOn").ShouldBe("2026-04-01");

        host.Clock.SetDay(Contract.AddDays(30));
        await host.RunWarningJobAsync();
        Of(await host.WarningsAsync(HousingClerk), id, "account-late").ShouldBeEmpty("day 30 is still in time");

        host.Clock.SetDay(Contract.AddDays(31));
        await host.RunWarningJobAsync();
        await host.RunWarningJobAsync(); // never twice for the same fact
        var housing = Of(await host.WarningsAsync(HousingClerk, "?bodyCode=housing"), id, "account-late").ShouldHaveSingleItem();
        housing.Str("status").ShouldBe("open");
        housing.Str("severity").ShouldBe("high");
        housing.Str("ruleName").ShouldBe("工资专用账户逾期未开设");
        var evidence = housing.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.Str("name"), e => e.Str("value"));
        evidence["施工合同签订日期"].ShouldBe("2026-03-02");
        evidence["最迟应完成日期"].ShouldBe("2026-04-01");
        evidence["工资专用账户开设日期"].ShouldBe("—");
        evidence["逾期天数"].ShouldBe("1");

        Of(await host.WarningsAsync(BainijingClerk, "?bodyCode=bainijing-town"), id, "account-late").ShouldHaveSingleItem().Id().ShouldBe(housing.Id());
        Of(await host.WarningsAsync(JointOffice), id, "account-late").ShouldHaveSingleItem();
        Of(await host.WarningsAsync(TransportClerk), id, "account-late").ShouldBeEmpty();
        Of(await host.WarningsAsync(TransportClerk, "?bodyCode=housing"), id, "account-late").ShouldBeEmpty();
        (await (await host.As(TransportClerk)).GetAsync($"/api/app/warnings/{housing.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await host.As(TransportClerk)).GetAsync($"/api/app/projects/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Of(await host.WarningsAsync(HousingClerk), id, "deposit-late").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_deposit_paid_on_day_20_gives_no_warning_and_one_paid_on_day_21_does()
    {
        host.Clock.SetDay(Contract.AddDays(10));
        var account = new { openedOn = Contract.AddDays(10).ToString("yyyy-MM-dd"), bank = "中国农业银行达拉特旗支行", accountNumber = "0512", tripartiteAgreementDate = Contract.AddDays(10).ToString("yyyy-MM-dd") };
        var onTime = await host.CreateAsync(HousingClerk, Residential("准时缴存" + Guid.NewGuid().ToString("N")[..4], Contract, account));
        var late = await host.CreateAsync(HousingClerk, Residential("逾期缴存" + Guid.NewGuid().ToString("N")[..4], Contract, account));

        host.Clock.SetDay(Contract.AddDays(20));
        var client = await host.As(HousingClerk);
        var body = Residential(onTime.Str("name"), Contract, account,
            new { amount = 300000m, form = "bank-guarantee", issuer = "中国银行达拉特旗支行", expiresOn = "2027-12-31", paidOn = Contract.AddDays(20).ToString("yyyy-MM-dd") });
        var updated = await ReadAsync(await client.PutAsJsonAsync($"/api/app/projects/{onTime.Id()}", body));
        updated.GetProperty("wageDeposit").Str("form").ShouldBe("bank-guarantee");

        host.Clock.SetDay(Contract.AddDays(21));
        await host.RunWarningJobAsync();
        host.Clock.SetDay(Contract.AddDays(60));
        await host.RunWarningJobAsync();
        var warnings = await host.WarningsAsync(HousingClerk);
        Of(warnings, onTime.Id(), "deposit-late").ShouldBeEmpty();
        Of(warnings, onTime.Id(), "account-late").ShouldBeEmpty();
        Of(warnings, late.Id(), "deposit-late").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_month_of_works_without_an_inspection_gives_a_warning_and_an_inspected_month_none()
    {
        host.Clock.SetDay(new DateOnly(2026, 4, 15));
        var body = Residential("双驻双查" + Guid.NewGuid().ToString("N")[..4], null);
        body["startDate"] = "2026-04-01";
        var project = await host.CreateAsync(HousingClerk, body);
        var client = await host.As(HousingClerk);
        var inspected = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/inspections", new
        {
            date = "2026-04-15", inspector = "住建局 王某",
            checklist = new[] { new { item = "real-name", passed = true, remarks = (string?)null }, new { item = "rights-board", passed = false, remarks = (string?)"告示牌未更新" } },
            findings = "维权告示牌信息过期",
        }));
        inspected.GetProperty("inspections").EnumerateArray().ShouldHaveSingleItem().GetProperty("checklist")[1].Str("itemName").ShouldBe("维权信息告示牌设置");

        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        await host.RunWarningJobAsync();
        var missing = Of(await host.WarningsAsync(HousingClerk), project.Id(), "inspection-missing").ShouldHaveSingleItem();
        var evidence = missing.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.Str("name"), e => e.Str("value"));
        evidence["月份"].ShouldBe("2026-05");
        evidence["上次检查日期"].ShouldBe("2026-04-15");
        Of(await host.WarningsAsync(BainijingClerk), project.Id(), "inspection-missing").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Turning_a_warning_into_a_case_starts_the_working_day_workflow_with_both_owners()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 6)); // a Friday
        var body = Residential("垫资项目" + Guid.NewGuid().ToString("N")[..4], null);
        body["governmentInvested"] = true;
        body["fundsInPlace"] = false;
        body["fundingSource"] = "旗财政";
        var project = await host.CreateAsync(HousingClerk, body);
        // Raised on the change itself, without waiting for the job.
        var funds = project.GetProperty("warnings").EnumerateArray().Single(w => w.Str("ruleKey") == "funds-not-in-place");
        funds.Str("title").ShouldContain("资金不落实");

        var client = await host.As(HousingClerk);
        var result = await ReadAsync(await client.PostAsync($"/api/app/warnings/{funds.Id()}/to-case", null));
        var caseId = result.GetProperty("caseId").GetGuid();
        result.Str("caseNumber").ShouldStartWith("DLT-2026-");

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/app/cases/{caseId}");
        var c = detail.GetProperty("case");
        c.Str("status").ShouldBe("received");
        c.Str("text").ShouldContain("政府投资项目资金不落实");
        c.Str("project").ShouldBe(project.Str("name"));
        var workflow = detail.GetProperty("workflow");
        workflow.Str("step").ShouldBe("receive");
        workflow.Str("leadBodyCode").ShouldBe("housing");
        workflow.Str("assistBodyCode").ShouldBe("bainijing-town");
        // 签收 within 1 working day of Friday: the end of Monday.
        workflow.GetProperty("stepDueAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).ShouldBe(new DateTimeOffset(2026, 3, 9, 23, 59, 59, TimeSpan.FromHours(8)));
        (await (await host.As(BainijingClerk)).GetAsync($"/api/app/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await host.As(TransportClerk)).GetAsync($"/api/app/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The case runs the ordinary workflow: housing signs it.
        var signed = await ReadAsync(await client.PostAsJsonAsync($"/api/app/cases/{caseId}/sign", new { }));
        signed.GetProperty("case").Str("status").ShouldBe("reviewing");

        var warning = await client.GetFromJsonAsync<JsonElement>($"/api/app/warnings/{funds.Id()}");
        warning.Str("status").ShouldBe("handled");
        warning.Str("caseNumber").ShouldBe(result.Str("caseNumber"));
        var again = await client.PostAsync($"/api/app/warnings/{funds.Id()}/to-case", null);
        (await again.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已转为案件");

        // Not the transport clerk's warning: not found, nothing opened.
        var advance = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/advances", new { date = "2026-03-05", amount = 120000m, contractor = "鄂尔多斯某建设集团有限公司" }));
        var advanceWarning = advance.GetProperty("warnings").EnumerateArray().Single(w => w.Str("ruleKey") == "contractor-advance");
        (await (await host.As(TransportClerk)).PostAsync($"/api/app/warnings/{advanceWarning.Id()}/to-case", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_warning_is_handled_then_closed_each_with_a_note_and_a_note_is_required()
    {
        host.Clock.SetDay(new DateOnly(2026, 3, 10));
        var project = await host.CreateAsync(HousingClerk, Residential("处置" + Guid.NewGuid().ToString("N")[..4], null));
        var client = await host.As(HousingClerk);
        var detail = await ReadAsync(await client.PostAsJsonAsync($"/api/app/projects/{project.Id()}/advances", new { date = "2026-03-09", amount = 5000m, contractor = "某劳务公司" }));
        var warning = detail.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem();

        (await (await client.PostAsJsonAsync($"/api/app/warnings/{warning.Id()}/handle", new { note = "" })).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("处置说明");
        var bainijing = await host.As(BainijingClerk);
        var handled = await ReadAsync(await bainijing.PostAsJsonAsync($"/api/app/warnings/{warning.Id()}/handle", new { note = "已责令建设单位拨付工程款" }));
        handled.Str("status").ShouldBe("handled");
        handled.Str("handledBy").ShouldBe(BainijingClerk);
        (await (await host.As(TransportClerk)).PostAsJsonAsync($"/api/app/warnings/{warning.Id()}/close", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var closed = await ReadAsync(await client.PostAsJsonAsync($"/api/app/warnings/{warning.Id()}/close", new { note = "垫资已由建设单位归还" }));
        closed.Str("status").ShouldBe("closed");
        closed.Str("closedNote").ShouldBe("垫资已由建设单位归还");
        (await (await client.PostAsync($"/api/app/warnings/{warning.Id()}/to-case", null)).ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已关闭");
        (await host.WarningsAsync(HousingClerk, "?status=closed")).EnumerateArray().ShouldContain(w => w.Id() == warning.Id());
    }

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response) => Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
}
