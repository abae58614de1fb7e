using System.Collections.Concurrent;
using System.Net.Http.Json;
using Dalad.Cases.Data;
using Dalad.Platform.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>The host with a subscriber that records the cases module's integration events, and whether the change was saved when it heard of it.</summary>
public sealed class EventRecordingHost : CasesHost
{
    public ConcurrentQueue<(object Event, bool Saved)> Heard { get; } = new();

    protected override void Configure(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.AddSingleton(this);
        services.AddScoped<IIntegrationEventHandler<LeadRegistered>, Recorder>();
        services.AddScoped<IIntegrationEventHandler<CaseOpened>, Recorder>();
        services.AddScoped<IIntegrationEventHandler<CaseTransferred>, Recorder>();
    });

    private sealed class Recorder(EventRecordingHost host, CasesDbContext db)
        : IIntegrationEventHandler<LeadRegistered>, IIntegrationEventHandler<CaseOpened>, IIntegrationEventHandler<CaseTransferred>
    {
        public async Task HandleAsync(LeadRegistered e, CancellationToken ct) =>
            host.Heard.Enqueue((e, await db.Leads.AnyAsync(l => l.Id == e.LeadId, ct)));

        public async Task HandleAsync(CaseOpened e, CancellationToken ct) =>
            host.Heard.Enqueue((e, await db.Cases.AnyAsync(c => c.Id == e.CaseId, ct)));

        public async Task HandleAsync(CaseTransferred e, CancellationToken ct) =>
            host.Heard.Enqueue((e, await db.Transfers.AnyAsync(t => t.CaseId == e.CaseId && t.ToBodyCode == e.ToBody, ct)));
    }
}

/// <summary>Other modules (the SMS notices next) learn of leads and cases through integration events, published after the save.</summary>
public sealed class EventTests(EventRecordingHost host) : IClassFixture<EventRecordingHost>
{
    [Fact]
    public async Task Registering_dispatching_and_transferring_publish_their_events_once_after_saving()
    {
        var request = CasesHost.Construction();
        var lead = await host.RegisterAsync(request);
        await host.RegisterAsync(request); // the same ticket again: nothing new, no event
        var opened = (await host.ConfirmAsync(lead.Id())).Case();
        var housing = await host.As(CasesHost.HousingClerk);
        (await housing.PostAsJsonAsync($"/api/app/cases/{opened.Id()}/transfer", new { role = "industry", bodyCode = "water", reason = "水利工程" })).EnsureSuccessStatusCode();

        var heard = host.Heard.ToList();
        heard.ShouldAllBe(h => h.Saved);
        var registered = heard.Select(h => h.Event).OfType<LeadRegistered>().Where(e => e.LeadId == lead.Id()).ToList();
        registered.Count.ShouldBe(1);
        registered[0].Channel.ShouldBe("12345");
        registered[0].TicketNumber.ShouldBe(lead.Str("ticketNumber"));
        registered[0].IntakeBodyCode.ShouldBe("data-12345");

        registered[0].WorkerCount.ShouldBe(14);
        heard.Select(h => h.Event).OfType<CaseOpened>().Single(e => e.CaseId == opened.Id())
            .ShouldBe(new CaseOpened(opened.Id(), opened.Str("number"), "bainijing-town", "housing", lead.Id(), 14, registered[0].Employer));
        var transferred = heard.Select(h => h.Event).OfType<CaseTransferred>().Single(e => e.CaseId == opened.Id());
        (transferred.Role, transferred.FromBody, transferred.ToBody, transferred.Reason, transferred.TransferCount).ShouldBe(("industry", "housing", "water", "水利工程", 1));
    }
}
