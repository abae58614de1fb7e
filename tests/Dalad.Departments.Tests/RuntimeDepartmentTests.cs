using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Responsibility;
using Dalad.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>
/// A department configured at run time, no C# and no restart: the joint office gives 旗教育体育局 a department module with
/// a register of schools and training institutions; its clerk has the menu, the permission, the register and the texts at
/// once, and a kind added later appears at once too.
/// </summary>
public sealed class RuntimeDepartmentTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    private const string Definitions = "/api/app/department-definitions";

    private static object Names(string zh, string en) => new Dictionary<string, string> { ["zh-Hans"] = zh, ["en"] = en };

    private static object Kind(string key, string zh, string en, params object[] fields) => new { key, names = Names(zh, en), fields };

    private static object Education(params object[] kinds) => new
    {
        definition = new
        {
            key = "education",
            names = Names("教育体育", "Education and sports"),
            descriptions = Names("学校、幼儿园和校外培训机构的欠薪治理工作台。", "Wage arrears at schools, kindergartens and training institutions."),
            bodyCodes = new[] { "education" },
            ownerBodyCode = "education",
            industryBodyCode = "education",
            kinds,
        },
        basis = "达欠薪办〔2026〕1号",
    };

    private static readonly object School = Kind("school", "学校", "School",
        new { key = "credit-code", names = Names("统一社会信用代码", "Credit code"), type = "credit-code", required = true },
        new { key = "pupils", names = Names("在校学生数", "Pupils"), type = "number" });

    private static readonly object Training = Kind("training-institution", "校外培训机构", "Training institution");

    private static async Task<JsonElement> ConfigAsync(HttpClient client, string culture = "zh-Hans")
    {
        return await client.GetJsonAsync("/api/abp/application-configuration?culture=" + culture);
    }

    private static JsonElement Department(JsonElement config, string key) =>
        config.GetProperty("extraProperties").GetProperty("departments").EnumerateArray().Single(d => d.Str("key") == key);

    [Fact]
    public async Task A_department_created_through_the_api_has_its_menu_permission_register_and_texts_at_once()
    {
        await host.CreateUserAsync("edu-office", ["joint-office"], [ResponsibilityPermissions.Default, ResponsibilityPermissions.Manage]);
        using var office = await host.CreateClientAsAsync("edu-office");

        // Bad input: every fault said in Chinese, nothing stored.
        var bad = await office.PostAsJsonAsync(Definitions, new
        {
            definition = new { key = "Edu cation", names = Names("教育", ""), bodyCodes = new[] { "no-such-body" }, kinds = Array.Empty<object>() },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadAsStringAsync();
        problem.ShouldContain("标识须为小写字母");
        problem.ShouldContain("请填写中文名称和英文名称");
        problem.ShouldContain("责任主体“no-such-body”不存在");
        problem.ShouldContain("请设置 1–30 个登记类型");
        (await office.GetAsync(Definitions + "/education")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.GetAsync(Http.Register("education"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A clerk of a body may not define departments.
        await host.CreateUserAsync("edu-outsider", ["education"], []);
        using (var outsider = await host.CreateClientAsAsync("edu-outsider"))
            (await outsider.PostAsJsonAsync(Definitions, Education(School))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await office.PostAsJsonAsync(Definitions, Education(School, Training));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await office.PostAsJsonAsync(Definitions, Education(School))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Its permission exists at once: the administrators hold it, and the joint office grants it to the clerk role.
        using var admin = await host.CreateClientAsAsync("admin");
        (await ConfigAsync(admin)).GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("Dalad.Departments.education", out _).ShouldBeTrue();
        var grant = await admin.PutAsJsonAsync("/api/permission-management/permissions?providerName=R&providerKey=" + Uri.EscapeDataString("承办人"),
            new { permissions = new[] { new { name = "Dalad.Departments.education", isGranted = true }, new { name = "Dalad.Departments.education.Manage", isGranted = true } } });
        grant.StatusCode.ShouldBe(HttpStatusCode.NoContent, await grant.Content.ReadAsStringAsync());
        var clerkId = await host.CreateUserAsync("edu-clerk", ["education"], []);
        (await admin.PutAsJsonAsync($"/api/identity/users/{clerkId}/roles", new { roleNames = new[] { "承办人" } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var clerk = await host.CreateClientAsAsync("edu-clerk");
        (await clerk.GetJsonAsync("/api/app/workspaces/mine")).EnumerateArray().Select(w => (w.Str("bodyCode"), w.Str("workspace")))
            .ShouldBe([("education", "education")]);
        var config = await ConfigAsync(clerk);
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("Dalad.Departments.education.Manage", out _).ShouldBeTrue();
        var department = Department(config, "education");
        var menu = department.GetProperty("menu").EnumerateArray().Single();
        menu.Str("requiredPolicy").ShouldBe("Dalad.Departments.education");
        var texts = config.GetProperty("localization").GetProperty("values").GetProperty("Dalad");
        texts.Str(menu.Str("nameKey")!).ShouldBe("教育体育");
        texts.Str(department.Str("titleKey")!).ShouldBe("教育体育");
        texts.Str("Register:education:school").ShouldBe("学校");
        Department(await ConfigAsync(clerk, "en"), "education").Str("titleKey").ShouldBe("Departments:education:Title");
        (await ConfigAsync(clerk, "en")).GetProperty("localization").GetProperty("values").GetProperty("Dalad").Str("Register:education:training-institution").ShouldBe("Training institution");
        department.GetProperty("kinds").EnumerateArray().Select(k => k.Str("key")).ShouldBe(["school", "training-institution"]);

        // Its register: a free field of its type is checked, the entry is the education bureau's, routing reads it.
        var badEntry = await clerk.PostAsJsonAsync(Http.Register("education"), new
        {
            kind = "school", name = "达拉特旗第一测试中学", attributes = new Dictionary<string, string> { ["credit-code"] = "123", ["pupils"] = "many" },
        });
        badEntry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badText = await badEntry.Content.ReadAsStringAsync();
        badText.ShouldContain("“统一社会信用代码”不是有效的统一社会信用代码");
        badText.ShouldContain("“在校学生数”须为数字");
        var school = await clerk.PostJsonAsync(Http.Register("education"), new
        {
            kind = "school", name = "达拉特旗第一测试中学", aliases = new[] { "测试一中" },
            attributes = new Dictionary<string, string> { ["credit-code"] = "12150621MB1234567X", ["pupils"] = "1200" },
        });
        school.Str("ownerBodyCode").ShouldBe("education");
        (await clerk.GetJsonAsync(Http.Register("education"))).GetProperty("totalCount").GetInt64().ShouldBe(1);
        using (var scope = host.Services.CreateScope())
        {
            var entries = await scope.ServiceProvider.GetServices<IRegisterSource>().Single(s => s.Source == "registers").GetEntriesAsync();
            entries.Single(e => e.Name == "达拉特旗第一测试中学").Source.ShouldBe("education");
        }
        var proposal = await admin.PostJsonAsync("/api/app/routing/preview", new { text = "我在测试一中食堂干活，三个月工资没发。" });
        proposal.GetProperty("industry").Str("bodyCode").ShouldBe("education");

        // A second kind added later is there at once: in the register, the description and the texts.
        var updated = await office.PutAsJsonAsync(Definitions + "/education",
            Education(School, Training, Kind("canteen", "学校食堂", "School canteen")));
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await clerk.GetJsonAsync(Http.Register("education") + "/kinds")).EnumerateArray().Select(k => k.Str("displayName")).ShouldBe(["学校", "校外培训机构", "学校食堂"]);
        (await clerk.PostAsJsonAsync(Http.Register("education"), new { kind = "canteen", name = "第一测试中学食堂" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        Department(await ConfigAsync(clerk), "education").GetProperty("kinds").GetArrayLength().ShouldBe(3);

        // A kind with entries cannot be dropped; the history keeps who changed what and why.
        (await office.PutAsJsonAsync(Definitions + "/education", Education(Training))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var history = (await office.GetJsonAsync(Definitions + "/education/history")).EnumerateArray().ToList();
        history.Select(h => h.Str("action")).ShouldBe(["created", "updated"]);
        history.ShouldAllBe(h => h.Str("changedBy") == "edu-office" && h.Str("basis") == "达欠薪办〔2026〕1号");
    }

    [Fact]
    public async Task The_plugins_definitions_are_seeded_and_listed_with_their_source()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var list = (await admin.GetJsonAsync(Definitions)).EnumerateArray().ToList();
        var water = list.Single(d => d.GetProperty("definition").Str("key") == "water");
        water.Str("source").ShouldBe("Dalad.Departments.Water");
        water.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        water.GetProperty("definition").Str("permission").ShouldBe("Dalad.Water");
    }
}
