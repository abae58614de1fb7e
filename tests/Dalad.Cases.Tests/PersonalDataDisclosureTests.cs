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
}
