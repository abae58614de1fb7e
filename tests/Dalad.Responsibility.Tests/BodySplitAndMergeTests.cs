using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Responsibility.Domain;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>
/// Issue 11, item 5: bodies are fully configurable at run time. A body's kind changes with a basis and history, and
/// industry classes move between bodies, which splits a department or merges two.
/// </summary>
public sealed class BodySplitAndMergeTests(MatrixHostFactory host) : IClassFixture<MatrixHostFactory>
{
    private const string Basis = "达政办发〔2026〕12号 校外培训监管职责调整";
    private const string Tutoring = "校外培训机构";

    [Fact]
    public async Task Classes_split_off_to_a_new_body_and_merge_back_with_every_step_in_history()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/app/bodies", new { code = "tutoring-office", name = "旗校外培训监管中心", kind = "industry", basis = Basis }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var tutoring = await ItemAsync(admin, "education", Tutoring);
        tutoring.GetProperty("industryCodes").Strings().ShouldBe(["P8392", "P8393", "P8394", "P8399"]);

        var split = await admin.PostOkAsync($"/api/app/scope-items/{tutoring.Str("id")}/move",
            new { bodyCode = "tutoring-office", industryCodes = new[] { "P8393", "p8394" }, basis = Basis });

        split.Str("kind").ShouldBe("Split");
        (await ItemAsync(admin, "education", Tutoring)).GetProperty("industryCodes").Strings().ShouldBe(["P8392", "P8399"]);
        var moved = await ItemAsync(admin, "tutoring-office", Tutoring);
        moved.GetProperty("industryCodes").Strings().ShouldBe(["P8393", "P8394"]);
        // The sector's words stay with the body that still owns part of it.
        (await ItemAsync(admin, "education", Tutoring)).GetProperty("keywords").GetArrayLength().ShouldBeGreaterThan(0);
        var history = (await admin.GetJsonAsync("/api/app/matrix/history?bodyCode=tutoring-office")).GetProperty("items").EnumerateArray().ToList();
        history.ShouldContain(h => h.Str("action") == "ScopeItemMoved" && h.Str("basis") == Basis && h.Str("entityKey") == moved.Str("id"));

        var merged = await admin.PostOkAsync($"/api/app/scope-items/{moved.Str("id")}/move", new { bodyCode = "education", basis = "撤销旗校外培训监管中心" });

