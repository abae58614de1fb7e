using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Shouldly;
using static Dalad.Enforcement.Tests.AssistHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17 item 9: a wage special account recorded on a project is on the register; the court checks it by number
/// (spaces and dashes as typed) and is told "never freeze or transfer" with the kind, the project and the holder only.
/// Each check is logged for HRSS; an invalid number is a 400 in Chinese and nothing is logged.
/// </summary>
public sealed class ProtectedAccountTests(AssistHost host) : IClassFixture<AssistHost>
{
    private static string NewAccountNumber() => "6222" + Random.Shared.NextInt64(100_000_000_000_000, 999_999_999_999_999);

    private async Task<JsonElement> CreateProjectAsync(string name, string accountNumber, object? deposit = null) =>
        await AssistHost.ReadAsync<JsonElement>(await (await host.As(Housing)).PostAsJsonAsync("/api/app/projects", ProjectBody(name, accountNumber, deposit)));

    private static Dictionary<string, object?> ProjectBody(string name, string accountNumber, object? deposit) =>
        new()
        {
            ["name"] = name, ["typeCode"] = "E4710", ["territoryCode"] = "150621102", ["address"] = "达拉特旗白泥井镇",
            ["builder"] = "达拉特旗某置业有限公司", ["generalContractor"] = "鄂尔多斯某建设集团有限公司", ["governmentInvested"] = false,
            ["fundingSource"] = "企业自筹", ["fundsInPlace"] = true,
            ["wageAccount"] = new { openedOn = "2026-05-20", bank = "中国农业银行达拉特旗支行", accountNumber, tripartiteAgreementDate = "2026-05-21" },
            ["wageDeposit"] = deposit ?? new { amount = 500000m, form = "cash", issuer = "中国农业银行达拉特旗支行", paidOn = "2026-05-22" },
        };

    private async Task<JsonElement[]> LogAsync(string digits) =>
        (await host.GetAsync(Hrss, $"/api/app/protected-accounts/checks?accountNumber={digits}")).EnumerateArray().ToArray();

    [Fact]
    public async Task The_court_is_told_never_to_freeze_a_wage_account_and_the_check_is_logged()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var digits = NewAccountNumber();
        var typed = $"{digits[..4]} {digits[4..8]}-{digits[8..12]} {digits[12..]}";
        var name = "白泥井安置小区" + Guid.NewGuid().ToString("N")[..4];
        await CreateProjectAsync(name, typed);

        // The court owns no project and still finds it, typed with dashes instead of spaces.
        var check = await host.GetAsync(Court, $"/api/app/protected-accounts/check?accountNumber={digits[..6]}-{digits[6..]}");
        check.Str("accountNumber").ShouldBe(digits);
        check.GetProperty("protected").GetBoolean().ShouldBeTrue();
        var account = check.GetProperty("accounts").EnumerateArray().ShouldHaveSingleItem();
        account.Str("kind").ShouldBe("wage-account");
        account.Str("projectName").ShouldBe(name);
        account.Str("holder").ShouldBe("鄂尔多斯某建设集团有限公司");
        // Never more: no bank, no amount, no project id.
        account.EnumerateObject().Select(p => p.Name).ShouldBe(["kind", "projectName", "holder"]);

        // Another number is not protected; both checks are logged for HRSS with who and the answer.
        var other = NewAccountNumber();
        (await host.GetAsync(Bank, $"/api/app/protected-accounts/check?accountNumber={other}")).GetProperty("protected").GetBoolean().ShouldBeFalse();
        var logged = (await LogAsync(digits)).ShouldHaveSingleItem();
        logged.Str("checkedBy").ShouldBe(Court);
        logged.GetProperty("protected").GetBoolean().ShouldBeTrue();
        logged.Str("answer").ShouldContain(name);
        var notProtected = (await LogAsync(other)).ShouldHaveSingleItem();
        notProtected.Str("checkedBy").ShouldBe(Bank);
        notProtected.GetProperty("protected").GetBoolean().ShouldBeFalse();

