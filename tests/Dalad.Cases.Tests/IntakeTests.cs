using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Registering leads: idempotent on the channel's ticket, routed at once, repeats linked, bad input refused.</summary>
public sealed class IntakeTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task Posting_the_same_ticket_again_returns_the_first_lead_and_creates_nothing()
    {
        var client = await host.As(CasesHost.Operator);
        var lead = CasesHost.Construction();

        using var first = await client.PostAsJsonAsync("/api/app/leads", lead);
        using var again = await client.PostAsJsonAsync("/api/app/leads", lead);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).Id().ShouldBe(created.Id());
        var ticket = created.Str("ticketNumber");
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/app/leads?filter={ticket}");
        list.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_ticket_posted_at_the_same_moment_is_still_one_lead()
    {
        var client = await host.As(CasesHost.Operator);
        var lead = CasesHost.Construction();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/app/leads", lead)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(5);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).Id()));
        ids.Distinct().Count().ShouldBe(1);
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task A_lead_keeps_the_routing_proposal_it_got_at_registration()
    {
        var lead = await host.RegisterAsync(CasesHost.Reclamation());

        lead.Str("status").ShouldBe("pending");
        lead.Str("intakeBodyCode").ShouldBe("data-12345");
        var routing = lead.GetProperty("routing");
        routing.GetProperty("territory").Str("code").ShouldBe("150621105");
        routing.GetProperty("territory").Str("bodyCode").ShouldBe("engebei-town");
        routing.GetProperty("industry").Str("code").ShouldBe("natres");
        routing.GetProperty("territory").GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
        routing.GetProperty("matrixVersion").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_repeat_from_the_same_phone_about_the_same_employer_joins_the_open_case_instead_of_opening_another()
    {
        var phone = CasesHost.NewPhone();
        var first = await host.RegisterAsync(CasesHost.Construction(phone: phone, employer: "鑫路达建筑劳务有限公司"));
        var opened = await host.ConfirmAsync(first.Id());
        var caseId = opened.Case().Id();

        // Same person, same employer, written a little differently, on another channel.
        var repeat = await host.RegisterAsync(new
        {
            channel = "petition",
            ticketNumber = CasesHost.NewTicket(),
            text = "信访件：和顺家园三期钢筋班组工资仍未结清，再次反映。",
            phone = phone[..3] + "-" + phone[3..7] + "-" + phone[7..],
            employer = " 鑫路达建筑劳务有限公司 ",
        }, CasesHost.PetitionClerk);

        repeat.Str("status").ShouldBe("linked");
        repeat.GetProperty("repeatOfLeadId").GetGuid().ShouldBe(first.Id());
        repeat.GetProperty("caseId").GetGuid().ShouldBe(caseId);
        repeat.Str("caseNumber").ShouldBe(opened.Case().Str("number"));

        var petition = await host.As(CasesHost.PetitionClerk);
        using var confirmRepeat = await petition.PostAsJsonAsync($"/api/app/leads/{repeat.Id()}/confirm", new { });
        confirmRepeat.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await confirmRepeat.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(first.Str("ticketNumber"));

        var housing = await host.As(CasesHost.HousingClerk);
        var detail = await housing.GetFromJsonAsync<JsonElement>($"/api/app/cases/{caseId}");
        detail.Case().GetProperty("leadCount").GetInt32().ShouldBe(2);
        detail.GetProperty("leads").EnumerateArray().Select(l => l.Id()).ShouldBe([first.Id(), repeat.Id()], ignoreOrder: true);
        detail.GetProperty("timeline").EnumerateArray().Select(e => e.Str("type")).ShouldContain("repeat-linked");
    }

    [Fact]
    public async Task A_repeat_that_arrives_before_dispatch_follows_the_first_lead_into_its_case()
    {
        var phone = CasesHost.NewPhone();
        var first = await host.RegisterAsync(CasesHost.Construction(phone: phone, employer: "宏达建筑公司"));
        var repeat = await host.RegisterAsync(CasesHost.Construction(phone: phone, employer: "宏达建筑公司"));
        var otherEmployer = await host.RegisterAsync(CasesHost.Construction(phone: phone, employer: "另一家劳务公司"));

        repeat.Str("status").ShouldBe("linked");
        otherEmployer.Str("status").ShouldBe("pending");

        var opened = await host.ConfirmAsync(first.Id());
        var client = await host.As(CasesHost.Operator);
        var reread = await client.GetFromJsonAsync<JsonElement>($"/api/app/leads/{repeat.Id()}");
        reread.GetProperty("caseId").GetGuid().ShouldBe(opened.Case().Id());
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/leads/{otherEmployer.Id()}")).GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    public static TheoryData<string, object, string> BadLeads => new()
    {
        { "phone", new { channel = "12345", ticketNumber = "BAD-1", text = "欠薪", phone = "1381234567" }, "联系电话不是有效的手机号码或固定电话号码" },
        { "idCardNumber", new { channel = "12345", ticketNumber = "BAD-2", text = "欠薪", phone = "13812345678", idCardNumber = "150621199001011231" }, "校验位不正确" },
        { "idCardNumber", new { channel = "12345", ticketNumber = "BAD-3", text = "欠薪", phone = "13812345678", idCardNumber = "150621199002301239" }, "出生日期无效" },
        { "amountOwed", new { channel = "12345", ticketNumber = "BAD-4", text = "欠薪", phone = "13812345678", amountOwed = -5 }, "欠薪金额" },
        { "channel", new { channel = "wechat", ticketNumber = "BAD-5", text = "欠薪", phone = "13812345678" }, "渠道须为以下之一" },
        { "text", new { channel = "12345", ticketNumber = "BAD-6", text = "", phone = "13812345678" }, "诉求内容" },
    };

    [Theory]
    [MemberData(nameof(BadLeads))]
    public async Task Bad_input_is_refused_in_chinese_and_stores_nothing(string field, object lead, string expected)
    {
        var client = await host.As(CasesHost.Operator);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/app/leads")).GetProperty("totalCount").GetInt64();

        using var response = await client.PostAsJsonAsync("/api/app/leads", lead);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(expected);
        (await client.GetFromJsonAsync<JsonElement>("/api/app/leads")).GetProperty("totalCount").GetInt64().ShouldBe(before);
    }

    [Fact]
    public async Task Bad_input_is_explained_in_english_when_asked()
    {
        var client = await host.As(CasesHost.Operator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/app/leads?culture=en&ui-culture=en")
        {
            Content = JsonContent.Create(new { channel = "12345", ticketNumber = "BAD-EN", text = "wages", phone = "12345", idCardNumber = "150621199001011231" }),
        };

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("phone")[0].GetString().ShouldBe("The phone is not a valid mainland mobile or landline number.");
        errors.GetProperty("idCardNumber")[0].GetString()!.ShouldContain("check character is wrong");
    }

    [Fact]
    public async Task A_desk_registers_only_its_own_channel()
    {
        var petition = await host.As(CasesHost.PetitionClerk);

        using var response = await petition.PostAsJsonAsync("/api/app/leads", CasesHost.Construction());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain("12345热线");
    }

    [Fact]
    public async Task Leads_are_seen_by_their_desk_not_by_other_bodies()
    {
        var lead = await host.RegisterAsync(CasesHost.Construction());

        var transport = await host.As(CasesHost.TransportClerk);
        using var response = await transport.GetAsync($"/api/app/leads/{lead.Id()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var petition = await host.As(CasesHost.PetitionClerk);
        (await petition.GetAsync($"/api/app/leads/{lead.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
