using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Dalad.Enforcement.Tests.IncidentHost;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// Issue 17 item 7, "a lead about 30 workers opens an incident whose on-site deadline is tracked": the lead's outbox fact
/// opens it once, the case's owners join it, the clock in hours turns it overdue, the job escalates it, the 网信 desk
/// grades it, and it is settled. Item 2: illegal demands handled by the police, and joint enforcement.
/// </summary>
public sealed class IncidentTests(IncidentHost host) : IClassFixture<IncidentHost>
{
    private const string Text = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共30人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约60万元，现聚集在项目部门口。诉求：尽快结清工资。";
    private const string Address = "达拉特旗白泥井镇和顺家园三期工地";

    private static object Lead(int workers, string employer) => new
    {
        channel = "12345", ticketNumber = "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), text = Text, address = Address,
        complainantName = "王师傅", phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8"), employer, project = "和顺家园三期",
        workerCount = workers, amountOwed = 600000m,
    };

    private async Task<JsonElement> RegisterAsync(object lead)
    {
        var response = await (await host.User(Desk)).PostAsJsonAsync("/api/app/leads", lead);
        return await EnforcementHost.ReadAsync<JsonElement>(response);
    }

    private async Task<JsonElement[]> IncidentsAsync(string user) =>
        (await (await host.User(user)).GetFromJsonAsync<JsonElement>("/api/app/incidents")).EnumerateArray().ToArray();

