using System.Net;
using Shouldly;
using static Dalad.Oversight.Tests.OversightHost;

namespace Dalad.Oversight.Tests;

/// <summary>
/// The command view's figures over known cases on the test clock: three construction cases opened on Monday
/// 2026-03-02 in 白泥井镇 (housing leads, the town assists), one signed that day, one signed on Thursday (2 days late),
/// one never signed. Each body sees its own row; the joint office sees all.
/// </summary>
public sealed class FigureTests(FigureTests.Host host) : IClassFixture<FigureTests.Host>
{
    /// <summary>One database for this class: the figures are exact.</summary>
    public sealed class Host : OversightHost
    {
        private readonly SemaphoreSlim _seed = new(1, 1);
        private bool _seeded;

        public async Task SeedAsync()
        {
            await _seed.WaitAsync();
            try
            {
                if (_seeded) return;
                Clock.Set(3, 2);
                var inTime = await OpenConstructionCaseAsync();
                var late = await OpenConstructionCaseAsync();
                await OpenConstructionCaseAsync();
                await SignAsync(inTime);
                Clock.Set(3, 5); // receive was due on Tuesday 03-03
                await SignAsync(late);
                // A member of both owners of the three cases, and a reader at the intake desk that registered their leads.
                await CreateUserAsync(TwoBodiesClerk, ["housing", "bainijing-town"], [OversightPermissions.Default]);
                await CreateUserAsync(DeskReader, ["data-12345"], [OversightPermissions.Default]);
                _seeded = true;
            }
            finally
            {
                _seed.Release();
            }
        }
    }

    private const string TwoBodiesClerk = "two-bodies-clerk";
    private const string DeskReader = "desk-reader-12345";
    private const string March = "/api/app/oversight/figures?from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task The_joint_office_sees_each_bodys_received_open_in_time_and_overdue_steps()
    {
        await host.SeedAsync();
        var figures = await host.GetAsync(Supervisor, March);
        figures.Int("leadsReceived").ShouldBe(3);

        var housing = figures.GetProperty("bodies").Row("housing");
        housing.Str("name").ShouldBe("旗住房和城乡建设局");
        housing.Int("received").ShouldBe(3);
        housing.Int("open").ShouldBe(3);
        housing.Int("receiveInTime").ShouldBe(1);
        housing.Int("receiveOverdue").ShouldBe(2, "one signed late, one never signed");
        housing.Int("overdueNow").ShouldBe(1, "only the unsigned case is past its current step's due time");
        housing.GetProperty("inTimeRate").GetDouble().ShouldBe(0.3333);
        housing.Int("falseClosures").ShouldBe(0);

        var town = figures.GetProperty("bodies").Row("bainijing-town");
        town.Int("received").ShouldBe(3);
        town.Int("receiveOverdue").ShouldBe(0, "the assisting owner does not sign: the lead owner's lateness is not the town's");
        town.GetProperty("inTimeRate").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var township = figures.GetProperty("townshipRows").Row(Bainijing);
        township.Str("name").ShouldBe("白泥井镇");
        township.Int("received").ShouldBe(3);
        township.Int("receiveOverdue").ShouldBe(2);

        var cells = figures.GetProperty("territories").EnumerateArray().ToList();
        cells.Count.ShouldBe(17);
        cells.Single(c => c.Str("code") == Bainijing).Int("openCases").ShouldBe(3);
        cells.Where(c => c.Str("code") != Bainijing).ShouldAllBe(c => c.GetProperty("openCases").GetInt32() == 0);

        var month = figures.GetProperty("months").EnumerateArray().ShouldHaveSingleItem();
        month.Str("month").ShouldBe("2026-03");
        month.Int("received").ShouldBe(3);
        month.Int("overdue").ShouldBe(2);
    }

    [Fact]
    public async Task A_body_sees_only_its_own_row_and_an_unrelated_body_sees_nothing()
    {
        await host.SeedAsync();
        var town = await host.GetAsync(BainijingClerk, March);
        town.GetProperty("bodies").EnumerateArray().Select(r => r.Str("code")).ShouldBe(["bainijing-town"]);
        town.GetProperty("territories").Row(Bainijing).Int("openCases").ShouldBe(3);

        var transport = await host.GetAsync(TransportClerk, March);
        transport.GetProperty("bodies").GetArrayLength().ShouldBe(0);
        transport.GetProperty("townshipRows").GetArrayLength().ShouldBe(0);
        transport.GetProperty("territories").EnumerateArray().ShouldAllBe(c => c.GetProperty("openCases").GetInt32() == 0);
        var asked = await host.GetAsync(TransportClerk, March + "&bodyCode=housing");
        asked.GetProperty("bodies").GetArrayLength().ShouldBe(0, "naming another body does not open its figures");
    }

