using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dalad.Cases.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Issue 15, findings 5 and 7 on the intake desk: decompression bombs, extreme and back-dated reception times, broken search syntax.</summary>
public sealed class HardeningTests(CasesHost host) : IClassFixture<CasesHost>
{
    /// <summary>A minimal but valid .xlsx whose first sheet has <paramref name="rows"/> rows and declares <paramref name="dimension"/>.</summary>
    internal static byte[] Workbook(int rows, string dimension, Action<ZipArchive>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
            {
                sheet.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>""");
                sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>工单编号</t></is></c><c r="B1" t="inlineStr"><is><t>诉求内容</t></is></c><c r="C1" t="inlineStr"><is><t>联系电话</t></is></c></row>""");
                for (var i = 2; i <= rows; i++)
                    sheet.Write($"""<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>B{i}</t></is></c><c r="B{i}" t="inlineStr"><is><t>欠薪</t></is></c><c r="C{i}" t="inlineStr"><is><t>13800138000</t></is></c></row>""");
                sheet.Write("</sheetData></worksheet>");
            }
            extra?.Invoke(zip);
        }
        return buffer.ToArray();
    }

    public static TheoryData<string> Bombs => ["rows", "lying-dimension", "inflated-part"];

    private static byte[] Bomb(string kind) => kind switch
    {
        // 400,000 rows: what took 60 s and 2.8 GB before.
        "rows" => Workbook(400_000, "A1:C400000"),
        // The same rows behind a dimension that claims one: the rows are counted while streaming.
        "lying-dimension" => Workbook(400_000, "A1:C1"),
        // A 200 MB part of blanks that deflates to a few hundred KB.
        _ => Workbook(3, "A1:C3", zip =>
        {
            using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < 200; i++) part.Write(blanks);
        }),
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_decompression_bomb_is_refused_fast_in_chinese_and_nothing_is_stored(string kind)
    {
        var bomb = Bomb(kind);
        bomb.Length.ShouldBeLessThan(10 * 1024 * 1024, "within the upload limit, as in the finding");
        var client = await host.As(CasesHost.Operator);
        var importsBefore = await CountImportsAsync();
        using var file = new ByteArrayContent(bomb);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var content = new MultipartFormDataContent { { file, "file", "12345工单.xlsx" } };

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/app/leads/imports", content);
        clock.Stop();

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var detail = JsonDocument.Parse(body).RootElement.Str("detail");
        // Either refusal (too many rows, or a part that inflates too far) names the limit and says nothing was kept.
        if (kind == "inflated-part") detail.ShouldContain("压缩炸弹");
        else detail.ShouldMatch("(10000 行|压缩炸弹)");
        detail.ShouldContain("未保存任何数据");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), "refused before any parser inflates the sheet");
        (await CountImportsAsync()).ShouldBe(importsBefore);
    }

    [Fact]
    public void The_row_limit_is_exact_and_counts_rows_not_declarations()
    {
        // The header and 10,000 work orders pass; one more is refused, whatever the declared dimension says.
        Should.NotThrow(() => Dalad.Platform.Spreadsheets.XlsxGuard.Check(Workbook(10_001, "A1:C10001"), Application.WorkOrderWorkbook.Limits));
        Should.Throw<Dalad.Platform.Web.BusinessException>(() => Dalad.Platform.Spreadsheets.XlsxGuard.Check(Workbook(10_002, "A1:C2"), Application.WorkOrderWorkbook.Limits))
            .MessageKey.ShouldBe("Xlsx:TooManyRows");
        Should.Throw<Dalad.Platform.Web.BusinessException>(() => Dalad.Platform.Spreadsheets.XlsxGuard.Check(Workbook(3, "A1:C50000"), Application.WorkOrderWorkbook.Limits))
            .MessageKey.ShouldBe("Xlsx:TooManyRows");
    }

    public static TheoryData<string, string> BadReceptionTimes => new()
    {
        { "1900-01-01T08:00:00+08:00", "天前" },
        { "0001-01-01T00:00:00Z", "天前" },
        { "0001-01-01T00:00:00-08:00", "天前" },
        { "9999-12-31T23:59:59Z", "不能晚于" },
        { "9999-12-31T23:59:59+08:00", "不能晚于" },
    };

    [Theory]
    [MemberData(nameof(BadReceptionTimes))]
    public async Task A_reception_time_out_of_bounds_is_refused_and_stores_nothing(string receivedAt, string expected)
    {
        var client = await host.As(CasesHost.Operator);
        var leadsBefore = await CountLeadsAsync();
        var ticket = "RT-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = ticket, text = CasesHost.ConstructionText, phone = CasesHost.NewPhone(), receivedAt,
        });

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldContain(expected);
        (await CountLeadsAsync()).ShouldBe(leadsBefore);
    }

    [Fact]
    public async Task A_reception_time_within_the_window_is_kept()
    {
        var client = await host.As(CasesHost.Operator);
        var receivedAt = DateTimeOffset.UtcNow.AddDays(-20);

        using var response = await client.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "12345", ticketNumber = "RT-" + Guid.NewGuid().ToString("N")[..8], text = CasesHost.ConstructionText, phone = CasesHost.NewPhone(), receivedAt,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("a AND")]
    [InlineData("AND")]
    [InlineData("工资 OR")]
    [InlineData("NOT")]
    public async Task Search_syntax_without_an_operand_is_a_400(string q)
    {
        var client = await host.As(CasesHost.Operator);

        using var response = await client.GetAsync("/api/app/search?q=" + Uri.EscapeDataString(q));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain("AND、OR、NOT");
    }

    private async Task<int> CountImportsAsync()
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CasesDbContext>().Imports.IgnoreQueryFilters().CountAsync();
    }

    private async Task<int> CountLeadsAsync()
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CasesDbContext>().Leads.IgnoreQueryFilters().CountAsync();
    }
}
