using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dalad.Cases;
using Dalad.Cases.Data;
using Dalad.Platform.Jobs;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Oversight.Tests.OversightHost;

namespace Dalad.Oversight.Tests;

/// <summary>
/// The command view over the monthly roll-up gives exactly the figures computed live from the cases: for the joint
/// office, one body and a member of two bodies, for a year and for a period that starts and ends inside months. Cases in
/// February and March (signed in time, late, never; one resolved), read on 05-06; then a change after the roll-up.
/// </summary>
public sealed class FigureRollupTests(FigureRollupTests.Host host) : IClassFixture<FigureRollupTests.Host>
{
    public const string TwoBodiesClerk = "rollup-two-bodies";
    public const string Visitor = "rollup-visitor";

    public sealed class Host : OversightHost
    {
        public Guid Resolved { get; private set; }

        public async Task SeedAsync()
        {
            await As(Supervisor);
            await CreateUserAsync(TwoBodiesClerk, ["housing", "bainijing-town"], [OversightPermissions.Default]);
            await CreateUserAsync(Visitor, ["joint-office"], [CasesPermissions.Default, CasesPermissions.Visit]);
            Clock.Set(2, 10);
            Resolved = await OpenConstructionCaseAsync();
            await OpenConstructionCaseAsync();
            await SignAsync(Resolved);
            Clock.Set(3, 2);
            var inTime = await OpenConstructionCaseAsync();
            var late = await OpenConstructionCaseAsync();
            await OpenConstructionCaseAsync();
            await SignAsync(inTime);
            Clock.Set(3, 5);
            await SignAsync(late);
            Clock.Set(3, 6);
            await Ok(await PostAsync(HousingClerk, $"/api/app/cases/{Resolved}/accept", new { opinion = "予以受理。" }));
            await Ok(await PostAsync(HousingClerk, $"/api/app/cases/{Resolved}/parts", new { text = "约谈劳务公司，督促支付。" }));
            await Ok(await PostAsync(BainijingClerk, $"/api/app/cases/{Resolved}/parts", new { text = "镇里配合核实人数。" }));
            Clock.Set(3, 20);
            await Ok(await PostAsync(HousingClerk, $"/api/app/cases/{Resolved}/resolve", new { result = "工资已全部结清。", amountRecovered = 230000m, arrearsEstablished = false }));
        }

        public static async Task Ok(HttpResponseMessage response)
        {
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
            response.Dispose();
        }

        /// <summary>The figures as the endpoint answers them, without their "as of".</summary>
        public async Task<(string Figures, DateTimeOffset? AsOf)> FiguresAsync(string user, string query)
        {
            var client = await As(user);
            using var response = await client.GetAsync("/api/app/oversight/figures?" + query);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
            var json = JsonNode.Parse(text)!.AsObject();
            var asOf = json["asOf"]?.GetValue<DateTimeOffset>();
            json.Remove("asOf");
            return (json.ToJsonString(), asOf);
        }

        /// <summary>One run of the roll-up's recurring job, as the job runner would start it.</summary>
        public async Task RollUpAsync()
        {
            using var scope = Services.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            await scope.ServiceProvider.GetServices<IRecurringJob>().Single(j => j.Name == "cases-figure-rollup").RunAsync(CancellationToken.None);
        }

        public async Task ClearRollupAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
            await db.FigureRollups.ExecuteDeleteAsync();
            await db.FigureRollupMonths.ExecuteDeleteAsync();
        }
    }

    private static readonly string[] Users = [Supervisor, HousingClerk, TwoBodiesClerk];
    private const string Year = "from=2026-01-01&to=2026-05-06";
    private const string YearToMay7 = "from=2026-01-01&to=2026-05-07";
    private const string Crossing = "from=2026-02-15&to=2026-04-10";

    [Fact]
    public async Task Figures_over_the_rollup_equal_the_live_figures_and_a_later_change_shows_after_the_next_run()
    {
        await host.SeedAsync();
        host.Clock.Set(5, 6);
        await host.ClearRollupAsync();
        var live = new Dictionary<(string, string), string>();
        foreach (var user in Users)
        foreach (var period in new[] { Year, Crossing })
        {
            var (figures, asOf) = await host.FiguresAsync(user, period);
            asOf.ShouldBeNull("nothing rolled up yet: every figure is computed live");
            live[(user, period)] = figures;
        }

        await host.RollUpAsync();
        foreach (var user in Users)
        foreach (var period in new[] { Year, Crossing })
        {
            var (figures, asOf) = await host.FiguresAsync(user, period);
            asOf.ShouldBe(new DateTimeOffset(2026, 5, 6, 10, 0, 0, TimeSpan.FromHours(8)), "February to April come from the roll-up built now");
            figures.ShouldBe(live[(user, period)], $"{user}, {period}");
        }

        // The figures are not empty: five cases of housing and the town in two months, one resolved.
        var year = JsonDocument.Parse((await host.FiguresAsync(Supervisor, Year)).Figures).RootElement;
        year.Int("leadsReceived").ShouldBe(5);
        year.GetProperty("bodies").Row("housing").Int("received").ShouldBe(5);
        year.GetProperty("bodies").Row("housing").Int("receiveOverdue").ShouldBe(3, "one signed late, two never signed");
        year.GetProperty("bodies").Row("housing").Int("handleInTime").ShouldBe(1);
        year.GetProperty("months").EnumerateArray().Select(m => m.Str("month")).ShouldBe(["2026-02", "2026-03"]);
        var crossing = JsonDocument.Parse((await host.FiguresAsync(TwoBodiesClerk, Crossing)).Figures).RootElement;
        crossing.GetProperty("townshipRows").Row(Bainijing).Int("received").ShouldBe(3, "the March cases only; each shared case once");

        // After the roll-up: the complainant of the February case is not satisfied (a visit in May, which reopens it).
        // The visit is dated in May (live); February changed since it was built, so it is read live until the next run.
        host.Clock.Set(5, 7);
        await Host.Ok(await host.PostAsync(Visitor, $"/api/app/cases/{host.Resolved}/visit", new { satisfied = false, remarks = "工资只发了一半。" }));
        var (changed, changedAsOf) = await host.FiguresAsync(Supervisor, YearToMay7);
        var housing = JsonDocument.Parse(changed).RootElement.GetProperty("bodies").Row("housing");
        housing.Int("falseClosures").ShouldBe(1);
        housing.Int("reopenings").ShouldBe(1, "the change shows at once");
        changedAsOf.ShouldBe(new DateTimeOffset(2026, 5, 6, 10, 0, 0, TimeSpan.FromHours(8)), "March and April still come from the roll-up");

        host.Clock.Set(5, 7, 11); // the job's next run
        await host.RollUpAsync();
        var (after, afterAsOf) = await host.FiguresAsync(Supervisor, YearToMay7);
        after.ShouldBe(changed, "the next run rebuilt February with the change");
        afterAsOf.ShouldBe(new DateTimeOffset(2026, 5, 7, 11, 0, 0, TimeSpan.FromHours(8)), "February rebuilt for the change, March and April because their build was over a day old");

        // And again exactly the live figures, for everyone and both periods.
        var rolled = new Dictionary<(string, string), string>();
        foreach (var user in Users)
        foreach (var period in new[] { Year, Crossing })
            rolled[(user, period)] = (await host.FiguresAsync(user, period)).Figures;
        await host.ClearRollupAsync();
        foreach (var user in Users)
        foreach (var period in new[] { Year, Crossing })
            (await host.FiguresAsync(user, period)).Figures.ShouldBe(rolled[(user, period)], $"{user}, {period}, after the change");
    }
}
