using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.PersonalData;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Dalad.Platform.Timing;
using Shouldly;
using static Dalad.Enforcement.Tests.AssistHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// The host on a test clock with the bodies of assistance requests and protected accounts: HRSS sends (with or without
/// the personal-data permission), 自然资源局 and the police answer, the court and 金融监管支局 check account numbers, the
/// housing department records a project with its wage account.
/// </summary>
public class AssistHost : DaladHostFactory
{
    public const string Hrss = "hrss-assist";
    public const string HrssFull = "hrss-assist-pd";
    public const string Natres = "natres-clerk";
    public const string Police = "police-assist";
    public const string Court = "court-checker";
    public const string Bank = "finreg-checker";
    public const string Housing = "housing-projects";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private bool _users;

    public TestClock Clock { get; } = new();

    public AssistHost() => Clock.SetDay(new DateOnly(2026, 6, 1)); // a Monday

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Jobs:PollInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    public async Task<HttpClient> As(string user)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_users)
            {
                string[] send = [AssistancePermissions.Default, AssistancePermissions.Create, ProtectedAccountPermissions.Default];
                string[] answer = [AssistancePermissions.Default, AssistancePermissions.Answer];
                await CreateUserAsync(Hrss, ["hrss"], send);
                await CreateUserAsync(HrssFull, ["hrss"], [.. send, "Dalad.PersonalData"]);
                await CreateUserAsync(Natres, ["natres"], answer);
                await CreateUserAsync(Police, ["police"], answer);
                await CreateUserAsync(Court, ["court"], [ProtectedAccountPermissions.Check]);
                await CreateUserAsync(Bank, ["finreg"], [ProtectedAccountPermissions.Check]);
                await CreateUserAsync(Housing, ["housing"], [Projects.ProjectsPermissions.Default, Projects.ProjectsPermissions.Manage]);
                _users = true;
            }
            if (!_clients.TryGetValue(user, out var client))
            {
                _clients[user] = client = await CreateClientAsAsync(user);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
            }
            return client;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<JsonElement> PostAsync(string user, string url, object body) =>
        await ReadAsync<JsonElement>(await (await As(user)).PostAsJsonAsync(url, body));

    public async Task<JsonElement> GetAsync(string user, string url) => await (await As(user)).GetFromJsonAsync<JsonElement>(url);
}

/// <summary>Issue 17 item 3: HRSS asks another body for help on a case; the body answers in its inbox, late or in time.</summary>
public sealed class AssistanceTests(AssistHost host) : IClassFixture<AssistHost>
{
    private static readonly string IdCard = "15062119800101123" + ChineseIdCard.CheckCharacter("15062119800101123");

    private static string NewCaseNumber() => "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<int> SentCountAsync() => (await host.GetAsync(HrssFull, "/api/app/assistance-requests")).GetArrayLength();