    [Fact]
    public async Task A_member_of_both_owners_sees_both_rows_and_each_shared_case_once()
    {
        await host.SeedAsync();
        var both = await host.GetAsync(TwoBodiesClerk, March);
        both.GetProperty("bodies").EnumerateArray().Select(r => r.Str("code")).ShouldBe(["bainijing-town", "housing"]);
        both.GetProperty("bodies").Row("housing").Int("receiveOverdue").ShouldBe(2);
        both.Int("leadsReceived").ShouldBe(3, "the leads of the cases its bodies own, each once");
        both.GetProperty("townshipRows").Row(Bainijing).Int("received").ShouldBe(3, "a case the two bodies share is one case of the township");
        both.GetProperty("territories").Row(Bainijing).Int("openCases").ShouldBe(3);
        var month = both.GetProperty("months").EnumerateArray().ShouldHaveSingleItem();
        month.Int("received").ShouldBe(3);
        month.Int("overdue").ShouldBe(2);

        var town = await host.GetAsync(BainijingClerk, March);
        town.Int("leadsReceived").ShouldBe(3, "an owner of the leads' cases counts their leads");
        var transport = await host.GetAsync(TransportClerk, March);
        transport.Int("leadsReceived").ShouldBe(0);
        var desk = await host.GetAsync(DeskReader, March);
        desk.Int("leadsReceived").ShouldBe(3, "the intake desk counts the leads it registered");
        desk.GetProperty("bodies").GetArrayLength().ShouldBe(0, "the desk owns none of the cases");
    }

    [Fact]
    public async Task Filters_narrow_the_figures_and_a_period_without_cases_is_empty()
    {
        await host.SeedAsync();
        var housing = await host.GetAsync(Supervisor, March + "&bodyCode=housing");
        housing.GetProperty("bodies").EnumerateArray().Select(r => r.Str("code")).ShouldBe(["housing"]);

        var elsewhere = await host.GetAsync(Supervisor, March + "&territoryCode=150621104");
        elsewhere.GetProperty("bodies").GetArrayLength().ShouldBe(0);
        elsewhere.GetProperty("territories").GetArrayLength().ShouldBe(1);

        var february = await host.GetAsync(Supervisor, "/api/app/oversight/figures?from=2026-02-01&to=2026-02-28");
        february.Int("leadsReceived").ShouldBe(0);
        february.GetProperty("months").GetArrayLength().ShouldBe(0);
        february.GetProperty("territories").Row(Bainijing).Int("openCases").ShouldBe(3, "the grid shows what is open now");
    }

    [Fact]
    public async Task The_table_exports_to_an_xlsx_workbook_with_the_same_figures()
    {
        await host.SeedAsync();
        var client = await host.As(Supervisor);
        using var response = await client.GetAsync(March.Replace("/figures?", "/figures/xlsx?", StringComparison.Ordinal));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var housing = rows.Single(r => (string?)r["单位或镇（苏木、街道）"] == "旗住房和城乡建设局");
        Convert.ToInt32(housing["受理案件"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(3);
        Convert.ToInt32(housing["超期签收"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2);
        housing["按时办理率"].ShouldBe("33.3%");
        rows.ShouldContain(r => (string?)r["单位或镇（苏木、街道）"] == "白泥井镇" && (string?)r["类别"] == "镇（苏木、街道）");
    }

    [Fact]
    public async Task Bad_periods_and_unknown_codes_answer_in_Chinese()
    {
        var client = await host.As(Supervisor);
        (await (await client.GetAsync("/api/app/oversight/figures?from=2026-03-31&to=2026-03-01")).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("开始日期不能晚于结束日期");
        (await (await client.GetAsync("/api/app/oversight/figures?bodyCode=no-such-body")).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("不存在");
        (await (await client.GetAsync("/api/app/oversight/figures?territoryCode=999")).ProblemAsync(HttpStatusCode.BadRequest))
            .ShouldContain("不存在");
        using var anonymous = host.CreateClient();
        (await anonymous.GetAsync(March)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
