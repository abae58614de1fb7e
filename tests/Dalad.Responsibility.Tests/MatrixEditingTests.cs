using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>The joint office edits the matrix at run time; every change is live at once, announced and kept in history.</summary>
public sealed class MatrixEditingTests(MatrixHostFactory host) : IClassFixture<MatrixHostFactory>
{
    private const string Basis = "达政办发〔2026〕7号";

    [Fact]
    public async Task A_body_created_through_the_api_is_listed_and_scoped_at_once_and_its_members_get_the_generic_workspace()
    {
        using var admin = await host.CreateClientAsAsync("admin");

        var created = await admin.PostAsJsonAsync("/api/app/bodies", new { code = "veterans", name = "旗退役军人事务局", kind = "industry", duty = "退役军人服务保障", basis = Basis });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var listed = (await admin.GetJsonAsync("/api/app/bodies?filter=退役军人")).GetProperty("items").EnumerateArray().ToList();
        listed.Count.ShouldBe(1);
        listed[0].Str("code").ShouldBe("veterans");
        listed[0].Str("kind").ShouldBe("industry");
        listed[0].GetProperty("isActive").GetBoolean().ShouldBeTrue();

        await admin.PostOkAsync("/api/app/bodies/veterans/scope-items", new { sector = "退役军人服务站", keywords = new[] { "退役军人服务站", "退役军人" }, basis = Basis });
        var matrix = await admin.GetJsonAsync("/api/app/matrix");
        matrix.GetProperty("bodies").EnumerateArray().ShouldContain(b => b.Str("code") == "veterans");
        var item = matrix.GetProperty("scopeItems").EnumerateArray().Single(i => i.Str("bodyCode") == "veterans");
        item.Str("sector").ShouldBe("退役军人服务站");
        item.GetProperty("keywords").Strings().ShouldBe(["退役军人", "退役军人服务站"], ignoreOrder: true);

        await host.CreateUserAsync("veterans-clerk", ["veterans"], []);
        using var clerk = await host.CreateClientAsAsync("veterans-clerk");
        var workspaces = (await clerk.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().ToList();
        workspaces.Count.ShouldBe(1);
        workspaces[0].Str("bodyCode").ShouldBe("veterans");
        workspaces[0].Str("bodyName").ShouldBe("旗退役军人事务局");
        workspaces[0].Str("kind").ShouldBe("industry");
        workspaces[0].Str("workspace").ShouldBe("generic");
    }

    [Fact]
    public async Task Workspaces_come_from_the_plugins_that_serve_a_body_and_the_joint_office_overview_comes_first()
    {
        await host.CreateUserAsync("housing-and-water", ["housing", "water"], []);
        using var member = await host.CreateClientAsAsync("housing-and-water");
        var mine = (await member.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray()
            .Select(w => (w.Str("bodyCode"), w.Str("workspace"))).ToList();
        mine.ShouldBe([("housing", "housing"), ("water", "generic")]);

        using var admin = await host.CreateClientAsAsync("admin");
        var adminWorkspaces = (await admin.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().ToList();
        adminWorkspaces[0].Str("bodyCode").ShouldBe("joint-office");
        adminWorkspaces[0].Str("workspace").ShouldBe("coordination");
        adminWorkspaces[0].Str("bodyName").ShouldBe("达拉特旗保障农牧民工工资支付工作议事协调机构办公室");
        adminWorkspaces.Count(w => w.Str("bodyCode") == "joint-office").ShouldBe(1);
    }

    [Fact]
    public async Task A_keyword_added_is_visible_at_once_and_announced_to_subscribers()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var property = await PropertyServiceItemAsync(admin);

        var updated = await admin.PostOkAsync($"/api/app/scope-items/{property.Str("id")}/keywords", new { keyword = "物业费", basis = "12345热线派单纠错（2026年3月）" });
        updated.GetProperty("keywords").Strings().ShouldContain("物业费");

        (await PropertyServiceItemAsync(admin)).GetProperty("keywords").Strings().ShouldContain("物业费");
        var found = (await admin.GetJsonAsync("/api/app/scope-items?filter=物业费")).GetProperty("items").EnumerateArray().ToList();
        found.Select(i => i.Str("sector")).ShouldBe(["物业服务"]);
        var version = (await admin.GetJsonAsync("/api/app/matrix")).GetProperty("version").GetInt64();
        host.Events.Versions.ShouldContain(version);

        var again = await admin.PostAsJsonAsync($"/api/app/scope-items/{property.Str("id")}/keywords", new { keyword = "物业费", basis = "重复" });
        (await again.ProblemAsync(409)).ShouldContain("物业费");

        var removed = await admin.DeleteAsync($"/api/app/scope-items/{property.Str("id")}/keywords/{Uri.EscapeDataString("物业费")}?basis={Uri.EscapeDataString("误加")}");
        (await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(removed)).GetProperty("keywords").Strings().ShouldNotContain("物业费");
        (await PropertyServiceItemAsync(admin)).GetProperty("keywords").Strings().ShouldNotContain("物业费");
    }

    [Fact]
    public async Task History_records_who_when_and_on_what_basis_and_the_matrix_reads_back_as_it_stood_before_a_change()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var beforeChange = DateTimeOffset.Now;
        await Task.Delay(50);

        await admin.PutOkAsync("/api/app/bodies/civil-affairs", new { name = "旗民政局（更名测试）", duty = "民政领域", basis = Basis });
        var afterChange = DateTimeOffset.Now;

        var history = await admin.GetJsonAsync("/api/app/matrix/history?entityType=Body&entityKey=civil-affairs");
        var last = history.GetProperty("items")[0];
        last.Str("action").ShouldBe("BodyUpdated");
        last.Str("userName").ShouldBe("admin");
        last.Str("basis").ShouldBe(Basis);
        var time = last.GetProperty("time").GetDateTimeOffset();
        time.ShouldBeGreaterThan(beforeChange);
        time.ShouldBeLessThanOrEqualTo(afterChange);
        time.Offset.ShouldBe(TimeSpan.FromHours(8));
        last.GetProperty("before").Str("name").ShouldBe("旗民政局");
        last.GetProperty("after").Str("name").ShouldBe("旗民政局（更名测试）");

        // Typed the way people type it: the '+' of the offset is not URL-encoded.
        var asOf = beforeChange.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
        var old = await admin.GetJsonAsync("/api/app/matrix?asOf=" + asOf);
        Body(old, "civil-affairs").Str("name").ShouldBe("旗民政局");
        var current = await admin.GetJsonAsync("/api/app/matrix");
        Body(current, "civil-affairs").Str("name").ShouldBe("旗民政局（更名测试）");
        old.GetProperty("version").GetInt64().ShouldBeLessThan(current.GetProperty("version").GetInt64());

        // The plan's matrix is in force from the plan's date: the seed is dated 2025-08-11 and rests on the plan.
        var seeded = (await admin.GetJsonAsync("/api/app/matrix/history?entityType=Body&entityKey=housing")).GetProperty("items").EnumerateArray().Last();
        seeded.Str("action").ShouldBe("BodyCreated");
        seeded.Str("basis").ShouldContain("达拉特旗全面治理拖欠农牧民工工资问题实施方案");
        seeded.GetProperty("time").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2025, 8, 11, 0, 0, 0, TimeSpan.FromHours(8)));
        var newYear = await admin.GetJsonAsync("/api/app/matrix?asOf=2026-01-01T00:00:00+08:00");
        newYear.GetProperty("bodies").GetArrayLength().ShouldBe(SeedData.Bodies().Count);
        newYear.GetProperty("territories").GetArrayLength().ShouldBe(17);
        newYear.GetProperty("scopeItems").GetArrayLength().ShouldBe(SeedData.ScopeItems().GetArrayLength());
        Body(newYear, "civil-affairs").Str("name").ShouldBe("旗民政局");
        var beforePlan = await admin.GetJsonAsync("/api/app/matrix?asOf=2025-01-01");
        beforePlan.GetProperty("version").GetInt64().ShouldBe(0);
        beforePlan.GetProperty("bodies").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_removed_scope_item_is_gone_now_but_still_in_the_matrix_as_of_before_its_removal()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var item = await admin.PostOkAsync("/api/app/bodies/commerce/scope-items", new { sector = "测试业态", sourceText = "临时测试", keywords = new[] { "测试业态" }, basis = Basis });
        var id = item.Str("id");
        await Task.Delay(50);
        var beforeRemoval = DateTimeOffset.UtcNow;
        await Task.Delay(50);

