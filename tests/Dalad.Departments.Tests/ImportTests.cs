using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dalad.Testing;
using MiniExcelLibs;
using Shouldly;

namespace Dalad.Departments.Tests;

public sealed class ImportTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    private static MultipartFormDataContent Sheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return File(stream.ToArray(), "register.xlsx");
    }

    private static MultipartFormDataContent File(byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private static Dictionary<string, object?> Row(string? kind, string? name, string? aliases = null, string? territory = null, string? licence = null) =>
        new() { ["类型"] = kind, ["名称"] = name, ["别名"] = aliases, ["所在属地"] = territory, ["经营许可证号"] = licence };

    [Fact]
    public async Task An_import_reports_every_row_and_importing_again_creates_nothing_twice()
    {
        await host.CreateUserAsync("transport-importer", ["transport"], ["Dalad.Transport", "Dalad.Transport.Manage"]);
        using var transport = await host.CreateClientAsAsync("transport-importer");
        Dictionary<string, object?>[] rows =
        [
            Row("出租汽车经营者", "测试出租汽车公司", "测试出租；测试的士", "150621100", "JY-1"),
            Row("ride-hailing-operator", "测试网约车平台", territory: "工业街道"),
            Row("煤矿", "不是交通的企业"),
            Row("公交客运经营者", ""),
            Row("道路货运经营者", "测试货运公司", territory: "不存在的镇"),
            Row("出租汽车经营者", "测试出租汽车公司", licence: "JY-2"), // the same operator again in the same sheet
        ];

        var report = await DaladHostFactory.ReadAsync<JsonElement>(await transport.PostAsync(Http.Register("transport") + "/import", Sheet(rows)));

        report.GetProperty("imported").GetInt32().ShouldBe(2);
        report.GetProperty("updated").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(3);
        var byRow = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32());
        byRow.Keys.ShouldBe([2, 3, 4, 5, 6, 7]);
        byRow[2].Str("outcome").ShouldBe("imported");
        byRow[4].Str("outcome").ShouldBe("rejected");
        byRow[4].Str("reason")!.ShouldContain("类型不在本登记簿的类型之列");
        byRow[5].Str("reason")!.ShouldContain("名称");
        byRow[6].Str("reason")!.ShouldContain("不存在的镇");
        byRow[7].Str("outcome").ShouldBe("updated");

        var list = await transport.GetJsonAsync(Http.Register("transport"));
        list.GetProperty("totalCount").GetInt64().ShouldBe(2);
        var taxi = list.GetProperty("items").EnumerateArray().Single(e => e.Str("kind") == "taxi-operator");
        // The later row of the same operator wins whole: its licence, and no aliases or territory.
        taxi.GetProperty("attributes").GetProperty("经营许可证号").GetString().ShouldBe("JY-2");
        taxi.GetProperty("aliases").GetArrayLength().ShouldBe(0);
        taxi.GetProperty("territoryCode").ValueKind.ShouldBe(JsonValueKind.Null);
        list.GetProperty("items").EnumerateArray().Single(e => e.Str("kind") == "ride-hailing-operator").Str("territoryCode").ShouldBe("150621001");

        var again = await DaladHostFactory.ReadAsync<JsonElement>(await transport.PostAsync(Http.Register("transport") + "/import", Sheet(rows.Take(2))));
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("updated").GetInt32().ShouldBe(2);
        (await transport.GetJsonAsync(Http.Register("transport"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task English_headers_and_the_downloaded_template_are_understood()
    {
        await host.CreateUserAsync("water-importer", ["water"], ["Dalad.Water", "Dalad.Water.Manage"]);
        using var water = await host.CreateClientAsAsync("water-importer");
        var template = await water.GetByteArrayAsync(Http.Register("water") + "/import-template");
        using (var stream = new MemoryStream(template))
            stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First().Values.ShouldBe(["类型", "名称", "别名", "所在属地"]);

        var rows = new[] { new Dictionary<string, object?> { ["Kind"] = "Check dam", ["Name"] = "Test check dam", ["Territory"] = 150621105 } };
        var report = await DaladHostFactory.ReadAsync<JsonElement>(await water.PostAsync(Http.Register("water") + "/import", Sheet(rows)));
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        var entry = (await water.GetJsonAsync(Http.Register("water"))).GetProperty("items")[0];
        entry.Str("kind").ShouldBe("check-dam");
        entry.Str("territoryCode").ShouldBe("150621105");
    }

    [Fact]
    public async Task A_file_that_is_not_a_register_sheet_is_refused_and_nothing_is_stored()
    {
        await host.CreateUserAsync("housing-importer", ["housing"], ["Dalad.Housing", "Dalad.Housing.Manage"]);
        using var housing = await host.CreateClientAsAsync("housing-importer");

        var notExcel = await housing.PostAsync(Http.Register("housing") + "/import", File("kind,name\nproject,某项目"u8.ToArray(), "register.csv"));
        notExcel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notExcel.Content.ReadAsStringAsync()).ShouldContain("请上传 Excel 工作簿");

        var noNameColumn = await housing.PostAsync(Http.Register("housing") + "/import",
            Sheet([new Dictionary<string, object?> { ["类型"] = "project", ["地址"] = "某地" }]));
        noNameColumn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noNameColumn.Content.ReadAsStringAsync()).ShouldContain("“类型”和“名称”");

        (await housing.GetJsonAsync(Http.Register("housing"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }
}
