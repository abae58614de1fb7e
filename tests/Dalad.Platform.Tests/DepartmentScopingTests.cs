using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>Body-owned data is visible only to members of the owning body, the joint office and administrators.</summary>
public sealed class DepartmentScopingTests(SamplePluginHost host) : IClassFixture<SamplePluginHost>
{
    private const string Permission = "Sample.Notes";

    [Fact]
    public async Task Another_bodys_record_reads_as_not_found_and_is_missing_from_lists()
    {
        await host.CreateUserAsync("housing-clerk", ["housing"], [Permission]);
        await host.CreateUserAsync("transport-clerk", ["transport"], [Permission]);
        await host.CreateUserAsync("joint-office-clerk", ["joint-office"], [Permission]);
        using var housing = await host.CreateClientAsAsync("housing-clerk");
        using var transport = await host.CreateClientAsAsync("transport-clerk");
        using var jointOffice = await host.CreateClientAsAsync("joint-office-clerk");
        using var admin = await host.CreateClientAsAsync("admin");

        var created = await housing.PostAsJsonAsync("/api/app/sample-notes", new { ownerBodyCode = "housing", text = "某小区物业拖欠保洁工资" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await housing.GetAsync($"/api/app/sample-notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await transport.GetAsync($"/api/app/sample-notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jointOffice.GetAsync($"/api/app/sample-notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/api/app/sample-notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var transportList = await transport.GetFromJsonAsync<JsonElement>("/api/app/sample-notes");
        transportList.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ShouldNotContain(id);
        var jointList = await jointOffice.GetFromJsonAsync<JsonElement>("/api/app/sample-notes");
        jointList.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Every_change_records_who_made_it_in_the_entity_and_in_the_audit_log()
    {
        await host.CreateUserAsync("audited-clerk", ["water"], [Permission]);
        using var client = await host.CreateClientAsAsync("audited-clerk");

        var created = await client.PostAsJsonAsync("/api/app/sample-notes", new { ownerBodyCode = "water", text = "水库工程拖欠工资" });
        var note = await created.Content.ReadFromJsonAsync<JsonElement>();
        note.GetProperty("createdBy").GetString().ShouldBe("audited-clerk");

        using var scope = host.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var id = note.GetProperty("id").GetGuid().ToString();
        var entry = await audit.AuditLog.SingleAsync(e => e.EntityType == "SampleNote" && e.EntityId == id);
        entry.Action.ShouldBe("Added");
        entry.UserName.ShouldBe("audited-clerk");
        entry.Changes!.ShouldContain("水库工程拖欠工资");
    }
}
