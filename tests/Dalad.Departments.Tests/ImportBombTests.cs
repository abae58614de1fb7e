using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>Issue 15, finding 5, on register imports: a bomb is refused before parsing, in Chinese, with nothing stored.</summary>
public sealed class ImportBombTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    private static byte[] Bomb(int rows, long blankBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            sheet.Append("""<row r="1"><c r="A1" t="inlineStr"><is><t>类型</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>""");
            for (var i = 2; i <= rows; i++)
                sheet.Append($"""<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>出租汽车经营者</t></is></c><c r="B{i}" t="inlineStr"><is><t>炸弹公司{i}</t></is></c></row>""");
            Part("xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
            if (blankBytes > 0)
            {
                using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
                var blanks = new byte[1024 * 1024];
                Array.Fill(blanks, (byte)' ');
                for (long written = 0; written < blankBytes; written += blanks.Length) part.Write(blanks);
            }
        }
        return buffer.ToArray();
    }

    [Theory]
    [InlineData(6_000, 0, "5000 行")]
    [InlineData(3, 100L * 1024 * 1024, "压缩炸弹")]
    public async Task Is_refused_and_stores_nothing(int rows, long blankBytes, string expected)
    {
        await host.CreateUserAsync("bomb-importer-" + rows, ["transport"], ["Dalad.Transport", "Dalad.Transport.Manage"]);
        using var transport = await host.CreateClientAsAsync("bomb-importer-" + rows);
        var before = JsonDocument.Parse(await transport.GetStringAsync(Http.Register("transport"))).RootElement.GetProperty("totalCount").GetInt64();
        var bytes = Bomb(rows, blankBytes);
        bytes.Length.ShouldBeLessThan(5 * 1024 * 1024);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var response = await transport.PostAsync(Http.Register("transport") + "/import", new MultipartFormDataContent { { file, "file", "register.xlsx" } });

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.ShouldContain(expected);
        JsonDocument.Parse(await transport.GetStringAsync(Http.Register("transport"))).RootElement.GetProperty("totalCount").GetInt64().ShouldBe(before);
    }
}
