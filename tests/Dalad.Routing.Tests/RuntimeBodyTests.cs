using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>A body created at run time, with industry classes mapped to it, receives a matching complaint — no restart.</summary>
public sealed class RuntimeBodyTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task A_body_created_at_run_time_with_classes_mapped_to_it_receives_a_matching_complaint_in_its_inbox()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/app/bodies", new { code = "pet-office", name = "旗宠物服务管理办公室", kind = "industry", duty = "宠物服务行业用工", basis = "测试：旗政府临时分工" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // A code that is not in GB/T 4754-2017 is refused with a Chinese message, and nothing is stored.
        var bad = new HttpRequestMessage(HttpMethod.Post, "/api/app/bodies/pet-office/scope-items")
        {
            Content = JsonContent.Create(new { sector = "宠物服务", sourceText = "宠物服务", keywords = Array.Empty<string>(), basis = "测试", industryCodes = new[] { "O9999" } }),
        };
        bad.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        using var refused = await admin.SendAsync(bad);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("O9999");

        using var mapped = await admin.PostAsJsonAsync("/api/app/bodies/pet-office/scope-items",
            new { sector = "宠物服务", sourceText = "宠物饲养、宠物医院、宠物美容、宠物寄托收养等服务", keywords = Array.Empty<string>(), basis = "测试：旗政府临时分工", industryCodes = new[] { "O822" } });
        mapped.StatusCode.ShouldBe(HttpStatusCode.Created, await mapped.Content.ReadAsStringAsync());
        var item = await DaladHostFactory.ReadAsync<JsonElement>(mapped);
        item.GetProperty("industryCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["O822"]);

        const string text = "来电人反映：其在平原街道一家宠物店给猫狗洗澡美容，老板拖欠其两个月工资四千元。";
        using var previewed = await admin.PostAsJsonAsync("/api/app/routing/preview", new { text, address = "" });
        var proposal = await DaladHostFactory.ReadAsync<JsonElement>(previewed);
        var industry = proposal.GetProperty("industry");
        industry.GetProperty("code").GetString().ShouldBe("pet-office", proposal.ToString());
        industry.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "industry-class"
            && e.GetProperty("source").GetString()!.StartsWith("O822", StringComparison.Ordinal) && e.GetProperty("source").GetString()!.EndsWith("旗宠物服务管理办公室", StringComparison.Ordinal));

        using var registered = await admin.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = "PET-" + Guid.NewGuid().ToString("N")[..8], text, address = "达拉特旗平原街道",
            complainantName = "钱女士", phone = "13900004321", employer = "萌宠之家", workerCount = 1, amountOwed = 4000m,
        });
        var lead = await DaladHostFactory.ReadAsync<JsonElement>(registered);
        using var confirmed = await admin.PostAsJsonAsync($"/api/app/leads/{lead.GetProperty("id").GetGuid()}/confirm", new { });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created, await confirmed.Content.ReadAsStringAsync());
        var number = (await DaladHostFactory.ReadAsync<JsonElement>(confirmed)).GetProperty("case").GetProperty("number").GetString();

        await host.CreateUserAsync("pet.clerk", ["pet-office"], ["Dalad.Cases"]);
        using var clerk = await host.CreateClientAsAsync("pet.clerk");
        var inbox = await clerk.GetFromJsonAsync<JsonElement>("/api/app/cases?maxResultCount=1000");
        inbox.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()).ShouldContain(number);
    }
}
