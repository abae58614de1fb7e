using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>The learned layer: a dispatcher's correction changes the next proposal for a similar complaint, with no restart.</summary>
public sealed class LearningTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task A_dispatchers_correction_changes_the_next_proposal_for_a_similar_complaint()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        const string similar = "来电人反映：西园街道那家婚庆公司又拖欠司仪和跟拍摄像的工资，老板一直推。";
        var before = await PreviewAsync(admin, similar);
        before.GetProperty("industry").GetProperty("code").GetString().ShouldNotBe("culture-tourism");

        using var registered = await admin.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = "LEARN-" + Guid.NewGuid().ToString("N")[..8],
            text = "来电人反映：其在西园街道一家婚庆公司当司仪和跟拍摄像，公司拖欠其三个月工资。", address = "达拉特旗西园街道",
            complainantName = "赵女士", phone = "13900001234", employer = "喜洋洋婚庆", workerCount = 2, amountOwed = 9000m,
        });
        var lead = await DaladHostFactory.ReadAsync<JsonElement>(registered);
        using var confirmed = await admin.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm",
            new { territoryCode = "150621005", industryBodyCode = "culture-tourism", reason = "婚庆演艺归文化市场" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());

        // Retrained in the background: wait for the run in progress, then ask again.
        await host.Services.GetRequiredService<LearnedRouting>().Training;
        var after = await PreviewAsync(admin, similar);
        var industry = after.GetProperty("industry");
        industry.GetProperty("code").GetString().ShouldBe("culture-tourism", after.ToString());
        industry.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "learned");

        // An unrelated complaint is not pulled along.
        var unrelated = await PreviewAsync(admin, "来电人反映：其在树林召镇一个煤矿井下干综采，劳务公司拖欠三个月工资。");
        unrelated.GetProperty("industry").GetProperty("code").GetString().ShouldBe("energy");
    }

    [Fact]
    public async Task The_desks_corrections_suggest_a_keyword_the_joint_office_approves_into_the_matrix_and_they_outlive_a_restart()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        string[] corrected =
        [
            "来电人反映：其在王爱召镇一家陪玩工作室上班，老板拖欠其两个月工资共6000元。",
            "信访人反映：我们几个在树林召镇的陪玩工作室做陪练，工作室拖欠工钱三个月。",
        ];
        // The matrix does not know the word: the first is corrected; the learned layer then proposes the second, and the
        // desk confirms it. Both show what the matrix is missing.
        (await PreviewAsync(admin, corrected[0])).GetProperty("industry").GetProperty("code").GetString().ShouldNotBe("culture-tourism");
        foreach (var text in corrected)
        {
            await DispatchAsync(admin, text, "culture-tourism");
            await host.Services.GetRequiredService<LearnedRouting>().Training;
        }
        await host.Services.GetRequiredService<LearnedRouting>().Training;

        // Only the joint office (the matrix's managers) sees the suggestions.
        using (var desk = await host.CreateClientAsAsync(await DeskUserAsync()))
            (await desk.GetAsync("/api/app/routing/keyword-suggestions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var suggestions = await GetSuggestionsAsync(admin);
        suggestions.GetProperty("correctionCount").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        suggestions.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("keyword").GetString()).ShouldContain("陪玩工作室", suggestions.ToString());
        var suggestion = suggestions.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("keyword").GetString() == "陪玩工作室");
        suggestion.GetProperty("bodyCode").GetString().ShouldBe("culture-tourism");
        suggestion.GetProperty("bodyName").GetString().ShouldBe("旗文化和旅游局");
        suggestion.GetProperty("corrections").GetInt32().ShouldBe(2);
        suggestion.GetProperty("examples").EnumerateArray().Select(e => e.GetString()).ShouldBe(corrected, ignoreOrder: true);

        // One step approves it: the keyword joins the body's scope item, and the next complaint is routed by it.
        using var approved = await admin.PostAsJsonAsync($"/api/app/scope-items/{suggestion.GetProperty("scopeItemId").GetGuid()}/keywords",
            new { keyword = "陪玩工作室", basis = "调度纠正建议：2 次纠正" });
        approved.IsSuccessStatusCode.ShouldBeTrue(await approved.Content.ReadAsStringAsync());
        (await GetSuggestionsAsync(admin)).GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("keyword").GetString() == "陪玩工作室");
        var next = await PreviewAsync(admin, "来电人反映：展旦召苏木一家陪玩工作室拖欠员工工资。");
        next.GetProperty("industry").GetProperty("code").GetString().ShouldBe("culture-tourism", next.ToString());
        next.GetProperty("industry").GetProperty("evidence").EnumerateArray()
            .ShouldContain(e => e.GetProperty("kind").GetString() == "keyword" && e.GetProperty("matched").GetString() == "陪玩工作室");

        // The dispatches are kept by cases; a learned layer started afresh (as after a restart) reads them back.
        using var scope = host.Services.CreateScope();
        var history = await scope.ServiceProvider.GetRequiredService<IRoutingDecisionHistory>().GetRecentAsync(100);
        history.Where(d => corrected.Contains(d.Text)).ShouldAllBe(d => d.IndustryBodyCode == "culture-tourism");
        history.Count(d => corrected.Contains(d.Text)).ShouldBe(2);
        var restarted = new LearnedRouting(NullLogger<LearnedRouting>.Instance);
        restarted.Restore(history);
        await restarted.Training;
        restarted.TrainedOn.ShouldBe(history.Count);
        restarted.Vote("其在陪玩工作室干了两个月，工作室不给工资。")!.BodyCode.ShouldBe("culture-tourism");
    }

    private async Task<string> DeskUserAsync()
    {
        var name = "desk-" + Guid.NewGuid().ToString("N")[..6];
        await host.CreateUserAsync(name, ["data-12345"], ["Dalad.Leads", "Dalad.Leads.Dispatch"]);
        return name;
    }

    private static async Task DispatchAsync(HttpClient admin, string text, string industryBodyCode)
    {
        using var registered = await admin.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = "LEARN-" + Guid.NewGuid().ToString("N")[..8], text, address = "",
            complainantName = "钱先生", phone = "139" + Random.Shared.Next(10_000_000, 99_999_999), employer = "工作室" + Guid.NewGuid().ToString("N")[..4],
            workerCount = 2, amountOwed = 6000m,
        });
        var lead = await DaladHostFactory.ReadAsync<JsonElement>(registered);
        var territory = lead.GetProperty("routing").GetProperty("territory").GetProperty("code").GetString();
        using var confirmed = await admin.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm",
            new { territoryCode = territory, industryBodyCode, reason = "陪玩属文化娱乐经营" });
        // A confirmed proposal needs no reason; a correction does, and this one carries it either way.
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetSuggestionsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/app/routing/keyword-suggestions");
        return await DaladHostFactory.ReadAsync<JsonElement>(response);
    }

    private static async Task<JsonElement> PreviewAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/app/routing/preview", new { text, address = "" });
        return await DaladHostFactory.ReadAsync<JsonElement>(response);
    }
}