        // The checkers do not read the log; a body without the check permission cannot check.
        (await (await host.As(Court)).GetAsync("/api/app/protected-accounts/checks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await host.As(Housing)).GetAsync($"/api/app/protected-accounts/check?accountNumber={digits}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cash_deposit_account_recorded_on_a_project_is_on_the_register_and_a_guarantee_has_no_account()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var wage = NewAccountNumber();
        var deposit = NewAccountNumber();
        var name = "树林召学校改扩建" + Guid.NewGuid().ToString("N")[..4];
        var project = await CreateProjectAsync(name, wage, new { amount = 300000m, form = "cash", issuer = "中国建设银行达拉特旗支行", paidOn = "2026-05-22",
            accountNumber = $"{deposit[..4]}-{deposit[4..]}" });
        // The project shows the deposit account as typed, beside its wage account.
        project.GetProperty("wageDeposit").Str("accountNumber").ShouldBe($"{deposit[..4]}-{deposit[4..]}");

        var check = await host.GetAsync(Court, $"/api/app/protected-accounts/check?accountNumber={deposit}");
        check.GetProperty("protected").GetBoolean().ShouldBeTrue();
        var account = check.GetProperty("accounts").EnumerateArray().ShouldHaveSingleItem();
        account.Str("kind").ShouldBe("deposit-account");
        account.Str("projectName").ShouldBe(name);
        account.Str("holder").ShouldBe("鄂尔多斯某建设集团有限公司");
        (await LogAsync(deposit)).ShouldHaveSingleItem().Str("answer").ShouldContain(name);

        // A bank guarantee is held in no account: a number with it is a 400 in Chinese and no project is stored.
        var other = NewAccountNumber();
        var guaranteed = "保函项目" + Guid.NewGuid().ToString("N")[..4];
        var refused = await (await host.As(Housing)).PostAsJsonAsync("/api/app/projects", ProjectBody(guaranteed, NewAccountNumber(),
            new { amount = 300000m, form = "bank-guarantee", issuer = "中国银行达拉特旗支行", expiresOn = "2027-05-22", paidOn = "2026-05-22", accountNumber = other }));
        (await refused.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("只有现金存储的工资保证金有专用账户");
        (await (await host.As(Housing)).GetFromJsonAsync<JsonElement>("/api/app/projects")).ToString().ShouldNotContain(guaranteed);
        (await host.GetAsync(Court, $"/api/app/protected-accounts/check?accountNumber={other}")).GetProperty("protected").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("6222O21200012345678")]
    [InlineData("123456789012345678901234567890123")]
    public async Task An_invalid_account_number_is_refused_in_Chinese_and_nothing_is_logged(string number)
    {
        var before = (await host.GetAsync(Hrss, "/api/app/protected-accounts/checks")).GetArrayLength();
        var response = await (await host.As(Court)).GetAsync($"/api/app/protected-accounts/check?accountNumber={Uri.EscapeDataString(number)}");
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("8 至 32 位数字");
        (await host.GetAsync(Hrss, "/api/app/protected-accounts/checks")).GetArrayLength().ShouldBe(before);
    }
}

/// <summary>The check is rate-limited per user like the credit check (here 2 per window); the kinds' bodies and deadlines
/// are configuration.</summary>
public sealed class ProtectedAccountLimitTests(ProtectedAccountLimitTests.Host host) : IClassFixture<ProtectedAccountLimitTests.Host>
{
    public sealed class Host : AssistHost
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            base.Configure(builder);
            builder.UseSetting("ProtectedAccounts:CheckPermitLimit", "2");
            builder.UseSetting("ProtectedAccounts:CheckWindow", "00:10:00");
            builder.UseSetting("Enforcement:Assistance:locate:BodyCode", "joint-office");
            builder.UseSetting("Enforcement:Assistance:locate:WorkingDays", "3");
        }
    }

    [Fact]
    public async Task The_third_check_in_the_window_is_refused_and_not_logged_while_another_user_still_checks()
    {
        var client = await host.As(Court);
        for (var i = 0; i < 2; i++)
            (await client.GetAsync("/api/app/protected-accounts/check?accountNumber=6222021200012345678")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/app/protected-accounts/check?accountNumber=6222021200012345678")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await (await host.As(Bank)).GetAsync("/api/app/protected-accounts/check?accountNumber=6222021200012345678")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.GetAsync(Hrss, "/api/app/protected-accounts/checks?accountNumber=6222021200012345678")).EnumerateArray()
            .Select(c => c.Str("checkedBy")).ShouldBe([Bank, Court, Court], ignoreOrder: true);
    }

    [Fact]
    public async Task A_kind_is_sent_to_the_configured_body_with_the_configured_deadline()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var locate = (await host.GetAsync(Hrss, "/api/app/assistance-requests/kinds")).EnumerateArray().Single(k => k.Str("kind") == "locate");
        (locate.Str("bodyCode"), locate.GetProperty("workingDays").GetInt32()).ShouldBe(("joint-office", 3));
        var sent = await host.PostAsync(Hrss, "/api/app/assistance-requests", new { kind = "locate", caseNumber = "DLT-CFG-1", partyName = "张某", question = "请协助查找" });
        sent.Str("receivingBodyCode").ShouldBe("joint-office");
        sent.GetProperty("dueAt").GetDateTime().ShouldBe(new DateTime(2026, 6, 4, 15, 59, 59, DateTimeKind.Utc));
    }
}
