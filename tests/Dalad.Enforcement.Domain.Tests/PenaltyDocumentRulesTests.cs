using System.Text;
using Dalad.Enforcement.Domain;
using Shouldly;

namespace Dalad.Enforcement.Domain.Tests;

/// <summary>A penalty case's documents: each to the step it belongs to, once the case reached it; real PDF, Word or image files only.</summary>
public sealed class PenaltyDocumentRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private static PenaltyCase Case(params string[] stepsAfterFiling)
    {
        var penalty = PenaltyCase.File("CF-2026-0001", "DLT-2026-000001", null, "达拉特旗某劳务有限公司", "拖欠工资", "hrss", Today);
        foreach (var step in stepsAfterFiling) penalty.Advance(step, step == PenaltySteps.Decided ? "罚款 2 万元" : null, "hrss", Today);
        return penalty;
    }

    [Fact]
    public void A_document_of_a_reached_step_is_attached_with_its_step_type_size_and_hash()
    {
        var document = PenaltyDocument.Attach(Case(PenaltySteps.Investigated), " inquiry-record ", @"C:\扫描件\调查询问笔录.pdf", Pdf, Now, "hrss");
        document.Kind.ShouldBe(PenaltyDocumentKinds.InquiryRecord);
        document.Step.ShouldBe(PenaltySteps.Investigated);
        document.FileName.ShouldBe("调查询问笔录.pdf");
        document.ContentType.ShouldBe("application/pdf");
        document.Size.ShouldBe(Pdf.Length);
        document.Sha256.Length.ShouldBe(64);
        // The filing approval of an earlier step may still be added later.
        PenaltyDocument.Attach(Case(PenaltySteps.Investigated), "filing-approval", "立案审批表.pdf", Pdf, Now, "hrss").Step.ShouldBe(PenaltySteps.Filed);
    }

    [Fact]
    public void No_decision_document_before_the_decision()
    {
        var penalty = Case(PenaltySteps.Investigated, PenaltySteps.Notified);
        Should.Throw<EnforcementRuleException>(() => PenaltyDocument.Attach(penalty, "decision", "决定书.pdf", Pdf, Now, "hrss"))
            .MessageKey.ShouldBe("PenaltyDocuments:StepNotReached:decided");
        penalty.Advance(PenaltySteps.Decided, "罚款 2 万元", "hrss", Today);
        PenaltyDocument.Attach(penalty, "decision", "决定书.pdf", Pdf, Now, "hrss").Step.ShouldBe(PenaltySteps.Decided);
    }

    [Theory]
    [InlineData("other", "x.pdf", "PenaltyDocuments:UnknownKind")]
    [InlineData(null, "x.pdf", "PenaltyDocuments:UnknownKind")]
    [InlineData("filing-approval", "笔录.exe", "PenaltyDocuments:UnsupportedType")]
    [InlineData("filing-approval", "伪装.png", "PenaltyDocuments:UnsupportedType")]
    [InlineData("filing-approval", "  ", "PenaltyDocuments:NoName")]
    public void Unknown_kinds_unnamed_files_and_files_that_are_not_what_their_name_says_are_refused(string? kind, string fileName, string message) =>
        Should.Throw<EnforcementRuleException>(() => PenaltyDocument.Attach(Case(), kind, fileName, Pdf, Now, "hrss")).MessageKey.ShouldBe(message);

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Should.Throw<EnforcementRuleException>(() => PenaltyDocument.Attach(Case(), "filing-approval", "a.pdf", [], Now, "hrss")).MessageKey.ShouldBe("PenaltyDocuments:Empty");
        var big = new byte[PenaltyDocument.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        Should.Throw<EnforcementRuleException>(() => PenaltyDocument.Attach(Case(), "filing-approval", "a.pdf", big, Now, "hrss")).MessageKey.ShouldBe("PenaltyDocuments:TooLarge");
    }

    [Theory]
    [InlineData("a.JPG", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData("a.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData("a.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 }, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("a.docx", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, null)]
    public void File_types_are_recognised_by_name_and_content(string name, byte[] content, string? type) =>
        DocumentFiles.ContentType(name, content).ShouldBe(type);
}
