using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Platform.Security;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;

namespace Dalad.Cases.Tests;

/// <summary>
/// The search page's facets come from the index's values, not the database: they must equal what the database says of
/// the same cases, also after a status change (through the outbox) and a transfer; the page shown is the database's.
/// </summary>
public sealed class SearchFacetTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    [Fact]
    public async Task Facets_from_the_index_equal_the_databases_after_a_status_change_and_a_transfer()
    {
        var marker = "f" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var lead = await host.RegisterAsync(Construction(employer: marker + "建筑劳务有限公司"));
            ids.Add((await host.ConfirmAsync(lead.Id())).Case().Id());
        }
        await host.DispatchOutboxAsync();
        Flat(await FacetsAsync(JointOfficeClerk, marker)).ShouldBe(Flat(await DatabaseFacetsAsync(marker, null)));

        // A status change: the search documents follow through the outbox.
        await host.DoAsync(HousingClerk, ids[0], "sign");
        await host.DoAsync(HousingClerk, ids[1], "sign");
        var signed = (await host.DetailAsync(ids[0])).Case().Str("status");
        // Until the outbox is delivered the index still counts the old status, but the page shows the database's.
        var before = await SearchAsync(JointOfficeClerk, marker);
        before.GetProperty("items").EnumerateArray().Single(h => h.Id() == ids[0]).Str("status").ShouldBe(signed);
        await host.DispatchOutboxAsync();

        // A transfer (the industry owner, housing → water) is written to the index with the change.
        var housing = await host.User(HousingClerk);
        (await housing.PostAsJsonAsync($"/api/app/cases/{ids[2]}/transfer", new { role = "industry", bodyCode = "water", reason = "水利工程" })).EnsureSuccessStatusCode();

        var facets = await FacetsAsync(JointOfficeClerk, marker);
        Flat(facets).ShouldBe(Flat(await DatabaseFacetsAsync(marker, null)));
        facets["status"][signed].ShouldBe(2);
        facets["sector"]["water"].ShouldBe(1);
        Flat(await FacetsAsync(WaterClerk, marker)).ShouldBe(Flat(await DatabaseFacetsAsync(marker, "water")));
        Flat(await FacetsAsync(HousingClerk, marker)).ShouldBe(Flat(await DatabaseFacetsAsync(marker, "housing")));
        (await FacetsAsync(HousingClerk, marker))["sector"].Keys.ShouldNotContain("water");

        // A facet's value narrows the hits by the index's values: the signed ones.
        var narrowed = await SearchAsync(JointOfficeClerk, marker, "&status=" + signed);
        narrowed.GetProperty("items").EnumerateArray().Select(h => h.Id()).OrderBy(x => x).ShouldBe(ids.Take(2).OrderBy(x => x));
    }

    [Fact]
    public async Task An_index_written_before_values_is_fed_whole_by_the_catch_up_and_searched_meanwhile_through_the_database()
    {
        var marker = "g" + Guid.NewGuid().ToString("N")[..8];
        var lead = await host.RegisterAsync(Construction(employer: marker + "建筑劳务有限公司"));
        var id = (await host.ConfirmAsync(lead.Id())).Case().Id();
        var search = host.Services.GetRequiredService<IFullTextSearch>();
        // The document as a version before values wrote it.
        var hit = (await search.MatchAsync(SearchIndexNames.Cases, marker, null, 10)).Matches.ShouldHaveSingleItem();
        hit.Values.ShouldNotBeNull();
        var text = (await search.TextsAsync(SearchIndexNames.Cases, marker, [hit.Id]))[hit.Id];
        await search.IndexAsync(new FullTextDocument(SearchIndexNames.Cases, hit.Id, text.Title, CasesHost.ConstructionText + " " + marker, hit.Values!["bodies"], DateTime.UtcNow));
        (await search.CountWithoutValuesAsync(SearchIndexNames.Cases)).ShouldBe(1);

        // Meanwhile the search reads that case's values from the database: the same facets.
        Flat(await FacetsAsync(JointOfficeClerk, marker)).ShouldBe(Flat(await DatabaseFacetsAsync(marker, null)));

        var progress = new SearchCatchUpProgress();
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            await scope.ServiceProvider.GetRequiredService<CaseSearchIndex>().CatchUpAsync(progress, CancellationToken.None);
        }
        progress.Indexes[SearchIndexNames.Cases].Full.ShouldBeTrue();
        (await search.CountWithoutValuesAsync(SearchIndexNames.Cases)).ShouldBe(0);
        (await search.MatchAsync(SearchIndexNames.Cases, marker, null, 10)).Matches.ShouldHaveSingleItem().Values!["status"].ShouldBe([(await host.DetailAsync(id)).Case().Str("status")]);
        Flat(await FacetsAsync(JointOfficeClerk, marker)).ShouldBe(Flat(await DatabaseFacetsAsync(marker, null)));
    }

    /// <summary>The facets as one comparable text ("status: handling=2, received=2; …"), keys and values in order.</summary>
    private static string Flat(Dictionary<string, Dictionary<string, int>> facets) => string.Join("; ", facets.OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(f => f.Key + ": " + string.Join(", ", f.Value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))));

    private async Task<JsonElement> SearchAsync(string user, string marker, string extra = "")
    {
        var client = await host.User(user);
        return await client.GetFromJsonAsync<JsonElement>($"/api/app/search?in=cases&q={marker}" + extra);
    }

    private async Task<Dictionary<string, Dictionary<string, int>>> FacetsAsync(string user, string marker)
    {
        var facets = (await SearchAsync(user, marker)).GetProperty("facets");
        return new[] { "status", "body", "territory", "sector", "channel", "month" }.ToDictionary(name => name,
            name => facets.GetProperty(name).EnumerateArray().ToDictionary(f => f.Str("value"), f => f.GetProperty("count").GetInt32()));
    }

    /// <summary>The same six facets counted from the database's rows of the marked cases (within one body's, or all).</summary>
    private async Task<Dictionary<string, Dictionary<string, int>>> DatabaseFacetsAsync(string marker, string? body)
    {
        using var scope = host.Services.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        var cases = await db.Cases.AsNoTracking().Where(c => c.Employer!.StartsWith(marker))
            .Select(c => new { c.Status, c.OpenedAt, Parts = c.Assignments.Select(a => new { a.Role, a.BodyCode }).ToList(), Channel = db.Leads.Where(l => l.Id == c.PrimaryLeadId).Select(l => l.Channel).First() })
            .ToListAsync();
        if (body is not null) cases = cases.Where(c => c.Parts.Any(p => p.BodyCode == body)).ToList();
        static Dictionary<string, int> Count(IEnumerable<string> values) => values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return new Dictionary<string, Dictionary<string, int>>
        {
            ["status"] = Count(cases.Select(c => c.Status)),
            ["body"] = Count(cases.SelectMany(c => c.Parts.Select(p => p.BodyCode).Distinct())),
            ["territory"] = Count(cases.SelectMany(c => c.Parts.Where(p => p.Role == "territorial").Select(p => p.BodyCode))),
            ["sector"] = Count(cases.SelectMany(c => c.Parts.Where(p => p.Role == "industry").Select(p => p.BodyCode))),
            ["channel"] = Count(cases.Select(c => c.Channel)),
            ["month"] = Count(cases.Select(c => c.OpenedAt.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture))),
        };
    }
}
