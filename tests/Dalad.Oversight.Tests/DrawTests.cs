using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Oversight.Tests.OversightHost;
using static Dalad.Testing.DaladHostFactory;

namespace Dalad.Oversight.Tests;

/// <summary>
/// 双随机一公开 (issue 18 item 5): employers of the labour-intensive sectors and an inspector pool; a draw from a
/// published seed is reproducible, never sends an inspector to an employer he is conflicted with (his body registered
/// it, or he declared it), and is published with its results without any inspector's name.
/// </summary>
public sealed class DrawTests(DrawTests.Host host) : IClassFixture<DrawTests.Host>
{
    public const string Drawer = "drawer";

    // Catering and retail registered by the market regulator, manufacturing and services by HRSS.
    private static readonly (string Code, string Name, string Industry, string Body)[] Employers =
    [
        ("91150621MA0000001X", "达拉特旗鸿福酒店有限公司", "H6210", "market"),
        ("91150621MA0000002X", "达拉特旗万家惠超市有限公司", "F5212", "market"),
        ("91150621MA0000003X", "达拉特旗宏达服装厂", "C1819", "hrss"),
        ("91150621MA0000004X", "达拉特旗洁美家政服务有限公司", "O8010", "hrss"),
    ];

    private static readonly string[] InspectorNames = ["张建国", "李卫东", "王秀兰", "赵志强", "孙丽娟"];

    public sealed class Host : OversightHost
    {
        private readonly SemaphoreSlim _seed = new(1, 1);
        private HttpClient? _drawer;

        public async Task<HttpClient> DrawerAsync()
        {
            await _seed.WaitAsync();
            try
            {
                if (_drawer is not null) return _drawer;
                await As(Supervisor);
                await CreateUserAsync(Drawer, ["joint-office"], [OversightPermissions.Default, OversightPermissions.Draw]);
                var client = await CreateClientAsAsync(Drawer);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
                Clock.Set(3, 2);
                foreach (var (code, name, industry, body) in Employers)
                {
                    using var r = await client.PostAsJsonAsync("/api/app/oversight/draws/employers",
                        new { creditCode = code, name, industryCode = industry, territoryCode = Bainijing, registeredByBodyCode = body });
                    r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
                }
                // Two HRSS inspectors, three of the market regulator; 赵志强 declared a conflict with the clothing factory.
                string[] bodies = ["hrss", "hrss", "market", "market", "market"];
                for (var i = 0; i < InspectorNames.Length; i++)
                {
                    using var r = await client.PostAsJsonAsync("/api/app/oversight/draws/inspectors",
                        new { name = InspectorNames[i], bodyCode = bodies[i], conflicts = i == 3 ? new[] { Employers[2].Code } : [] });
                    r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
                }
                return _drawer = client;
            }
            finally
            {
                _seed.Release();
            }
        }
    }

