using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;
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

    private static async Task<JsonElement> PreviewAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/app/routing/preview", new { text, address = "" });
        return await DaladHostFactory.ReadAsync<JsonElement>(response);
    }
}
