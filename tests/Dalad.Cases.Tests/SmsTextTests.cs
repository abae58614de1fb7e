using System.Text.RegularExpressions;
using Shouldly;
using static Dalad.Cases.Tests.CasesHost;
using static Dalad.Cases.Tests.WorkflowHost;

namespace Dalad.Cases.Tests;

/// <summary>
/// What a worker receives (issue 14): whole sentences, no doubled punctuation, the case number and the public status
/// page (<c>Dalad:PublicQueryUrl</c>, set by <see cref="WorkflowHost"/>) with the case's lookup code in every SMS, amounts readable.
/// </summary>
public sealed partial class SmsTextTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private const string Page = "https://wage.dalad.gov.cn/query";

    [GeneratedRegex("[。，、；：]{2}")]
    private static partial Regex DoubledPunctuation();

    [Fact]
    public async Task A_whole_case_sends_exactly_these_three_texts_and_its_timeline_has_no_doubled_punctuation()
    {
        host.Clock.Set("2026-03-02T10:00:00+08:00"); // Monday: acceptance due +5 = 03-09, handling due +15 = 03-23
        var (id, number, phone) = await host.OpenAsync();
        await host.DoAsync(HousingClerk, id, "sign");
        await host.DoAsync(HousingClerk, id, "accept", new { opinion = "属于欠薪，予以受理。" });
        await host.DoAsync(HousingClerk, id, "parts", new { text = "约谈总包单位" });
        await host.DoAsync(BainijingClerk, id, "parts", new { text = "现场核实人数与金额，" });
        await host.DoAsync(HousingClerk, id, "resolve", new { result = "工人已确认收到。", amountRecovered = 120000m });
        await host.DoAsync(Visitor, id, "visit", new { satisfied = true, remarks = "工资已到账" });
        await host.DoAsync(HousingClerk, id, "close", new { remarks = "案结事了。" });
        var code = await host.LookupCodeFromSmsAsync(phone);

        host.Sms.Sent.Where(s => s.Phone == phone).Select(s => s.Text).ShouldBe(
        [
            $"【达拉特旗根治欠薪】您反映的欠薪问题已接收，案件编号{number}。由旗住房和城乡建设局牵头办理，将于2026-03-09前告知受理意见。查询办理进度：{Page}（查询码{code}）",
            $"【达拉特旗根治欠薪】您反映的欠薪问题（案件编号{number}）已受理，由旗住房和城乡建设局牵头办理，预计2026-03-23前办结。查询办理进度：{Page}（查询码{code}）",
            $"【达拉特旗根治欠薪】您反映的欠薪问题（案件编号{number}）已办结。处理结果：工人已确认收到。追回金额120,000.00元。近期将对您回访。查询办理进度：{Page}（查询码{code}）",
        ]);

        var timeline = (await host.DetailAsync(id)).GetProperty("timeline").EnumerateArray().Select(e => e.Str("description")).ToList();
        timeline.Count.ShouldBeGreaterThan(8);
        timeline.ShouldAllBe(text => !DoubledPunctuation().IsMatch(text));
    }

    [Fact]
    public async Task A_refusal_sends_its_opinion_as_one_sentence_with_the_case_number_and_the_status_page()
    {
        host.Clock.Set("2026-03-02T10:00:00+08:00");
        var (id, number, phone) = await host.OpenAsync();
        await host.DoAsync(HousingClerk, id, "sign");
        await host.DoAsync(HousingClerk, id, "reject", new { opinion = "系劳务合同纠纷，请通过仲裁解决，" });
        var code = await host.LookupCodeFromSmsAsync(phone);

        host.Sms.Sent.Where(s => s.Phone == phone).Select(s => s.Text).Last().ShouldBe(
            $"【达拉特旗根治欠薪】您反映的欠薪问题（案件编号{number}）不予受理。不予受理意见：系劳务合同纠纷，请通过仲裁解决。如有异议请拨打12345。查询办理进度：{Page}（查询码{code}）");
    }

    [Fact]
    public async Task A_reopened_case_sends_one_notice_with_its_new_due_date()
    {
        host.Clock.Set("2026-03-02T10:00:00+08:00");
        var (id, number, phone) = await host.OpenAsync();
        await host.DoAsync(HousingClerk, id, "sign");
        await host.DoAsync(HousingClerk, id, "accept");
        await host.DoAsync(HousingClerk, id, "parts", new { text = "约谈总包单位" });
        await host.DoAsync(BainijingClerk, id, "parts", new { text = "现场核实" });
        await host.DoAsync(HousingClerk, id, "resolve", new { result = "已结清", amountRecovered = 5000m });
        await host.DispatchOutboxAsync();
        var before = host.Sms.Sent.Count(s => s.Phone == phone);

        host.Clock.Set("2026-03-04T10:00:00+08:00"); // Wednesday: +15 working days = 2026-03-25
        await host.DoAsync(Visitor, id, "visit", new { satisfied = false, remarks = "工资只发了一半" });
        var code = await host.LookupCodeFromSmsAsync(phone);

        host.Sms.Sent.Where(s => s.Phone == phone).Skip(before).Select(s => s.Text).ShouldBe(
        [
            $"【达拉特旗根治欠薪】您反映的欠薪问题（案件编号{number}）经回访将重新办理，预计2026-03-25前办结。查询办理进度：{Page}（查询码{code}）",
        ]);
    }
}
