using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Oversight.Tests.OversightHost;
using static Dalad.Testing.DaladHostFactory;

namespace Dalad.Oversight.Tests;

/// <summary>
/// Manual 督办 (issue 18 item 2): the joint office raises one to housing with a deadline; housing sees it and answers;
/// an answer after the deadline is counted late, in working days of the platform's calendar. 约谈 and referrals to
/// 纪委监委 are recorded with their follow-up and outcome. Bad input stores nothing.
/// </summary>
public sealed class SupervisionTests(SupervisionTests.Host host) : IClassFixture<SupervisionTests.Host>
{
    public sealed class Host : OversightHost;

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> RaiseAsync(string dueOn, string text) =>
        await Created(await host.PostAsync(Supervisor, "/api/app/oversight/supervisions",
            new { bodyCode = "housing", subject = "figures", text, dueOn }));

    [Fact]
    public async Task A_late_answer_is_counted_in_working_days_and_an_answer_in_time_is_not()
    {
        host.Clock.Set(3, 2);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var late = await RaiseAsync("2026-03-06", "三月按时签收率偏低，请说明原因。" + marker);
        var inTime = await RaiseAsync("2026-03-06", "请报送整改措施。" + marker);
        late.Str("status").ShouldBe("open");
        late.Str("bodyName").ShouldBe("旗住房和城乡建设局");
        late.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 6, 23, 59, 59, TimeSpan.FromHours(8)));

        var housing = await host.GetAsync(HousingClerk, "/api/app/oversight/supervisions?status=open");
        housing.EnumerateArray().Count(s => s.Str("text").EndsWith(marker, StringComparison.Ordinal)).ShouldBe(2);
        (await host.GetAsync(TransportClerk, "/api/app/oversight/supervisions")).EnumerateArray()
            .ShouldNotContain(s => s.Str("text").EndsWith(marker, StringComparison.Ordinal));

        host.Clock.Set(3, 5);
        var answered = await ReadAsync<JsonElement>(await host.PostAsync(HousingClerk, $"/api/app/oversight/supervisions/{inTime.GetProperty("id")}/answer", new { answer = "已制定整改措施。" }));
        answered.GetProperty("late").GetBoolean().ShouldBeFalse();
        answered.Int("lateWorkingDays").ShouldBe(0);

        (await host.PostAsync(TransportClerk, $"/api/app/oversight/supervisions/{late.GetProperty("id")}/answer", new { answer = "代答" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "another body does not even see it");
        (await (await host.PostAsync(Supervisor, $"/api/app/oversight/supervisions/{late.GetProperty("id")}/answer", new { answer = "代答" }))
            .ProblemAsync(HttpStatusCode.Forbidden)).ShouldNotContain("代答");

        host.Clock.Set(3, 10); // Saturday 03-07, Sunday 03-08, Monday 03-09, Tuesday 03-10
        var overdue = (await host.GetAsync(Supervisor, "/api/app/oversight/supervisions?bodyCode=housing&status=open"))
            .EnumerateArray().Single(s => s.Str("text").EndsWith(marker, StringComparison.Ordinal));
        overdue.GetProperty("late").GetBoolean().ShouldBeTrue();
        overdue.Int("lateWorkingDays").ShouldBe(2);

        var lateAnswer = await ReadAsync<JsonElement>(await host.PostAsync(HousingClerk, $"/api/app/oversight/supervisions/{late.GetProperty("id")}/answer", new { answer = "已召开专题会议，逐案督促签收。" }));
        lateAnswer.Str("status").ShouldBe("answered");
        lateAnswer.GetProperty("late").GetBoolean().ShouldBeTrue();
        lateAnswer.Int("lateWorkingDays").ShouldBe(2);
        lateAnswer.Str("answeredBy").ShouldBe(HousingClerk);

        (await (await host.PostAsync(HousingClerk, $"/api/app/oversight/supervisions/{late.GetProperty("id")}/answer", new { answer = "再答一次" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("已答复");

        host.Clock.Set(4, 30);
        var later = (await host.GetAsync(Supervisor, "/api/app/oversight/supervisions?bodyCode=housing")).EnumerateArray()
            .Where(s => s.Str("text").EndsWith(marker, StringComparison.Ordinal)).ToList();
        later.Count(s => s.GetProperty("late").GetBoolean()).ShouldBe(1);
        later.Single(s => s.GetProperty("late").GetBoolean()).Int("lateWorkingDays").ShouldBe(2, "fixed when answered");
    }

    [Fact]
    public async Task A_deadline_in_working_days_follows_the_calendar()
    {
        host.Clock.Set(3, 6); // Friday
        var s = await Created(await host.PostAsync(Supervisor, "/api/app/oversight/supervisions",
            new { bodyCode = "housing", subject = "case", subjectRef = "DLT-2026-000001", text = "请加快办理。", workingDays = 1 }));
        s.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 9, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Chinese_and_nothing_is_stored()
    {
        host.Clock.Set(3, 2);
        var marker = "坏输入" + Guid.NewGuid().ToString("N")[..6];
        async Task Refused(object body, string contains) =>
            (await (await host.PostAsync(Supervisor, "/api/app/oversight/supervisions", body)).ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain(contains);
        await Refused(new { bodyCode = "housing", subject = "figures", text = marker, dueOn = "2026-03-06", workingDays = 3 }, "二者选一");
        await Refused(new { bodyCode = "housing", subject = "figures", text = marker }, "二者选一");
        await Refused(new { bodyCode = "housing", subject = "other", text = marker, dueOn = "2026-03-06" }, "督办事项类型");
        await Refused(new { bodyCode = "housing", subject = "figures", text = marker, dueOn = "2026-03-01" }, "不能早于今天");
        await Refused(new { bodyCode = "no-such-body", subject = "figures", text = marker, dueOn = "2026-03-06" }, "不存在");
        await Refused(new { bodyCode = "housing", subject = "case", text = marker, dueOn = "2026-03-06" }, "督办事项");
        (await host.PostAsync(HousingClerk, "/api/app/oversight/supervisions", new { bodyCode = "housing", subject = "figures", text = marker, dueOn = "2026-03-06" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.GetAsync(Supervisor, "/api/app/oversight/supervisions")).EnumerateArray().ShouldNotContain(s => s.Str("text") == marker);
    }

    [Fact]
    public async Task An_interview_and_a_referral_are_recorded_with_their_follow_up_and_outcome()
    {
        host.Clock.Set(3, 12);
        var interview = await Created(await host.PostAsync(Supervisor, "/api/app/oversight/interviews", new
        {
            bodyCode = "housing", date = "2026-03-12", people = "分管副局长张某", reason = "三月超期签收案件较多", rectification = "十个工作日内完成逐案整改", rectificationDueOn = "2026-03-26",
        }));
        interview.Str("bodyName").ShouldBe("旗住房和城乡建设局");
        host.Clock.Set(3, 26);
        var followed = await ReadAsync<JsonElement>(await host.PostAsync(Supervisor, $"/api/app/oversight/interviews/{interview.GetProperty("id")}/follow-up", new { followUp = "已整改完毕，复查合格。" }));
        followed.Str("followUp").ShouldBe("已整改完毕，复查合格。");
        (await host.GetAsync(HousingClerk, "/api/app/oversight/interviews")).EnumerateArray().ShouldContain(i => i.Str("people") == "分管副局长张某");
        (await host.GetAsync(TransportClerk, "/api/app/oversight/interviews")).EnumerateArray().ShouldNotContain(i => i.Str("people") == "分管副局长张某");

        var referral = await Created(await host.PostAsync(Supervisor, "/api/app/oversight/referrals", new
        {
            bodyCode = "housing", date = "2026-03-26", reason = "督办逾期未答复且约谈后仍未整改", caseNumbers = "DLT-2026-000001",
        }));
        (await (await host.PostAsync(Supervisor, $"/api/app/oversight/referrals/{referral.GetProperty("id")}/outcome", new { outcome = "通报批评", outcomeOn = "2026-03-20" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不能早于移送日期");
        var outcome = await ReadAsync<JsonElement>(await host.PostAsync(Supervisor, $"/api/app/oversight/referrals/{referral.GetProperty("id")}/outcome", new { outcome = "对分管副局长诫勉谈话", outcomeOn = "2026-03-26" }));
        outcome.Str("outcome").ShouldBe("对分管副局长诫勉谈话");
        (await host.GetAsync(Supervisor, "/api/app/oversight/referrals?bodyCode=housing")).EnumerateArray()
            .ShouldContain(r => r.Str("outcome") == "对分管副局长诫勉谈话");

        (await (await host.PostAsync(Supervisor, "/api/app/oversight/interviews", new { bodyCode = "housing", date = "2026-13-01", people = "某", reason = "某", rectification = "某" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("yyyy-MM-dd");
        (await (await host.PostAsync(Supervisor, "/api/app/oversight/interviews", new { bodyCode = "housing", date = "2026-12-01", people = "某", reason = "某", rectification = "某" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("不能晚于今天");
    }
}