        merged.Str("kind").ShouldBe("Merged");
        (await ItemAsync(admin, "education", Tutoring)).GetProperty("industryCodes").Strings().ShouldBe(["P8392", "P8393", "P8394", "P8399"]);
        (await admin.GetJsonAsync("/api/app/scope-items?bodyCode=tutoring-office")).GetProperty("items").GetArrayLength().ShouldBe(0);
        // Emptied, the body can now be deactivated: the merge is complete.
        (await admin.PostAsJsonAsync("/api/app/bodies/tutoring-office/deactivate", new { basis = "撤销旗校外培训监管中心" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_whole_item_moves_with_its_keywords_to_a_body_without_that_sector()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/app/bodies", new { code = "preschool-office", name = "旗学前教育管理中心", kind = "industry", basis = Basis }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var kindergartens = await ItemAsync(admin, "education", "幼儿园");

        var moved = await admin.PostOkAsync($"/api/app/scope-items/{kindergartens.Str("id")}/move", new { bodyCode = "preschool-office", basis = Basis });

        moved.Str("kind").ShouldBe("Moved");
        var now = await ItemAsync(admin, "preschool-office", "幼儿园");
        now.Str("id").ShouldBe(kindergartens.Str("id"));
        now.GetProperty("keywords").Strings().ShouldBe(kindergartens.GetProperty("keywords").Strings());
        (await admin.GetJsonAsync("/api/app/scope-items?bodyCode=education")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(i => i.Str("sector") == "幼儿园");
    }

    [Fact]
    public async Task A_refused_move_says_why_in_chinese_and_changes_nothing()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var tutoring = await ItemAsync(admin, "education", Tutoring);
        var url = $"/api/app/scope-items/{tutoring.Str("id")}/move";
        var historyBefore = (await admin.GetJsonAsync("/api/app/matrix/history?bodyCode=education&maxResultCount=1000")).GetProperty("totalCount").GetInt64();

        (await (await admin.PostAsJsonAsync(url, new { bodyCode = "hrss", industryCodes = new[] { "C3074" }, basis = Basis })).ProblemAsync(400)).ShouldContain("C3074");
        (await (await admin.PostAsJsonAsync(url, new { bodyCode = "education", basis = Basis })).ProblemAsync(400)).ShouldContain("无需移交");
        (await (await admin.PostAsJsonAsync(url, new { bodyCode = "no-such-body", basis = Basis })).ProblemAsync(400)).ShouldContain("no-such-body");
        (await (await admin.PostAsJsonAsync(url, new { bodyCode = "hrss", industryCodes = Array.Empty<string>(), basis = Basis })).ProblemAsync(400)).ShouldContain("至少选择");
        (await admin.PostAsJsonAsync(url, new { bodyCode = "hrss", basis = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await ItemAsync(admin, "education", Tutoring)).GetProperty("industryCodes").Strings().ShouldBe(tutoring.GetProperty("industryCodes").Strings());
        (await admin.GetJsonAsync("/api/app/matrix/history?bodyCode=education&maxResultCount=1000")).GetProperty("totalCount").GetInt64().ShouldBe(historyBefore);
    }

    [Fact]
    public async Task A_body_changes_kind_with_a_basis_but_not_while_it_still_owns_territory()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/app/bodies", new { code = "new-area-committee", name = "旗新区管理委员会", kind = "industry", basis = Basis }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var changed = await admin.PutOkAsync("/api/app/bodies/new-area-committee", new { name = "旗新区管理委员会", kind = "zone", basis = "旗委编委〔2026〕3号" });

        changed.Str("kind").ShouldBe("zone");
        var entry = (await admin.GetJsonAsync("/api/app/matrix/history?entityType=Body&entityKey=new-area-committee")).GetProperty("items")[0];
        entry.Str("action").ShouldBe("BodyUpdated");
        entry.Str("basis").ShouldBe("旗委编委〔2026〕3号");
        entry.GetProperty("before").Str("kind").ShouldBe("industry");
        entry.GetProperty("after").Str("kind").ShouldBe("zone");

        var town = await admin.GetJsonAsync("/api/app/bodies/zhaojun-street");
        var refused = await admin.PutAsJsonAsync("/api/app/bodies/zhaojun-street", new { name = town.Str("name"), kind = "industry", basis = Basis });
        (await refused.ProblemAsync(409)).ShouldContain("昭君街道");
        (await admin.GetJsonAsync("/api/app/bodies/zhaojun-street")).Str("kind").ShouldBe("territorial");

        var unknown = await admin.PutAsJsonAsync("/api/app/bodies/new-area-committee", new { name = "旗新区管理委员会", kind = "ministry", basis = Basis });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string bodyCode, string sector) =>
        (await client.GetJsonAsync($"/api/app/scope-items?bodyCode={bodyCode}")).GetProperty("items").EnumerateArray().Single(i => i.Str("sector") == sector);
}

/// <summary>The move rule on its own (<see cref="ScopeItemMove"/>), without a host.</summary>
public sealed class ScopeItemMoveRuleTests
{
    private static ScopeItem Item(string body, string sector, params string[] codes)
    {
        var item = new ScopeItem { BodyCode = body, Sector = sector, SourceText = "依据" };
        item.SetIndustryCodes(codes);
        item.Keywords.Add(new ScopeKeyword { ScopeItemId = item.Id, Keyword = sector });
        return item;
    }

    [Fact]
    public void Moving_all_classes_to_a_body_without_the_sector_moves_the_item()
    {
        var item = Item("education", "幼儿园", "P83", "P8310");
        var result = ScopeItemMove.Apply(item, "preschool", codes: null, targetSameSector: null);
        result.Kind.ShouldBe(ScopeItemMoveKind.Moved);
        result.Target.ShouldBeSameAs(item);
        item.BodyCode.ShouldBe("preschool");
    }

    [Fact]
    public void Moving_all_classes_to_a_body_with_the_sector_merges_codes_and_keywords_once()
    {
        var source = Item("a", "校外培训机构", "P8392", "P8393");
        source.Keywords.Add(new ScopeKeyword { ScopeItemId = source.Id, Keyword = "培训班" });
        var target = Item("b", "校外培训机构", "P8399");
        var result = ScopeItemMove.Apply(source, "b", ["P8392", "P8393"], target);
        result.Kind.ShouldBe(ScopeItemMoveKind.Merged);
        result.Source.ShouldBeNull();
        target.IndustryCodeList.ShouldBe(["P8392", "P8393", "P8399"]);
        target.Keywords.Select(k => k.Keyword).ShouldBe(["校外培训机构", "培训班"]);
    }

    [Fact]
    public void Moving_some_classes_splits_them_into_a_new_item_and_keeps_the_keywords_home()
    {
        var source = Item("a", "校外培训机构", "P8392", "P8393", "P8399");
        var result = ScopeItemMove.Apply(source, "b", ["p8393 "], targetSameSector: null);
        result.Kind.ShouldBe(ScopeItemMoveKind.Split);
        result.TargetIsNew.ShouldBeTrue();
        source.IndustryCodeList.ShouldBe(["P8392", "P8399"]);
        result.Target.BodyCode.ShouldBe("b");
        result.Target.Sector.ShouldBe("校外培训机构");
        result.Target.IndustryCodeList.ShouldBe(["P8393"]);
        result.Target.Keywords.ShouldBeEmpty();
        source.Keywords.Count.ShouldBe(1);
    }

    [Fact]
    public void Moving_some_classes_to_an_existing_item_adds_them_there()
    {
        var source = Item("a", "煤矿", "B06", "B0610");
        var target = Item("b", "煤矿", "B0620");
        var result = ScopeItemMove.Apply(source, "b", ["B0610"], target);
        result.Kind.ShouldBe(ScopeItemMoveKind.SplitIntoExisting);
        source.IndustryCodeList.ShouldBe(["B06"]);
        target.IndustryCodeList.ShouldBe(["B0610", "B0620"]);
    }

    [Theory]
    [InlineData("a", new[] { "P8392" }, "Responsibility:MoveToSameBody")]
    [InlineData("b", new string[0], "Responsibility:MoveNoCodes")]
    [InlineData("b", new[] { "C3074" }, "Responsibility:MoveCodesNotInItem")]
    public void A_senseless_move_is_refused_and_changes_nothing(string target, string[] codes, string key)
    {
        var source = Item("a", "校外培训机构", "P8392", "P8393");
        Should.Throw<ScopeItemMoveException>(() => ScopeItemMove.Apply(source, target, codes, null)).Key.ShouldBe(key);
        source.BodyCode.ShouldBe("a");
        source.IndustryCodeList.ShouldBe(["P8392", "P8393"]);
    }
}
