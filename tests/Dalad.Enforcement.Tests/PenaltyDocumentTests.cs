using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Shouldly;
using static Dalad.Enforcement.Tests.EnforcementHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17 item 1, a penalty case "with its number and documents": the inspector attaches each step's document as a
/// file (立案审批表 at filing, 决定书 only once decided), they are listed on the case and downloaded as they were
/// uploaded; bad files are refused in Chinese with nothing stored; bodies without the orders permission see nothing.
/// </summary>
public sealed class PenaltyDocumentTests(EnforcementHost host) : IClassFixture<EnforcementHost>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF");

    private async Task<HttpResponseMessage> UploadAsync(string user, Guid penaltyId, string? kind, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (kind is not null) form.Add(new StringContent(kind), "kind");
        return await (await host.As(user)).PostAsync($"/api/app/penalty-cases/{penaltyId}/documents", form);
    }

    private async Task<List<JsonElement>> DocumentsAsync(Guid penaltyId) =>
        (await host.GetAsync(Inspector, $"/api/app/penalty-cases/{penaltyId}/documents")).EnumerateArray().ToList();

    [Fact]
    public async Task Each_step_s_document_is_attached_once_the_case_reached_it_listed_and_downloaded_as_uploaded()
    {
        host.Clock.SetDay(new DateOnly(2026, 6, 1));
        var penalty = await host.PostAsync(Inspector, "/api/app/penalty-cases", new
        {
            caseNumber = "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), orderId = (Guid?)null,
            employerName = "达拉特旗恒通建设有限公司", facts = "拖欠 32 名农民工工资 186000 元",
        });
        var id = penalty.Id();

        using (var filed = await UploadAsync(Inspector, id, "filing-approval", "立案审批表.pdf", Pdf))
        {
            var document = await DaladHostFactoryRead(filed);
            document.Str("kind").ShouldBe("filing-approval");
            document.Str("step").ShouldBe("filed");
            document.Str("fileName").ShouldBe("立案审批表.pdf");
            document.Str("contentType").ShouldBe("application/pdf");
            document.GetProperty("size").GetInt64().ShouldBe(Pdf.Length);
            document.Str("uploadedBy").ShouldBe(Inspector);
        }

        // The decision's document before the decision, a program, a file that is not what its name says, no kind, no file.
        using (var early = await UploadAsync(Inspector, id, "decision", "行政处罚决定书.pdf", Pdf))
            (await early.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("尚未作出处罚决定");
        using (var program = await UploadAsync(Inspector, id, "filing-approval", "立案审批表.exe", Pdf))
            (await program.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("仅支持 PDF");
        using (var disguised = await UploadAsync(Inspector, id, "filing-approval", "现场照片.jpg", Pdf))
            (await disguised.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("文件内容须与扩展名一致");
        using (var noKind = await UploadAsync(Inspector, id, null, "立案审批表.pdf", Pdf))
            (await noKind.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("未知的文书类型");
        using (var empty = await UploadAsync(Inspector, id, "filing-approval", "空.pdf", []))
            (await empty.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("请选择要上传的文书文件");
        (await DocumentsAsync(id)).Count.ShouldBe(1);

        // Decided: now the 决定书 goes in, under its step.
        foreach (var (step, note) in new[] { ("investigated", "调查询问笔录"), ("notified", "行政处罚告知书"), ("decided", "罚款 2 万元") })
            await host.PostAsync(Inspector, $"/api/app/penalty-cases/{id}/steps", new { step, note });
        using (var decided = await UploadAsync(Inspector, id, "decision", "行政处罚决定书.pdf", Pdf))
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());

        var documents = await DocumentsAsync(id);
        documents.Select(d => d.Str("kind")).ShouldBe(["filing-approval", "decision"]);
        foreach (var d in documents) d.TryGetProperty("content", out var _).ShouldBeFalse();

        using var download = await (await host.As(Inspector)).GetAsync($"/api/app/penalty-cases/{id}/documents/{documents[1].Id()}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        // A document is only reached through its own case.
        using var elsewhere = await (await host.As(Inspector)).GetAsync($"/api/app/penalty-cases/{Guid.NewGuid()}/documents/{documents[1].Id()}");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bodies_without_the_orders_permission_neither_list_nor_attach()
    {
        var penalty = await host.PostAsync(Inspector, "/api/app/penalty-cases", new
        {
            caseNumber = "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), orderId = (Guid?)null,
            employerName = "达拉特旗恒通建设有限公司", facts = "拖欠工资",
        });
        using var list = await (await host.As(Housing)).GetAsync($"/api/app/penalty-cases/{penalty.Id()}/documents");
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var upload = await UploadAsync(Police, penalty.Id(), "filing-approval", "立案审批表.pdf", Pdf);
        upload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await DocumentsAsync(penalty.Id())).ShouldBeEmpty();
    }

    private static Task<JsonElement> DaladHostFactoryRead(HttpResponseMessage response) => Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
}
