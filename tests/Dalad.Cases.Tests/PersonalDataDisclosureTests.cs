using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Issue 15, finding 4: lists never carry full numbers; one record's numbers are shown on an explicit,
/// audited request; answers carrying personal data are not cached.</summary>
public sealed class PersonalDataDisclosureTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task Lists_are_masked_even_for_holders_and_one_record_is_shown_on_an_audited_request()
    {
        var phone = CasesHost.NewPhone();
        var id = CasesHost.NewIdCard();
        var created = await host.RegisterAsync(CasesHost.Construction(phone: phone, idCard: id));
        var dispatcher = await host.As(CasesHost.Dispatcher);

        using var list = await dispatcher.GetAsync($"/api/app/leads?filter={created.Str("ticketNumber")}");
        var listText = await list.Content.ReadAsStringAsync();
        listText.ShouldNotContain(phone);
        listText.ShouldNotContain(id);
        list.Headers.CacheControl?.NoStore.ShouldBe(true);

        (await dispatcher.GetAsync($"/api/app/leads/{created.Id()}/personal-data")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var shown = await dispatcher.GetAsync($"/api/app/leads/{created.Id()}/personal-data?reason=" + Uri.EscapeDataString("回访核实身份"));
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Headers.CacheControl?.NoStore.ShouldBe(true);
        var full = await shown.Content.ReadFromJsonAsync<JsonElement>();
        full.Str("phone").ShouldBe(phone);
        full.Str("idCardNumber").ShouldBe(id);

        using (var scope = host.Services.CreateScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var entry = await audit.AuditLog.AsNoTracking().SingleAsync(e => e.EntityId == created.Id().ToString() && e.Action == "Disclosed");
            entry.UserName.ShouldBe(CasesHost.Dispatcher);
            entry.Changes!.ShouldContain("回访核实身份");
            entry.Changes!.ShouldNotContain(phone);
        }

        var operatorClient = await host.As(CasesHost.Operator);
        (await operatorClient.GetAsync($"/api/app/leads/{created.Id()}/personal-data?reason=x")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Case_answers_are_masked_even_for_holders_and_one_cases_complainants_are_shown_on_an_audited_request()
    {
        var phone = CasesHost.NewPhone();
        var id = CasesHost.NewIdCard();
        var created = await host.RegisterAsync(CasesHost.Construction(phone: phone, idCard: id));
        var confirmed = await host.ConfirmAsync(created.Id());
        var caseId = confirmed.Case().Id();
        confirmed.GetRawText().ShouldNotContain(phone, customMessage: "the dispatcher holds Dalad.PersonalData, the case answer still masks");
        await host.CreateUserAsync("housing-pd", ["housing"], [CasesPermissions.Default, Dalad.Identity.IdentityPermissions.Users.ViewPersonalData]);
        var holder = await host.CreateClientAsAsync("housing-pd");

        using var detail = await holder.GetAsync($"/api/app/cases/{caseId}");
        var detailText = await detail.Content.ReadAsStringAsync();
        detail.StatusCode.ShouldBe(HttpStatusCode.OK, detailText);
        detailText.ShouldNotContain(phone);
        detailText.ShouldNotContain(id);
        detail.Headers.CacheControl?.NoStore.ShouldBe(true);
        using var list = await holder.GetAsync($"/api/app/cases?filter={confirmed.Case().Str("number")}");
        (await list.Content.ReadAsStringAsync()).ShouldNotContain(phone);

        (await holder.GetAsync($"/api/app/cases/{caseId}/personal-data")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var shown = await holder.GetAsync($"/api/app/cases/{caseId}/personal-data?reason=" + Uri.EscapeDataString("核实欠薪人数需联系投诉人"));
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        shown.Headers.CacheControl?.NoStore.ShouldBe(true);
        var full = await shown.Content.ReadFromJsonAsync<JsonElement>();
        full.GetProperty("leads")[0].Str("phone").ShouldBe(phone);
        full.GetProperty("leads")[0].Str("idCardNumber").ShouldBe(id);

        using (var scope = host.Services.CreateScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var entry = await audit.AuditLog.AsNoTracking().SingleAsync(e => e.EntityType == "Case" && e.EntityId == caseId.ToString() && e.Action == "Disclosed");
            entry.UserName.ShouldBe("housing-pd");
            entry.Changes!.ShouldContain("核实欠薪人数需联系投诉人");
            entry.Changes!.ShouldNotContain(phone);
            entry.Changes!.ShouldNotContain(id);
        }

        // A case owner without Dalad.PersonalData cannot ask, and nobody is shown a case of another body.
        var housing = await host.As(CasesHost.HousingClerk);
        (await housing.GetAsync($"/api/app/cases/{caseId}/personal-data?reason=x")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await host.CreateUserAsync("water-pd", ["water"], [CasesPermissions.Default, Dalad.Identity.IdentityPermissions.Users.ViewPersonalData]);
        var stranger = await host.CreateClientAsAsync("water-pd");
        (await stranger.GetAsync($"/api/app/cases/{caseId}/personal-data?reason=x")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