    [Fact]
    public async Task A_property_query_reaches_only_the_land_bureau_which_answers_late_and_the_lateness_is_recorded()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var caseNumber = NewCaseNumber();
        var response = await (await host.As(Hrss)).PostAsJsonAsync("/api/app/assistance-requests", new
        {
            kind = "property", caseNumber, partyName = "王某某（包工头）", partyNumber = IdCard, question = "请查询其名下不动产登记情况",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>();
        sent.Str("receivingBodyCode").ShouldBe("natres");
        sent.Str("sendingBodyCode").ShouldBe("hrss");
        // 5 working days from Monday 1 June: due Monday 8 June, 23:59:59 Beijing time.
        sent.GetProperty("dueAt").GetDateTime().ShouldBe(new DateTime(2026, 6, 8, 15, 59, 59, DateTimeKind.Utc));
        sent.Str("dueState").ShouldBe("open");
        // The identity number is masked for a reader without the personal-data permission, whole for one with it.
        sent.Str("partyNumber").ShouldBe(ChineseIdCard.Mask(IdCard));
        sent.Str("partyNumberKind").ShouldBe("id-card");
        (await host.GetAsync(HrssFull, $"/api/app/assistance-requests/{sent.Id()}")).Str("partyNumber").ShouldBe(IdCard);

        // Only the land bureau's inbox has it; the police can neither see nor answer it; HRSS cannot answer at all.
        var inbox = await host.GetAsync(Natres, "/api/app/assistance-requests/inbox");
        inbox.EnumerateArray().Where(r => r.Id() == sent.Id()).ShouldHaveSingleItem().Str("partyNumber").ShouldBe(ChineseIdCard.Mask(IdCard));
        (await host.GetAsync(Police, "/api/app/assistance-requests/inbox")).EnumerateArray().ShouldNotContain(r => r.Id() == sent.Id());
        (await (await host.As(Police)).PostAsJsonAsync($"/api/app/assistance-requests/{sent.Id()}/answer", new { finding = "无" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await host.As(Hrss)).PostAsJsonAsync($"/api/app/assistance-requests/{sent.Id()}/answer", new { finding = "无" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Tuesday 9 June: overdue by one working day, shown so in the inbox; the answer is recorded late.
        host.Clock.SetDay(new DateOnly(2026, 6, 9));
        var overdue = (await host.GetAsync(Natres, "/api/app/assistance-requests/inbox")).EnumerateArray().Single(r => r.Id() == sent.Id());
        overdue.Str("dueState").ShouldBe("overdue");
        overdue.GetProperty("lateWorkingDays").GetInt32().ShouldBe(1);
        var answered = await host.PostAsync(Natres, $"/api/app/assistance-requests/{sent.Id()}/answer", new
        {
            finding = "其名下有住宅一套（达拉特旗树林召镇），已办理查封登记", attachments = new[] { "不动产登记信息查询结果 达自然资查〔2026〕31号", "https://bdc.example.gov.cn/r/2026-031" },
        });
        answered.Str("status").ShouldBe("answered");
        answered.Str("dueState").ShouldBe("answered-late");
        answered.GetProperty("lateWorkingDays").GetInt32().ShouldBe(1);
        answered.Str("answeredBy").ShouldBe(Natres);

        // HRSS reads the finding in its sent list; a second answer is refused and the first stays.
        host.Clock.SetDay(new DateOnly(2026, 6, 15));
        var mine = (await host.GetAsync(Hrss, "/api/app/assistance-requests")).EnumerateArray().Single(r => r.Id() == sent.Id());
        mine.Str("finding").ShouldStartWith("其名下有住宅一套");
        mine.GetProperty("attachments").GetArrayLength().ShouldBe(2);
        mine.GetProperty("lateWorkingDays").GetInt32().ShouldBe(1);
        var again = await (await host.As(Natres)).PostAsJsonAsync($"/api/app/assistance-requests/{sent.Id()}/answer", new { finding = "更正" });
        (await again.ProblemAsync(HttpStatusCode.Conflict)).ShouldContain("已答复");
        (await host.GetAsync(Hrss, $"/api/app/assistance-requests/{sent.Id()}")).Str("finding").ShouldStartWith("其名下有住宅一套");
    }

    [Fact]
    public async Task Each_kind_goes_to_its_body_and_an_answer_in_time_is_not_late()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var kinds = await host.GetAsync(Hrss, "/api/app/assistance-requests/kinds");
        kinds.EnumerateArray().ToDictionary(k => k.Str("kind"), k => k.Str("bodyCode")).ShouldBe(new Dictionary<string, string>
        {
            ["property"] = "natres", ["vehicles"] = "police", ["locate"] = "police", ["bank-accounts"] = "finreg", ["court-enforcement"] = "court",
        });

        var locate = await host.PostAsync(Hrss, "/api/app/assistance-requests", new
        {
            kind = "locate", caseNumber = NewCaseNumber(), partyName = "达拉特旗恒通建设有限公司", partyNumber = "911100001000080343", question = "法定代表人下落不明，请协助查找",
        });
        locate.Str("receivingBodyCode").ShouldBe("police");
        locate.Str("partyNumber").ShouldBe("911100001000080343"); // a credit code is not personal data
        (await host.GetAsync(Natres, "/api/app/assistance-requests/inbox")).EnumerateArray().ShouldNotContain(r => r.Id() == locate.Id());
        host.Clock.SetDay(new DateOnly(2026, 6, 8));
        var answered = await host.PostAsync(Police, $"/api/app/assistance-requests/{locate.Id()}/answer", new { finding = "已查明其现居包头市，已告知到人社局接受询问" });
        answered.Str("dueState").ShouldBe("answered");
        answered.GetProperty("lateWorkingDays").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("seize", "请查询", "王某某", null, "协查事项")]
    [InlineData("property", "", "王某某", null, "协查内容")]
    [InlineData("property", "请查询", "", null, "当事人名称")]
    [InlineData("property", "请查询", "王某某", "150621198001011239X", "也不是有效的身份证号码")]
    [InlineData("property", "请查询", "王某某", "911506210000000000", "既不是有效的统一社会信用代码")]
    public async Task Bad_input_is_refused_in_Chinese_and_nothing_is_stored(string kind, string question, string partyName, string? partyNumber, string message)
    {
        var before = await SentCountAsync();
        var response = await (await host.As(Hrss)).PostAsJsonAsync("/api/app/assistance-requests", new { kind, caseNumber = NewCaseNumber(), partyName, partyNumber, question });
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain(message);
        (await SentCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_bad_answer_is_refused_and_the_request_stays_open()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var sent = await host.PostAsync(Hrss, "/api/app/assistance-requests", new { kind = "vehicles", caseNumber = NewCaseNumber(), partyName = "李某某", question = "请查询名下机动车" });
        var client = await host.As(Police);
        (await (await client.PostAsJsonAsync($"/api/app/assistance-requests/{sent.Id()}/answer", new { finding = " " })).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("协查结果");
        var many = Enumerable.Range(1, 11).Select(i => $"附件{i}").ToArray();
        (await (await client.PostAsJsonAsync($"/api/app/assistance-requests/{sent.Id()}/answer", new { finding = "名下无车", attachments = many })).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("附件最多 10 项");
        (await host.GetAsync(Hrss, $"/api/app/assistance-requests/{sent.Id()}")).Str("status").ShouldBe("sent");
    }
}
