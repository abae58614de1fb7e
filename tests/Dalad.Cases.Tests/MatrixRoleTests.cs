using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>
/// The intake desks are roles of the matrix, not code: when the joint office hands the 12345 desk to another body,
/// the next 12345 lead lands on that body's desk, and the old desk can no longer register for the channel.
/// Its own host: the reassignment would otherwise move the desk under the other test classes.
/// </summary>
public sealed class MatrixRoleTests(CasesHost host) : IClassFixture<CasesHost>
{
    private const string Desk12345 = "/api/app/duties/intake-desk:12345";
    private const string Basis = "达政办发〔2026〕99号 调整12345受理岗位（测试）";

    [Fact]
    public async Task Reassigning_the_12345_desk_sends_the_next_12345_lead_to_the_new_desk_and_only_the_matrix_editor_may_do_it()
    {
        (await host.RegisterAsync(CasesHost.Construction())).Str("intakeBodyCode").ShouldBe("data-12345");

        // A desk clerk and a joint-office case worker cannot edit the matrix: 403, nothing moved.
        foreach (var user in new[] { CasesHost.Operator, CasesHost.JointOfficeClerk })
        {
            var client = await host.As(user);
            using var refused = await client.PutAsJsonAsync(Desk12345, new { bodyCode = "petition", basis = Basis });
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        (await host.RegisterAsync(CasesHost.Construction())).Str("intakeBodyCode").ShouldBe("data-12345");

        using var admin = await host.CreateClientAsAsync("admin");
        using var moved = await admin.PutAsJsonAsync(Desk12345, new { bodyCode = "petition", basis = Basis });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadFromJsonAsync<JsonElement>()).Str("bodyCode").ShouldBe("petition");

        var duties = await admin.GetFromJsonAsync<JsonElement>("/api/app/duties");
        duties.EnumerateArray().Single(d => d.Str("role") == "intake-desk:12345").Str("bodyCode").ShouldBe("petition");

        // The petition office now runs the 12345 desk: its lead lands there; the data bureau's desk is refused.
        var lead = await host.RegisterAsync(CasesHost.Construction(), CasesHost.PetitionClerk);
        lead.Str("channel").ShouldBe("12345");
        lead.Str("intakeBodyCode").ShouldBe("petition");
        var oldDesk = await host.As(CasesHost.Operator);
        using var notTheirs = await oldDesk.PostAsJsonAsync("/api/app/leads", CasesHost.Construction());
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Audited like every matrix change: who, on what basis, before and after.
        var history = await admin.GetFromJsonAsync<JsonElement>("/api/app/matrix/history?entityType=Duty&entityKey=intake-desk:12345");
        var last = history.GetProperty("items")[0];
        last.Str("action").ShouldBe("DutyReassigned");
        last.Str("userName").ShouldBe("admin");
        last.Str("basis").ShouldBe(Basis);
        last.GetProperty("before").Str("bodyCode").ShouldBe("data-12345");
        last.GetProperty("after").Str("bodyCode").ShouldBe("petition");
    }

    [Fact]
    public async Task A_desk_cannot_go_to_an_unknown_body_or_an_unknown_duty_and_nothing_changes()
    {
        using var admin = await host.CreateClientAsAsync("admin");
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/app/duties");

        using var unknownBody = await admin.PutAsJsonAsync("/api/app/duties/intake-desk:online", new { bodyCode = "no-such-body", basis = Basis });
        unknownBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownBody.Content.ReadAsStringAsync()).ShouldContain("不存在");
        using var noBasis = await admin.PutAsJsonAsync("/api/app/duties/intake-desk:online", new { bodyCode = "hrss", basis = "" });
        noBasis.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var unknownDuty = await admin.PutAsJsonAsync("/api/app/duties/no-such-duty", new { bodyCode = "hrss", basis = Basis });
        unknownDuty.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await admin.GetFromJsonAsync<JsonElement>("/api/app/duties")).GetRawText().ShouldBe(before.GetRawText());
    }
}
