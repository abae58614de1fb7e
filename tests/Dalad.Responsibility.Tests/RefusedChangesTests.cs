using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>Bad input and forbidden changes are refused with a clear, localized message, and nothing is stored.</summary>
public sealed class RefusedChangesTests(MatrixHostFactory host) : IClassFixture<MatrixHostFactory>
{
    private const string Basis = "达政办发〔2026〕9号";

    [Fact]
    public async Task A_duplicate_body_code_is_refused_in_chinese_and_english_and_changes_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var versionBefore = await VersionAsync(admin);

        var response = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "housing", name = "另一个住建局", kind = "industry", basis = Basis });
        (await response.ProblemAsync(409)).ShouldBe("编码为“housing”的责任主体已存在，请换一个编码。");

        var english = await admin.PostAsJsonAsync("/api/app/bodies?culture=en&ui-culture=en", new { code = "housing", name = "x", kind = "industry", basis = Basis });
        (await english.ProblemAsync(409)).ShouldBe("A body with code “housing” already exists; choose another code.");

        (await admin.GetJsonAsync("/api/app/bodies/housing")).Str("name").ShouldBe("旗住房和城乡建设局");
        (await VersionAsync(admin)).ShouldBe(versionBefore);
    }

    [Fact]
    public async Task Empty_or_too_long_names_bad_codes_and_unknown_kinds_are_refused_and_nothing_is_stored()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var versionBefore = await VersionAsync(admin);

        var empty = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "new-body", name = "  ", kind = "industry", basis = Basis });
        (await empty.ProblemAsync(400)).ShouldContain("名称");
        var tooLong = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "new-body", name = new string('局', 129), kind = "industry", basis = Basis });
        (await tooLong.ProblemAsync(400)).ShouldContain("128");
        var badCode = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "New_Body", name = "新主体", kind = "industry", basis = Basis });
        (await badCode.ProblemAsync(400)).ShouldContain("小写英文字母");
        var badKind = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "new-body", name = "新主体", kind = "ministry", basis = Basis });
        (await badKind.ProblemAsync(400)).ShouldContain("industry");
        var noBasis = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "new-body", name = "新主体", kind = "industry" });
        (await noBasis.ProblemAsync(400)).ShouldContain("变更依据");
        var emptyRename = await admin.PutAsJsonAsync("/api/app/bodies/water", new { name = "", basis = Basis });
        (await emptyRename.ProblemAsync(400)).ShouldContain("名称");

        (await admin.GetJsonAsync("/api/app/bodies?filter=new-body")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await admin.GetJsonAsync("/api/app/bodies/water")).Str("name").ShouldBe("旗水利局");
        (await VersionAsync(admin)).ShouldBe(versionBefore);
    }

    [Fact]
    public async Task Unknown_territories_and_bodies_are_refused_with_their_code_named()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var versionBefore = await VersionAsync(admin);

        var alias = await admin.PostAsJsonAsync("/api/app/territories/150621999/aliases", new { alias = "不存在的镇", basis = Basis });
        (await alias.ProblemAsync(404)).ShouldBe("未找到编码为“150621999”的属地。");
        var village = await admin.PostAsJsonAsync("/api/app/territories/150621999/villages", new { name = "某嘎查", kind = "village", basis = Basis });
        (await village.ProblemAsync(404)).ShouldContain("150621999");
        var badVillageKind = await admin.PostAsJsonAsync("/api/app/territories/150621104/villages", new { name = "某嘎查", kind = "hamlet", basis = Basis });
        (await badVillageKind.ProblemAsync(400)).ShouldContain("community");

        var unknownOwner = await admin.PostAsJsonAsync("/api/app/territories", new { code = "150621402", name = "新园区", kind = "zone", bodyCode = "no-such-zone", basis = Basis });
        (await unknownOwner.ProblemAsync(400)).ShouldContain("“no-such-zone”不存在");
        var industryOwner = await admin.PostAsJsonAsync("/api/app/territories", new { code = "150621402", name = "新园区", kind = "zone", bodyCode = "energy", basis = Basis });
        (await industryOwner.ProblemAsync(400)).ShouldContain("旗能源局");
        var duplicateTerritory = await admin.PostAsJsonAsync("/api/app/territories", new { code = "150621104", name = "昭君镇二", kind = "town", bodyCode = "zhaojun-town", basis = Basis });
        (await duplicateTerritory.ProblemAsync(409)).ShouldContain("150621104");
        var badTerritoryCode = await admin.PostAsJsonAsync("/api/app/territories", new { code = "1506", name = "新园区", kind = "zone", bodyCode = "dalad-edz", basis = Basis });
        (await badTerritoryCode.ProblemAsync(400)).ShouldContain("9 位数字");

        var scope = await admin.PostAsJsonAsync("/api/app/bodies/no-such-body/scope-items", new { sector = "某行业", basis = Basis });
        (await scope.ProblemAsync(404)).ShouldBe("未找到编码为“no-such-body”的责任主体。");
        var emptySector = await admin.PostAsJsonAsync("/api/app/bodies/housing/scope-items", new { sector = "", basis = Basis });
        (await emptySector.ProblemAsync(400)).ShouldContain("行业/业态");
        var duplicateSector = await admin.PostAsJsonAsync("/api/app/bodies/housing/scope-items", new { sector = "物业服务", basis = Basis });
        (await duplicateSector.ProblemAsync(409)).ShouldContain("物业服务");
        var noBasisDelete = await admin.DeleteAsync($"/api/app/territories/150621400/aliases/{Uri.EscapeDataString("达旗经济开发区")}");
        (await noBasisDelete.ProblemAsync(400)).ShouldContain("变更依据");
        (await (await admin.GetAsync("/api/app/matrix?asOf=yesterday")).ProblemAsync(400)).ShouldContain("yesterday");

        (await admin.GetJsonAsync("/api/app/territories")).GetProperty("totalCount").GetInt32().ShouldBe(17);
        (await admin.GetJsonAsync("/api/app/territories/150621400")).GetProperty("aliases").Strings().ShouldContain("达旗经济开发区");
        (await VersionAsync(admin)).ShouldBe(versionBefore);
    }

    [Fact]
    public async Task A_body_with_open_cases_cannot_be_deactivated_until_they_are_closed()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        host.OpenCases.Counts["transport"] = 3;

        var refused = await admin.PostAsJsonAsync("/api/app/bodies/transport/deactivate", new { basis = "机构改革" });
        (await refused.ProblemAsync(409)).ShouldBe("“旗交通运输局”还有 3 件未办结的案件，不能停用；请先办结或移交这些案件。");
        Transport(await admin.GetJsonAsync("/api/app/bodies?filter=transport")).GetProperty("isActive").GetBoolean().ShouldBeTrue();
        (await admin.GetJsonAsync("/api/app/matrix/history?entityKey=transport")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(c => c.Str("action") == "BodyDeactivated");

        host.OpenCases.Counts["transport"] = 0;
        await admin.PostOkAsync("/api/app/bodies/transport/deactivate", new { basis = "机构改革" });
        Transport(await admin.GetJsonAsync("/api/app/bodies?isActive=false")).GetProperty("isActive").GetBoolean().ShouldBeFalse();
        await host.CreateUserAsync("transport-clerk", ["transport"], []);
        using (var clerk = await host.CreateClientAsAsync("transport-clerk"))
            (await clerk.GetJsonAsync("/api/app/workspaces/mine")).GetArrayLength().ShouldBe(0);

        await admin.PostOkAsync("/api/app/bodies/transport/activate", new { basis = "恢复" });
        Transport(await admin.GetJsonAsync("/api/app/bodies?isActive=true")).GetProperty("isActive").GetBoolean().ShouldBeTrue();

        static JsonElement Transport(JsonElement list) => list.GetProperty("items").EnumerateArray().Single(b => b.Str("code") == "transport");
    }

    [Fact]
    public async Task A_town_that_still_owns_its_territory_cannot_be_deactivated()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var refused = await admin.PostAsJsonAsync("/api/app/bodies/zhaojun-town/deactivate", new { basis = "撤并" });
        (await refused.ProblemAsync(409)).ShouldContain("昭君镇");
        (await admin.GetJsonAsync("/api/app/bodies/zhaojun-town")).GetProperty("isActive").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_body_that_holds_a_duty_cannot_be_deactivated_nor_can_a_deactivated_body_take_one()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        // The online-opinion centre runs the online channel's intake desk: complaints would land on a dead desk.
        var refused = await admin.PostAsJsonAsync("/api/app/bodies/cyber/deactivate", new { basis = "机构改革" });
        (await refused.ProblemAsync(409)).ShouldContain("职能岗位");
        (await admin.GetJsonAsync("/api/app/bodies/cyber")).GetProperty("isActive").GetBoolean().ShouldBeTrue();

        await admin.PostOkAsync("/api/app/bodies", new { code = "old-desk", name = "旧受理窗口（测试）", kind = "intake", basis = "测试" });
        await admin.PostOkAsync("/api/app/bodies/old-desk/deactivate", new { basis = "撤销" });
        var version = await VersionAsync(admin);
        var inactive = await admin.PutAsJsonAsync("/api/app/duties/intake-desk:online", new { bodyCode = "old-desk", basis = "测试" });
        (await inactive.ProblemAsync(400)).ShouldContain("已停用");
        (await VersionAsync(admin)).ShouldBe(version);
        (await admin.GetJsonAsync("/api/app/duties")).EnumerateArray().Single(d => d.Str("role") == "intake-desk:online").Str("bodyCode").ShouldBe("cyber");
    }

    private static async Task<long> VersionAsync(HttpClient client) => (await client.GetJsonAsync("/api/app/matrix")).GetProperty("version").GetInt64();
}
