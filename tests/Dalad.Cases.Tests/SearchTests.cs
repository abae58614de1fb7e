using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.Application;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Full-text search over leads and cases finds only what the caller may see.</summary>
public sealed class SearchTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task A_body_finds_its_own_cases_and_not_another_bodys_while_the_joint_office_finds_both()
    {
        var construction = (await host.OpenConstructionCaseAsync()).Case();
        var reclamation = (await host.ConfirmAsync((await host.RegisterAsync(CasesHost.Reclamation())).Id())).Case();

        var housingHits = await SearchAsync(CasesHost.HousingClerk, "cases", "拖欠工资");
        housingHits.ShouldContain(construction.Id());
        housingHits.ShouldNotContain(reclamation.Id());

        var natresHits = await SearchAsync(CasesHost.NatresClerk, "cases", "工资");
        natresHits.ShouldNotContain(construction.Id());
        (await SearchAsync(CasesHost.NatresClerk, "cases", "推土机")).ShouldContain(reclamation.Id());

        var jointOffice = await SearchAsync(CasesHost.JointOfficeClerk, "cases", "工资");
        jointOffice.ShouldContain(construction.Id());
        jointOffice.ShouldContain(reclamation.Id());

        (await SearchAsync(CasesHost.TransportClerk, "cases", "工资")).ShouldNotContain(construction.Id());
    }

    [Fact]
    public async Task Leads_are_found_by_their_desk_and_by_their_cases_owners()
    {
        var pending = await host.RegisterAsync(CasesHost.Reclamation());
        var dispatched = await host.RegisterAsync(CasesHost.Construction());
        await host.ConfirmAsync(dispatched.Id());

        var desk = await SearchAsync(CasesHost.Operator, "leads", "工资");
        desk.ShouldContain(pending.Id());
        desk.ShouldContain(dispatched.Id());

        var housing = await SearchAsync(CasesHost.HousingClerk, "leads", "钢筋工");
        housing.ShouldContain(dispatched.Id());
        (await SearchAsync(CasesHost.HousingClerk, "leads", "推土机")).ShouldNotContain(pending.Id());
        (await SearchAsync(CasesHost.TransportClerk, "leads", "钢筋工")).ShouldNotContain(dispatched.Id());
    }

    [Fact]
    public async Task A_transferred_case_is_found_by_its_new_owner_only()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var housing = await host.As(CasesHost.HousingClerk);
        (await housing.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "水利工程" })).EnsureSuccessStatusCode();

        (await SearchAsync(CasesHost.WaterClerk, "cases", opened.Str("number"))).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.HousingClerk, "cases", opened.Str("number"))).ShouldNotContain(opened.Id());
    }

    [Fact]
    public async Task An_emptied_index_is_fed_whole_from_the_database_by_the_catch_up()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var search = host.Services.GetRequiredService<IFullTextSearch>();
        await search.ReplaceAllAsync("cases", []);
        await search.ReplaceAllAsync("leads", []);
        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", "钢筋工")).ShouldNotContain(opened.Id());

        var progress = await CatchUpAsync();

        progress.Indexes["cases"].Full.ShouldBeTrue();
        progress.Indexes["cases"].Finished.ShouldBeTrue();
        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", "钢筋工")).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.HousingClerk, "cases", "钢筋工")).ShouldContain(opened.Id());
        (await SearchAsync(CasesHost.TransportClerk, "cases", "钢筋工")).ShouldNotContain(opened.Id());
        (await search.CountAsync("leads")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_catch_up_reads_only_what_changed_since_the_indexes_newest_document()
    {
        var old = (await host.OpenConstructionCaseAsync()).Case();
        var recent = (await host.OpenConstructionCaseAsync()).Case();
        var search = host.Services.GetRequiredService<IFullTextSearch>();
        // The old case changed behind the index's back two days ago: older than the mark, so not read again.
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<Dalad.Platform.Security.DataScope>().BeginSystemScope();
            var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
            await scope.ServiceProvider.GetRequiredService<Dalad.Cases.Data.CasesDbContext>().Cases.Where(c => c.Id == old.Id())
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Text, "装载机司机被拖欠三个月工资").SetProperty(c => c.CreatedAt, twoDaysAgo).SetProperty(c => c.LastModifiedAt, twoDaysAgo));
        }
        // The recent case's document was lost (the index's last seconds before a crash).
        await search.RemoveAsync("cases", recent.Id().ToString());
        var casesInDatabase = await search.CountAsync("cases") + 1;

        var progress = await CatchUpAsync();

        progress.Indexes["cases"].Full.ShouldBeFalse();
        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", recent.Str("number"))).ShouldContain(recent.Id());
        (await search.CountAsync("cases")).ShouldBe(casesInDatabase);
        (await SearchAsync(CasesHost.JointOfficeClerk, "cases", "装载机")).ShouldNotContain(old.Id());
        progress.Indexes["cases"].Written.ShouldBeLessThan(casesInDatabase);
    }

    [Fact]
    public async Task After_start_the_catch_up_finishes_in_the_background_and_readiness_reports_it_healthy()
    {
        var progress = host.Services.GetRequiredService<SearchCatchUpProgress>();
        using var anonymous = host.CreateClient();
        for (var i = 0; i < 100 && progress.Running; i++) await Task.Delay(100);
        progress.Running.ShouldBeFalse();
        var ready = await anonymous.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldNotContain("search-index");
    }

    private async Task<SearchCatchUpProgress> CatchUpAsync()
    {
        var progress = new SearchCatchUpProgress();
        using var scope = host.Services.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<Dalad.Platform.Security.DataScope>().BeginSystemScope();
        await scope.ServiceProvider.GetRequiredService<CaseSearchIndex>().CatchUpAsync(progress, CancellationToken.None);
        return progress;
    }

    [Fact]
    public async Task A_hit_names_the_case_it_opens_and_the_filters_narrow_by_status_body_and_day()
    {
        var opened = (await host.OpenConstructionCaseAsync()).Case();
        var pending = await host.RegisterAsync(CasesHost.Reclamation());
        var client = await host.As(CasesHost.JointOfficeClerk);
        async Task<List<JsonElement>> Hits(string query) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/app/search?max=100&" + query)).GetProperty("items").EnumerateArray().ToList();

        var hit = (await Hits("in=cases&q=钢筋工")).Single(h => h.Id() == opened.Id());
        hit.GetProperty("caseId").GetGuid().ShouldBe(opened.Id());
        hit.Str("at").ShouldEndWith("+08:00");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

        (await Hits($"in=cases&q=钢筋工&status={opened.Str("status")}&bodyCode=housing&from={today}&to={today}")).Select(h => h.Id()).ShouldContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&status=closed")).Select(h => h.Id()).ShouldNotContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&bodyCode=transport")).Select(h => h.Id()).ShouldNotContain(opened.Id());
        (await Hits("in=cases&q=钢筋工&to=2020-01-01")).Select(h => h.Id()).ShouldNotContain(opened.Id());

        // A pending lead has no case yet; its desk's body finds it, another body's filter does not.
        var lead = (await Hits("in=leads&q=推土机&status=pending&bodyCode=data-12345")).Single(h => h.Id() == pending.Id());
        lead.GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Hits("in=leads&q=推土机&bodyCode=housing")).Select(h => h.Id()).ShouldNotContain(pending.Id());
    }

    [Fact]
    public async Task The_words_the_query_matched_come_marked_in_the_hits_text_and_never_inside_a_masked_number()
    {
        var marker = "h" + Guid.NewGuid().ToString("N")[..8];
        var opened = (await host.ConfirmAsync((await host.RegisterAsync(Lead("12345", $"{marker} 钢筋班组的老乡，电话139 1234 5678。"))).Id())).Case();
        var client = await host.As(CasesHost.JointOfficeClerk);

        // 钢筋工 is analysed as 钢筋 and 筋工 (pairs) and 钢筋 + 工 (words): 钢筋 of 钢筋班组 is marked, and 钢筋工 whole.
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/app/search?in=cases&q={marker} 钢筋工 139");
        var hit = result.GetProperty("items").EnumerateArray().Single(h => h.Id() == opened.Id());
        var parts = hit.GetProperty("snippetParts").EnumerateArray().Select(p => (Text: p.Str("text"), Match: p.GetProperty("match").GetBoolean())).ToList();
        string.Concat(parts.Select(p => p.Text)).ShouldBe(hit.Str("snippet"));
        var marked = parts.Where(p => p.Match).Select(p => p.Text).ToList();
        marked.ShouldContain(marker);
        marked.ShouldContain("钢筋");
        marked.ShouldContain("钢筋工");
        // The phone as typed (139 1234 5678) let the index find 139, but it is shown masked and nothing is marked inside it.
        hit.Str("snippet").ShouldContain("139****5678");
        marked.ShouldNotContain(m => m.Contains("139") || m.Contains('*'));
        parts.Where(p => !p.Match).Select(p => p.Text).ShouldContain(p => p.Contains("139****5678"));
        // Marks are plain text pieces, never markup.
        hit.GetRawText().ShouldNotContain("<mark>");
    }

    [Fact]
    public async Task Facets_count_the_hits_a_facet_narrows_them_newest_orders_by_date_and_the_export_holds_them_with_numbers_masked()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        var first = (await host.ConfirmAsync((await host.RegisterAsync(Lead("12345", $"{marker} 我的电话13912345678，"))).Id())).Case();
        // A petition is registered and dispatched by the petition desk.
        var petitionDesk = await host.As(CasesHost.PetitionClerk);
        var petition = await host.RegisterAsync(Lead("petition", marker + " "), CasesHost.PetitionClerk);
        using var dispatched = await petitionDesk.PostAsJsonAsync($"/api/app/leads/{petition.Id()}/confirm", new { });
        dispatched.StatusCode.ShouldBe(HttpStatusCode.Created, await dispatched.Content.ReadAsStringAsync());
        var second = (await dispatched.Content.ReadFromJsonAsync<JsonElement>()).Case();
        var client = await host.As(CasesHost.JointOfficeClerk);
        async Task<JsonElement> Search(string extra = "") =>
            await client.GetFromJsonAsync<JsonElement>($"/api/app/search?in=cases&q={marker}" + extra);
        static Dictionary<string, int> Facet(JsonElement result, string name) =>
            result.GetProperty("facets").GetProperty(name).EnumerateArray().ToDictionary(f => f.Str("value"), f => f.GetProperty("count").GetInt32());

        var all = await Search();
        all.GetProperty("totalCount").GetInt64().ShouldBe(2);
        all.GetProperty("more").GetBoolean().ShouldBeFalse();
        Facet(all, "channel").ShouldBe(new Dictionary<string, int> { ["12345"] = 1, ["petition"] = 1 }, ignoreOrder: true);
        Facet(all, "sector").ShouldBe(new Dictionary<string, int> { [first.Assignee("industry")] = 2 });
        Facet(all, "status")[first.Str("status")].ShouldBe(2);
        Facet(all, "month").Values.Sum().ShouldBe(2);
        all.GetProperty("facets").GetProperty("sector")[0].Str("name").ShouldNotBeNullOrWhiteSpace();

        // A facet's value narrows the hits, and the counts follow.
        var petitions = await Search("&channel=petition");
        petitions.GetProperty("items").EnumerateArray().Select(h => h.Id()).ShouldBe([second.Id()]);
        Facet(petitions, "channel").ShouldBe(new Dictionary<string, int> { ["petition"] = 1 });
        (await Search("&month=2020-01")).GetProperty("totalCount").GetInt64().ShouldBe(0);

        (await Search("&sort=newest")).GetProperty("items").EnumerateArray().Select(h => h.Id()).ShouldBe([second.Id(), first.Id()]);

        var snippet = all.GetProperty("items").EnumerateArray().Single(h => h.Id() == first.Id()).Str("snippet");
        snippet.ShouldContain("139****5678");
        snippet.ShouldNotContain("13912345678");

        using var export = await client.GetAsync($"/api/app/search/xlsx?in=cases&q={marker}&sort=newest");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r.Values.First()?.ToString()).ShouldBe([second.Str("number"), first.Str("number")]);
        rows.SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ShouldNotContain(v => v.Contains("13912345678"));

        // Another body's clerk sees neither the hits nor their counts.
        var transport = await (await host.As(CasesHost.TransportClerk)).GetFromJsonAsync<JsonElement>($"/api/app/search?in=cases&q={marker}");
        transport.GetProperty("totalCount").GetInt64().ShouldBe(0);
        Facet(transport, "channel").ShouldBeEmpty();
    }

    private static object Lead(string channel, string textPrefix) => new
    {
        channel,
        ticketNumber = CasesHost.NewTicket(),
        text = textPrefix + "在树林召镇和顺家园三期工地干钢筋工，包工头拖欠工资。",
        complainantName = "王师傅",
        phone = CasesHost.NewPhone(),
        employer = "鑫路达建筑劳务有限公司",
        project = "和顺家园三期",
        workerCount = 3,
        amountOwed = 30000m,
    };

    [Theory]
    [InlineData("/api/app/search?q=工资&sort=oldest", "排序")]
    [InlineData("/api/app/search?q=工资&month=2026-13", "月份")]
    [InlineData("/api/app/search?q=工资&in=users", "cases")]
    [InlineData("/api/app/search?q=&in=cases", "检索内容")]
    public async Task Bad_search_requests_are_refused(string url, string expected)
    {
        var client = await host.As(CasesHost.JointOfficeClerk);
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(expected);
    }

    private async Task<List<Guid>> SearchAsync(string user, string index, string query)
    {
        var client = await host.As(user);
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/app/search?in={index}&max=100&q={Uri.EscapeDataString(query)}");
        return result.GetProperty("items").EnumerateArray().Select(h => h.Id()).ToList();
    }
}