    private async Task<JsonElement> IncidentAsync(Guid id, string user = JointOffice) =>
        await (await host.User(user)).GetFromJsonAsync<JsonElement>($"/api/app/incidents/{id}");

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body) => await (await host.User(user)).PostAsJsonAsync(url, body);

    [Fact]
    public async Task A_lead_about_30_workers_opens_an_incident_whose_on_site_deadline_is_tracked()
    {
        // Saturday 10:00 in Beijing, later than the other tests' days: the job's persisted schedule only moves forward.
        host.Clock.UtcNow = new DateTime(2026, 7, 4, 2, 0, 0, DateTimeKind.Utc);
        var employer = "鑫路达建筑劳务有限公司" + Guid.NewGuid().ToString("N")[..4];
        var lead = await RegisterAsync(Lead(30, employer));
        var small = await RegisterAsync(Lead(5, employer + "乙"));
        await host.DispatchOutboxAsync();
        await host.DispatchOutboxAsync(); // delivered again: still one incident

        var all = await IncidentsAsync(JointOffice);
        all.Count(i => i.TryGetProperty("leadId", out var l) && l.ValueKind == JsonValueKind.String && l.GetGuid() == small.Id()).ShouldBe(0);
        var incident = all.Single(i => i.GetProperty("leadId").ValueKind == JsonValueKind.String && i.GetProperty("leadId").GetGuid() == lead.Id());
        incident.GetProperty("workerCount").GetInt32().ShouldBe(30);
        incident.Str("source").ShouldBe("lead");
        incident.Str("status").ShouldBe("open");
        incident.Str("summary").ShouldContain("30名农牧民工");
        incident.GetProperty("onSiteDueAt").GetDateTime().ToUniversalTime().ShouldBe(host.Clock.UtcNow.AddHours(2)); // hours, through the weekend
        incident.GetProperty("onSiteOverdue").GetBoolean().ShouldBeFalse();
        incident.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldBe(["industry", "township", "union", "employer"]);
        var id = incident.Id();

        // The lead is dispatched: the incident learns its case and the two owners that must be on site.
        var confirm = await PostAsync(Desk, $"/api/app/leads/{lead.Id()}/confirm", new { });
        confirm.StatusCode.ShouldBe(HttpStatusCode.Created, await confirm.Content.ReadAsStringAsync());
        await host.DispatchOutboxAsync();
        incident = await IncidentAsync(id);
        incident.Str("caseNumber").ShouldStartWith("DLT");
        incident.Str("townshipBodyCode").ShouldBe("bainijing-town");
        incident.Str("industryBodyCode").ShouldBe("housing");
        (await IncidentsAsync(JointOffice)).Count(i => i.Id() == id).ShouldBe(1); // the case opened no second incident

        // The case's owner sees it and records its presence; a bad role is a 400 in Chinese and nothing is stored.
        (await IncidentsAsync(HousingOfficer)).ShouldContain(i => i.Id() == id);
        (await IncidentsAsync(Natres)).ShouldNotContain(i => i.Id() == id);
        host.Clock.UtcNow = host.Clock.UtcNow.AddMinutes(40);
        var bad = await PostAsync(HousingOfficer, $"/api/app/incidents/{id}/presences", new { role = "police" });
        (await bad.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("未知的到场单位");
        var noName = await PostAsync(HousingOfficer, $"/api/app/incidents/{id}/presences", new { role = "employer" });
        (await noName.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("企业代表姓名");
        (await IncidentAsync(id)).GetProperty("presences").GetArrayLength().ShouldBe(0);
        (await PostAsync(HousingOfficer, $"/api/app/incidents/{id}/presences", new { role = "industry", name = "张科长" })).EnsureSuccessStatusCode();
        (await PostAsync(JointOffice, $"/api/app/incidents/{id}/presences", new { role = "union" })).EnsureSuccessStatusCode();

        // Two hours and a minute after opening, the township and the employer's representative are not there: overdue.
        host.Clock.UtcNow = host.Clock.UtcNow.AddMinutes(81);
        incident = await IncidentAsync(id);
        incident.GetProperty("onSiteOverdue").GetBoolean().ShouldBeTrue();
        incident.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldBe(["township", "employer"]);
        (await IncidentsAsync(JointOffice)).Single(i => i.Id() == id).GetProperty("onSiteOverdue").GetBoolean().ShouldBeTrue();

        // Unsettled after a day: the job escalates it to the joint office; after two, to the banner government.
        host.Clock.UtcNow = incident.GetProperty("openedAt").GetDateTime().ToUniversalTime().AddHours(24);
        (await host.RunJobsAsync()).ShouldContain("enforcement-incidents");
        (await IncidentAsync(id)).GetProperty("escalations").EnumerateArray().Select(e => e.Str("bodyCode")).ShouldBe(["joint-office"]);
        host.Clock.UtcNow = host.Clock.UtcNow.AddHours(24);
        (await host.RunJobsAsync()).ShouldContain("enforcement-incidents");
        (await IncidentAsync(id)).GetProperty("escalations").EnumerateArray().Select(e => e.Str("bodyCode")).ShouldBe(["joint-office", "gov"]);

        // The 网信 desk grades the opinion and links a post; another body may not.
        var notCyber = await PostAsync(JointOffice, $"/api/app/incidents/{id}/opinion", new { grade = "major" });
        notCyber.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(Cyber, $"/api/app/incidents/{id}/opinion", new { grade = "significant", note = "本地论坛转发较多" })).EnsureSuccessStatusCode();
        var badUrl = await PostAsync(Cyber, $"/api/app/incidents/{id}/posts", new { url = "weibo", summary = "聚集视频", postedAt = host.Clock.UtcNow.AddHours(-1) });
        (await badUrl.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("完整网址");
        (await PostAsync(Cyber, $"/api/app/incidents/{id}/posts", new { url = "https://weibo.com/123/abc", summary = "聚集视频", postedAt = host.Clock.UtcNow.AddHours(-1) })).EnsureSuccessStatusCode();

        // Settled with a note (a note is required).
        var noNote = await PostAsync(JointOffice, $"/api/app/incidents/{id}/settle", new { note = "" });
        await noNote.ProblemAsync(HttpStatusCode.BadRequest);
        (await PostAsync(JointOffice, $"/api/app/incidents/{id}/settle", new { note = "总包垫付工资60万元，人员已疏散" })).EnsureSuccessStatusCode();
        incident = await IncidentAsync(id);
        incident.Str("status").ShouldBe("settled");
        incident.Str("opinionGrade").ShouldBe("significant");
        incident.GetProperty("posts").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_joint_office_reports_an_incident_by_hand_and_a_body_not_listed_may_not()
    {
        host.Clock.UtcNow = new DateTime(2026, 6, 10, 2, 0, 0, DateTimeKind.Utc);
        var before = (await IncidentsAsync(JointOffice)).Length;
        var refused = await PostAsync(Natres, "/api/app/incidents", new { summary = "工人聚集", workerCount = 20 });
        (await refused.ProblemAsync(HttpStatusCode.Forbidden)).ShouldContain("联席办");
        var invalid = await PostAsync(JointOffice, "/api/app/incidents", new { summary = "", workerCount = 0 });
        (await invalid.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("事件概况");
        (await IncidentsAsync(JointOffice)).Length.ShouldBe(before);

        var created = await PostAsync(JointOffice, "/api/app/incidents", new
        {
            summary = "二十余名工人在旗政府门口聚集讨薪", workerCount = 23, location = "旗政府广场", employerName = "达拉特旗恒通建设有限公司",
            industryBodyCode = "housing", townshipBodyCode = "bainijing-town", occurredAt = host.Clock.UtcNow.AddMinutes(-30),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var incident = await EnforcementHost.ReadAsync<JsonElement>(created);
        incident.Str("source").ShouldBe("report");
        incident.Str("reportedByBodyCode").ShouldBe("joint-office");
        incident.GetProperty("onSiteDueAt").GetDateTime().ToUniversalTime().ShouldBe(host.Clock.UtcNow.AddMinutes(90));
        (await IncidentsAsync(HousingOfficer)).ShouldContain(i => i.Id() == incident.Id());
    }

    [Fact]
    public async Task The_police_handle_an_illegal_demand_on_a_case_and_two_bodies_record_a_joint_action()
    {
        host.Clock.UtcNow = new DateTime(2026, 6, 12, 2, 0, 0, DateTimeKind.Utc);
        var caseNumber = "DLT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var unknown = await PostAsync(Natres, "/api/app/illegal-demands", new { kind = "protest", caseNumber, facts = "在办公楼内拉横幅" });
        (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("未知的警情类型");
        var reported = await PostAsync(Natres, "/api/app/illegal-demands", new { kind = "disrupting-offices", caseNumber, facts = "在办公楼内拉横幅，阻碍办公" });
        reported.StatusCode.ShouldBe(HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
        var demand = await EnforcementHost.ReadAsync<JsonElement>(reported);
        demand.Str("status").ShouldBe("received");
        demand.Str("policeBodyCode").ShouldBe("police");

        // Only the receiving police body records the measure.
        (await PostAsync(Natres, $"/api/app/illegal-demands/{demand.Id()}/handle", new { measure = "劝离" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var handled = await EnforcementHost.ReadAsync<JsonElement>(await PostAsync(Officer, $"/api/app/illegal-demands/{demand.Id()}/handle", new { measure = "现场批评教育并劝离" }));
        handled.Str("status").ShouldBe("handled");
        handled.Str("measure").ShouldBe("现场批评教育并劝离");
        var list = await (await host.User(Officer)).GetFromJsonAsync<JsonElement>($"/api/app/illegal-demands?caseNumber={caseNumber}");
        list.GetArrayLength().ShouldBe(1);

        var alone = await PostAsync(Officer, "/api/app/joint-actions", new { bodyCodes = new[] { "police" }, on = "2026-06-12", caseNumber, result = "查封账册" });
        (await alone.ProblemAsync(HttpStatusCode.BadRequest)).ShouldContain("两个不同的单位");
        var notThere = await PostAsync(Natres, "/api/app/joint-actions", new { bodyCodes = new[] { "hrss", "police" }, on = "2026-06-12", caseNumber, result = "查封账册" });
        notThere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var joint = await PostAsync(Officer, "/api/app/joint-actions", new { bodyCodes = new[] { "hrss", "police" }, on = "2026-06-12", caseNumber, result = "联合约谈法人，当场支付12万元" });
        joint.StatusCode.ShouldBe(HttpStatusCode.Created, await joint.Content.ReadAsStringAsync());
        var actions = await (await host.User(Officer)).GetFromJsonAsync<JsonElement>($"/api/app/joint-actions?caseNumber={caseNumber}");
        actions.GetArrayLength().ShouldBe(1);
        actions[0].GetProperty("bodyCodes").EnumerateArray().Select(b => b.GetString()).ShouldBe(["hrss", "police"]);
    }
}
