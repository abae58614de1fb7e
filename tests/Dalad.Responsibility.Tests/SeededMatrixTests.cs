using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>What a fresh installation holds: the plan's bodies, the 17 territories and the scope of every industry body.</summary>
public sealed class SeededMatrixTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public void Every_body_s_duty_is_in_Chinese_in_the_plan_s_own_words()
    {
        var plan = SeedData.PlanSection2();
        foreach (var body in SeedData.Bodies())
        {
            body.Duty.ShouldNotBeNullOrWhiteSpace(body.Code);
            body.Duty.Any(c => c is >= 'A' and <= 'z').ShouldBeFalse($"{body.Code}: {body.Duty}");
            body.Duty.Count(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeGreaterThan(body.Duty.Length / 2, body.Code);
        }
        var bodies = SeedData.Bodies().ToDictionary(b => b.Code);
        // Where the plan names the body, its duty is the plan's sentence, verbatim.
        plan.ShouldContain("旗住房和城乡建设局：" + bodies["housing"].Duty);
        plan.ShouldContain("各苏木镇人民政府、街道办事处：" + bodies["bainijing-town"].Duty);
        bodies["housing"].Duty.ShouldContain("建筑施工");
    }

    [Fact]
    public async Task Every_body_of_the_shared_data_is_listed_with_its_code_name_kind_and_duty_to_any_signed_in_user()
    {
        await host.CreateUserAsync("seed-reader", ["transport"], []);
        using var client = await host.CreateClientAsAsync("seed-reader");

        var list = await client.GetJsonAsync("/api/app/bodies");

        var expected = SeedData.Bodies();
        expected.Count.ShouldBe(62);
        list.GetProperty("totalCount").GetInt32().ShouldBe(expected.Count);
        var listed = list.GetProperty("items").EnumerateArray().ToDictionary(b => b.Str("code"));
        foreach (var body in expected)
        {
            listed.ShouldContainKey(body.Code);
            var item = listed[body.Code];
            item.Str("name").ShouldBe(body.Name);
            item.Str("kind").ShouldBe(body.Kind);
            item.Str("duty").ShouldBe(body.Duty);
            item.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        }
        listed["housing"].Str("name").ShouldBe("旗住房和城乡建设局");
        listed["zhaojun-town"].Str("name").ShouldBe("昭君镇人民政府");
        listed["zhaojun-street"].Str("name").ShouldBe("昭君街道办事处");
    }

    [Fact]
    public async Task Every_territory_of_the_shared_data_is_listed_with_its_official_code_kind_owner_and_aliases()
    {
        await host.CreateUserAsync("territory-reader", ["zhaojun-town"], []);
        using var client = await host.CreateClientAsAsync("territory-reader");

        var list = await client.GetJsonAsync("/api/app/territories");

        var expected = SeedData.Territories();
        expected.Count.ShouldBe(17);
        list.GetProperty("totalCount").GetInt32().ShouldBe(17);
        var listed = list.GetProperty("items").EnumerateArray().ToDictionary(t => t.Str("code"));
        foreach (var territory in expected)
        {
            var item = listed[territory.Code];
            item.Str("name").ShouldBe(territory.Name);
            item.Str("kind").ShouldBe(territory.Kind);
            item.Str("bodyCode").ShouldBe(territory.Body);
            item.GetProperty("aliases").Strings().ShouldBe(territory.Aliases, ignoreOrder: true);
            item.GetProperty("villages").ValueKind.ShouldBe(JsonValueKind.Array);
        }
        // 昭君镇 (a town) and 昭君街道 (a street of the banner seat) are different places with different owners.
        listed["150621104"].Str("name").ShouldBe("昭君镇");
        listed["150621104"].Str("kind").ShouldBe("town");
        listed["150621104"].Str("bodyCode").ShouldBe("zhaojun-town");
        listed["150621002"].Str("name").ShouldBe("昭君街道");
        listed["150621002"].Str("kind").ShouldBe("street");
        listed["150621002"].Str("bodyCode").ShouldBe("zhaojun-street");
        listed["150621400"].GetProperty("aliases").Strings().ShouldBe(["达拉特旗经济开发区", "达旗经济开发区"], ignoreOrder: true);
        listed["150621200"].Str("kind").ShouldBe("sumu");
    }

    [Fact]
    public async Task Every_industry_body_has_scope_items_from_the_plan_with_keywords()
    {
        using var client = await host.CreateClientAsAsync("admin");
        var matrix = await client.GetJsonAsync("/api/app/matrix");
        var items = matrix.GetProperty("scopeItems").EnumerateArray().ToList();

        var industryBodies = SeedData.Bodies().Where(b => b.Kind == BodyKinds.Industry).Select(b => b.Code).ToList();
        industryBodies.Count.ShouldBe(22);
        foreach (var code in industryBodies)
            items.Count(i => i.Str("bodyCode") == code).ShouldBeGreaterThan(0, $"{code} has no scope item");
        items.Count.ShouldBe(SeedData.ScopeItems().GetArrayLength());
        items.ShouldAllBe(i => i.GetProperty("keywords").GetArrayLength() > 0);

        static JsonElement Item(List<JsonElement> all, string body, string sector) => all.Single(i => i.Str("bodyCode") == body && i.Str("sector") == sector);
        Item(items, "housing", "建筑施工").GetProperty("keywords").Strings().ShouldContain("工地");
        // The plan's paragraph on the construction sector names its instruments (总承包单位, 工资专用账户).
        Item(items, "housing", "建筑施工").GetProperty("keywords").Strings().ShouldContain("总承包");
        Item(items, "housing", "物业服务").GetProperty("keywords").Strings().ShouldContain("物业");
        Item(items, "housing", "市政供热").GetProperty("keywords").Strings().ShouldContain("供热");
        Item(items, "transport", "网约车").GetProperty("keywords").Strings().ShouldBe(["网约车", "网络预约出租汽车"], ignoreOrder: true);
        foreach (var sector in new[] { "小型超市", "餐饮业", "酒吧" })
            Item(items, "market", sector).Str("sourceText").ShouldContain(sector);
        Item(items, "energy", "煤炭洗选厂").GetProperty("keywords").Strings().ShouldContain("洗煤厂");
    }

    [Fact]
    public async Task Every_scope_item_quotes_its_sentence_of_the_plan_verbatim_and_belongs_to_an_industry_or_zone_body()
    {
        using var client = await host.CreateClientAsAsync("admin");
        var matrix = await client.GetJsonAsync("/api/app/matrix");
        var kinds = matrix.GetProperty("bodies").EnumerateArray().ToDictionary(b => b.Str("code"), b => b.Str("kind"));
        var plan = SeedData.PlanSection2();

        foreach (var item in matrix.GetProperty("scopeItems").EnumerateArray())
        {
            var source = item.Str("sourceText");
            source.ShouldEndWith("。");
            plan.ShouldContain(source, Case.Sensitive, $"{item.Str("sector")}: the source is not the plan's sentence");
            kinds[item.Str("bodyCode")].ShouldBeOneOf(BodyKinds.Industry, BodyKinds.Zone);
        }
    }

    [Fact]
    public async Task The_lists_need_a_signed_in_user_and_the_matrix_needs_the_responsibility_permission()
    {
        using var anonymous = host.CreateClient();
        (await anonymous.GetAsync("/api/app/territories")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/app/workspaces/mine")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await host.CreateUserAsync("no-permission", ["water"], []);
        using var user = await host.CreateClientAsAsync("no-permission");
        (await user.GetAsync("/api/app/matrix")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.GetAsync("/api/app/bodies/water")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await host.CreateUserAsync("matrix-reader", ["water"], [ResponsibilityPermissions.Default]);
        using var reader = await host.CreateClientAsAsync("matrix-reader");
        (await reader.GetAsync("/api/app/bodies/water")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var create = await reader.PostAsJsonAsync("/api/app/bodies", new { code = "reader-body", name = "只读用户建的主体", kind = "industry", basis = "测试" });
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