        var removed = await admin.DeleteAsync($"/api/app/scope-items/{id}?basis={Uri.EscapeDataString("撤销测试事项")}");
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/app/scope-items/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync("/api/app/matrix")).GetProperty("scopeItems").EnumerateArray().ShouldNotContain(i => i.Str("id") == id);
        var old = await admin.GetJsonAsync("/api/app/matrix?asOf=" + Uri.EscapeDataString(beforeRemoval.ToString("O", CultureInfo.InvariantCulture)));
        old.GetProperty("scopeItems").EnumerateArray().Single(i => i.Str("id") == id).Str("sector").ShouldBe("测试业态");
        var history = (await admin.GetJsonAsync($"/api/app/matrix/history?entityKey={id}")).GetProperty("items");
        history[0].Str("action").ShouldBe("ScopeItemRemoved");
        history[0].GetProperty("after").ValueKind.ShouldBe(JsonValueKind.Null);
        history[0].Str("basis").ShouldBe("撤销测试事项");
    }

    [Fact]
    public async Task Aliases_and_villages_are_editable_and_listed_to_everyone()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var territory = await admin.PostOkAsync("/api/app/territories/150621104/aliases", new { alias = "测试别名", basis = Basis });
        territory.GetProperty("aliases").Strings().ShouldContain("测试别名");
        await admin.PostOkAsync("/api/app/territories/150621104/villages", new { name = "测试嘎查", kind = "village", basis = Basis });
        await admin.PostOkAsync("/api/app/territories/150621104/villages", new { name = "测试社区", kind = "community", code = "150621104001", basis = Basis });

        await host.CreateUserAsync("intake-clerk", ["data-12345"], []);
        using var clerk = await host.CreateClientAsAsync("intake-clerk");
        var found = (await clerk.GetJsonAsync("/api/app/territories?filter=测试嘎查")).GetProperty("items").EnumerateArray().Single();
        found.Str("code").ShouldBe("150621104");
        found.GetProperty("aliases").Strings().ShouldContain("测试别名");
        var villages = found.GetProperty("villages").EnumerateArray().Select(v => (v.Str("name"), v.Str("kind"))).ToList();
        villages.ShouldContain(("测试嘎查", "village"));
        villages.ShouldContain(("测试社区", "community"));

        var taken = await admin.PostAsJsonAsync("/api/app/territories/150621104/aliases", new { alias = "昭君街道", basis = Basis });
        (await taken.ProblemAsync(409)).ShouldContain("昭君街道");

        var removed = await admin.DeleteAsync($"/api/app/territories/150621104/villages/{Uri.EscapeDataString("测试嘎查")}?basis={Uri.EscapeDataString(Basis)}");
        (await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(removed)).GetProperty("villages").EnumerateArray().ShouldNotContain(v => v.Str("name") == "测试嘎查");
        await admin.DeleteAsync($"/api/app/territories/150621104/aliases/{Uri.EscapeDataString("测试别名")}?basis={Uri.EscapeDataString(Basis)}");
        (await clerk.GetJsonAsync("/api/app/territories/150621104")).GetProperty("aliases").Strings().ShouldNotContain("测试别名");
    }

    [Fact]
    public async Task Renaming_a_scope_item_keeps_its_plan_sentence_and_keywords()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var checkDam = (await admin.GetJsonAsync("/api/app/bodies/water")).GetProperty("scopeItems").EnumerateArray().Single(i => i.Str("sector") == "淤地坝");

        var renamed = await admin.PutOkAsync($"/api/app/scope-items/{checkDam.Str("id")}", new { sector = "淤地坝建设", basis = Basis });

        renamed.Str("sector").ShouldBe("淤地坝建设");
        renamed.Str("sourceText").ShouldBe(checkDam.Str("sourceText"));
        renamed.GetProperty("keywords").Strings().ShouldBe(checkDam.GetProperty("keywords").Strings());
        var change = (await admin.GetJsonAsync($"/api/app/matrix/history?entityKey={checkDam.Str("id")}")).GetProperty("items")[0];
        change.Str("action").ShouldBe("ScopeItemUpdated");
        change.GetProperty("before").Str("sector").ShouldBe("淤地坝");
    }

    [Fact]
    public async Task The_current_matrix_is_the_same_as_the_matrix_read_back_from_history_now()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        await admin.PostOkAsync("/api/app/territories/150621401/aliases", new { alias = "恩格贝示范区", basis = Basis });
        var water = await admin.GetJsonAsync("/api/app/bodies/water");
        var reservoir = water.GetProperty("scopeItems").EnumerateArray().Single(i => i.Str("sector") == "水库");
        await admin.PostOkAsync($"/api/app/scope-items/{reservoir.Str("id")}/keywords", new { keyword = "水库移民", basis = Basis });
        await Task.Delay(50);

        var current = await admin.GetJsonAsync("/api/app/matrix");
        var replayed = await admin.GetJsonAsync("/api/app/matrix?asOf=" + Uri.EscapeDataString(DateTimeOffset.Now.AddSeconds(1).ToString("O", CultureInfo.InvariantCulture)));

        replayed.GetProperty("version").GetInt64().ShouldBe(current.GetProperty("version").GetInt64());
        foreach (var part in new[] { "bodies", "territories", "scopeItems" })
            replayed.GetProperty(part).GetRawText().ShouldBe(current.GetProperty(part).GetRawText(), part);
    }

    private static JsonElement Body(JsonElement matrix, string code) => matrix.GetProperty("bodies").EnumerateArray().Single(b => b.Str("code") == code);

    private static async Task<JsonElement> PropertyServiceItemAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/app/bodies/housing")).GetProperty("scopeItems").EnumerateArray().Single(i => i.Str("sector") == "物业服务");
}
