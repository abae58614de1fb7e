using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>双交办: confirmation opens one case with a territorial and an industry owner, seen by both and nobody else.</summary>
public sealed class DispatchTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task Confirming_opens_one_case_with_two_owners_in_both_inboxes_and_not_found_for_a_third_body()
    {
        var lead = await host.RegisterAsync(CasesHost.Construction());

        var detail = await host.ConfirmAsync(lead.Id());

        var opened = detail.Case();
        opened.Str("number").ShouldMatch(@"^DLT-\d{4}-\d{6}$");
        opened.Str("status").ShouldBe("received");
        opened.Str("territoryCode").ShouldBe("150621102");
        opened.GetProperty("assignments").GetArrayLength().ShouldBe(2);
        opened.Assignee("territorial").ShouldBe("bainijing-town");
        opened.Assignee("industry").ShouldBe("housing");
        detail.GetProperty("timeline")[0].Str("description").ShouldContain("白泥井镇人民政府");

        var number = opened.Str("number");
        (await host.InboxNumbersAsync(CasesHost.BainijingClerk)).ShouldContain(number);
        (await host.InboxNumbersAsync(CasesHost.HousingClerk)).ShouldContain(number);
        (await host.InboxNumbersAsync(CasesHost.JointOfficeClerk)).ShouldContain(number);
        (await host.InboxNumbersAsync(CasesHost.TransportClerk)).ShouldNotContain(number);
        (await host.InboxNumbersAsync(CasesHost.EngebeiClerk)).ShouldNotContain(number);

        var transport = await host.As(CasesHost.TransportClerk);
        using var hidden = await transport.GetAsync($"/api/app/cases/{opened.Id()}");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var housing = await host.As(CasesHost.HousingClerk);
        (await housing.GetAsync($"/api/app/cases/{opened.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The lead now points at its case, for the desk that registered it.
        var operatorClient = await host.As(CasesHost.Operator);
        var reread = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/app/leads/{lead.Id()}");
        reread.Str("status").ShouldBe("dispatched");
        reread.Str("caseNumber").ShouldBe(number);
    }

    [Fact]
    public async Task A_lead_is_dispatched_once()
    {
        var lead = await host.RegisterAsync(CasesHost.Construction());
        var first = await host.ConfirmAsync(lead.Id());

        var dispatcher = await host.As(CasesHost.Dispatcher);
        using var again = await dispatcher.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(first.Case().Str("number"));
    }

    [Fact]
    public async Task Confirming_the_same_lead_at_the_same_moment_opens_one_case()
    {
        var lead = await host.RegisterAsync(CasesHost.Construction());
        var dispatcher = await host.As(CasesHost.Dispatcher);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => dispatcher.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, string.Join(", ", responses.Select(r => r.StatusCode)));
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(3);
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task Case_numbers_are_unique_and_sequential_when_cases_open_at_the_same_time()
    {
        var leads = new List<Guid>();
        for (var i = 0; i < 8; i++) leads.Add((await host.RegisterAsync(CasesHost.Reclamation())).Id());
        var dispatcher = await host.As(CasesHost.Dispatcher);

        var responses = await Task.WhenAll(leads.Select(id => dispatcher.PostAsJsonAsync($"/api/app/leads/{id}/confirm", new { })));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).Case().Str("number"));
            response.Dispose();
        }
        numbers.Distinct().Count().ShouldBe(8);
        var sequences = numbers.Select(n => int.Parse(Regex.Match(n, @"\d{6}$").Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        (sequences[^1] - sequences[0]).ShouldBe(7, "no gaps: " + string.Join(", ", numbers));
    }

    [Fact]
    public async Task A_correction_is_recorded_with_what_was_proposed_what_was_chosen_who_and_why()
    {
        var lead = await host.RegisterAsync(CasesHost.Reclamation());

        var detail = await host.ConfirmAsync(lead.Id(), new { industryBodyCode = "water", reason = "复垦项目属于水土保持治理工程，由水利局主管" });

        var opened = detail.Case();
        opened.Assignee("industry").ShouldBe("water");
        opened.Assignee("territorial").ShouldBe("engebei-town");
        (await host.InboxNumbersAsync(CasesHost.WaterClerk)).ShouldContain(opened.Str("number"));
        (await host.InboxNumbersAsync(CasesHost.NatresClerk)).ShouldNotContain(opened.Str("number"));

        var jointOffice = await host.As(CasesHost.JointOfficeClerk);
        var corrections = await jointOffice.GetFromJsonAsync<JsonElement>("/api/app/routing/corrections?maxResultCount=100");
        var correction = corrections.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("leadId").GetGuid() == lead.Id());
        correction.Str("role").ShouldBe("industry");
        correction.Str("proposedCode").ShouldBe("natres");
        correction.Str("chosenCode").ShouldBe("water");
        correction.Str("reason").ShouldBe("复垦项目属于水土保持治理工程，由水利局主管");
        correction.Str("correctedBy").ShouldBe(CasesHost.Dispatcher);
        correction.Str("caseNumber").ShouldBe(opened.Str("number"));
        correction.Str("leadText").ShouldBe(CasesHost.ReclamationText);
        correction.GetProperty("matrixVersion").GetInt64().ShouldBe(lead.GetProperty("routing").GetProperty("matrixVersion").GetInt64());
        detail.GetProperty("timeline").EnumerateArray().Select(e => e.Str("type")).ShouldContain("corrected");

        // A body that owns none of the corrected cases does not see the corrections.
        var transport = await host.As(CasesHost.TransportClerk);
        var theirs = await transport.GetFromJsonAsync<JsonElement>("/api/app/routing/corrections");
        theirs.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("leadId").GetGuid()).ShouldNotContain(lead.Id());
    }

    [Fact]
    public async Task A_territory_correction_assigns_the_territorys_body()
    {
        var lead = await host.RegisterAsync(CasesHost.Construction());

        var detail = await host.ConfirmAsync(lead.Id(), new { territoryCode = "150621100", reason = "工地实际位于树林召镇" });

        detail.Case().Assignee("territorial").ShouldBe("shulinzhao-town");
        detail.Case().Str("territoryCode").ShouldBe("150621100");
        var correction = detail.GetProperty("corrections").EnumerateArray().Single();
        correction.Str("proposedCode").ShouldBe("150621102");
        correction.Str("proposedBodyCode").ShouldBe("bainijing-town");
        correction.Str("chosenBodyCode").ShouldBe("shulinzhao-town");
    }

    [Fact]
    public async Task When_routing_cannot_tell_the_territory_the_dispatcher_names_it()
    {
        var lead = await host.RegisterAsync(new { channel = "12345", ticketNumber = CasesHost.NewTicket(), text = "来电人反映：老板拖欠其三个月工资共九千元，电话不接。", phone = CasesHost.NewPhone() });
        lead.GetProperty("routing").GetProperty("territory").GetProperty("code").ValueKind.ShouldBe(JsonValueKind.Null);
        lead.GetProperty("needsDispatcher").GetBoolean().ShouldBeTrue();
        var dispatcher = await host.As(CasesHost.Dispatcher);

        using var refused = await dispatcher.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain("请指定属地编码");

        var detail = await host.ConfirmAsync(lead.Id(), new { territoryCode = "150621004" });
        detail.Case().Assignee("territorial").ShouldBe("baita-street");
        var correction = detail.GetProperty("corrections").EnumerateArray().Single();
        correction.GetProperty("proposedCode").ValueKind.ShouldBe(JsonValueKind.Null);
        correction.Str("chosenCode").ShouldBe("150621004");
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_and_opens_nothing()
    {
        var lead = await host.RegisterAsync(CasesHost.Reclamation());
        var dispatcher = await host.As(CasesHost.Dispatcher);

        using var response = await dispatcher.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { industryBodyCode = "water" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain("必须填写理由");
        var reread = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/app/leads/{lead.Id()}");
        reread.Str("status").ShouldBe("pending");
        reread.GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("{\"territoryCode\":\"150621999\",\"reason\":\"x\"}", "150621999")]
    [InlineData("{\"industryBodyCode\":\"bainijing-town\",\"reason\":\"x\"}", "不能承担行业主管")]
    [InlineData("{\"industryBodyCode\":\"no-such-body\",\"reason\":\"x\"}", "no-such-body")]
    public async Task A_correction_to_an_owner_that_cannot_be_is_refused(string body, string expected)
    {
        var lead = await host.RegisterAsync(CasesHost.Reclamation());
        var dispatcher = await host.As(CasesHost.Dispatcher);

        using var response = await dispatcher.PostAsync($"/api/app/leads/{lead.Id()}/confirm", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail").ShouldContain(expected);
    }

    [Fact]
    public async Task Only_dispatchers_confirm()
    {
        var lead = await host.RegisterAsync(CasesHost.Reclamation());
        var housing = await host.As(CasesHost.HousingClerk);

        using var response = await housing.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