    private async Task<JsonElement> DrawAsync(string seed, int employers, int teamSize)
    {
        var client = await host.DrawerAsync();
        using var response = await client.PostAsJsonAsync("/api/app/oversight/draws", new { title = "2026年第一季度双随机抽查", seed, employers, teamSize });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Drawn(JsonElement draw) => draw.GetProperty("picks").EnumerateArray().Select(p => p.Str("creditCode")).ToList();

    [Fact]
    public async Task The_same_seed_gives_the_same_employers_and_another_seed_may_not()
    {
        var first = await DrawAsync("福彩3D第2026060期开奖号码 473", 2, 1);
        var again = await DrawAsync("福彩3D第2026060期开奖号码 473", 2, 1);
        Drawn(again).ShouldBe(Drawn(first));
        Drawn(first).Count.ShouldBe(2);
        first.Str("seed").ShouldBe("福彩3D第2026060期开奖号码 473");
        first.GetProperty("frame").GetArrayLength().ShouldBe(4);

        var orders = new HashSet<string>();
        for (var i = 0; i < 6; i++) orders.Add(string.Join(",", Drawn(await DrawAsync($"seed-{i}", 2, 1))));
        orders.Count.ShouldBeGreaterThan(1, "the seed decides the draw");
    }

    [Fact]
    public async Task A_conflicted_inspector_is_never_drawn()
    {
        for (var i = 0; i < 8; i++)
        {
            var draw = await DrawAsync($"conflict-{i}", 4, 1);
            foreach (var pick in draw.GetProperty("picks").EnumerateArray())
            {
                var registeredBy = Employers.Single(e => e.Code == pick.Str("creditCode")).Body;
                var inspectors = pick.GetProperty("inspectors").EnumerateArray().ToList();
                inspectors.Count.ShouldBe(1);
                inspectors.ShouldAllBe(x => x.GetProperty("bodyCode").GetString() != registeredBy, "the registering body's inspectors are conflicted");
                if (pick.Str("creditCode") == Employers[2].Code)
                    inspectors.ShouldNotContain(x => x.GetProperty("name").GetString() == "赵志强", "he declared a conflict");
            }
        }
        // The clothing factory (HRSS) can only get the market regulator's inspectors, and 赵志强 declared a conflict: two are left.
        var client = await host.DrawerAsync();
        (await (await client.PostAsJsonAsync("/api/app/oversight/draws", new { title = "不可能的抽查", seed = "x", employers = 4, teamSize = 3 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("无利害关系的检查人员不足3名");
    }

    [Fact]
    public async Task Results_are_recorded_and_published_with_the_draw_and_no_personal_data()
    {
        var draw = await DrawAsync("publish", 1, 1);
        var code = Drawn(draw).Single();
        var client = await host.DrawerAsync();
        host.Clock.Set(3, 4);
        var recorded = await ReadAsync<JsonElement>(await client.PostAsJsonAsync($"/api/app/oversight/draws/{draw.GetProperty("id")}/inspections",
            new { creditCode = code, inspectedOn = "2026-03-04", outcome = "rectify", summary = "工资支付台账不完整，责令十日内整改。" }));
        recorded.GetProperty("picks")[0].GetProperty("inspection").Str("outcome").ShouldBe("rectify");
        var notDrawn = Employers.Select(e => e.Code).First(c => c != code);
        (await (await client.PostAsJsonAsync($"/api/app/oversight/draws/{draw.GetProperty("id")}/inspections",
            new { creditCode = notDrawn, inspectedOn = "2026-03-04", outcome = "compliant", summary = "未发现问题" })).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("不在本次抽取结果中");

        using var anonymous = host.CreateClient();
        using var response = await anonymous.GetAsync("/api/public/draws");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var published = JsonDocument.Parse(text).RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == draw.GetProperty("id").GetGuid());
        published.Str("seed").ShouldBe("publish");
        published.GetProperty("pool").GetArrayLength().ShouldBe(5);
        published.GetProperty("picks")[0].GetProperty("inspection").Str("summary").ShouldBe("工资支付台账不完整，责令十日内整改。");
        foreach (var name in InspectorNames) text.ShouldNotContain(name);
        text.ShouldNotContain(Drawer);
        published.GetProperty("picks")[0].GetProperty("inspectors")[0].GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Chinese_and_nothing_is_stored()
    {
        var client = await host.DrawerAsync();
        var before = (await ReadAsync<JsonElement>(await client.GetAsync("/api/app/oversight/draws/employers"))).GetArrayLength();
        (await (await client.PostAsJsonAsync("/api/app/oversight/draws/employers",
            new { creditCode = "91150621MA0000009X", name = "达拉特旗某建筑公司", industryCode = "E4710", registeredByBodyCode = "housing" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("劳动密集型行业");
        (await (await client.PostAsJsonAsync("/api/app/oversight/draws/employers",
            new { creditCode = "123", name = "某公司", industryCode = "H6210", registeredByBodyCode = "market" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("统一社会信用代码");
        (await ReadAsync<JsonElement>(await client.GetAsync("/api/app/oversight/draws/employers"))).GetArrayLength().ShouldBe(before);

        var draws = (await ReadAsync<JsonElement>(await client.GetAsync("/api/app/oversight/draws"))).GetArrayLength();
        (await (await client.PostAsJsonAsync("/api/app/oversight/draws", new { title = "抽查", employers = 9 })).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("不能超过");
        (await (await client.PostAsJsonAsync("/api/app/oversight/draws", new { title = "", employers = 1 })).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("抽查名称");
        (await ReadAsync<JsonElement>(await client.GetAsync("/api/app/oversight/draws"))).GetArrayLength().ShouldBe(draws);
        (await host.PostAsync(HousingClerk, "/api/app/oversight/draws", new { title = "抽查", employers = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
