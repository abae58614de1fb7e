using Dalad.Cases;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement.Tests;

/// <summary>
/// The enforcement host with the bodies of a mass incident: the 12345 desk that registers and dispatches leads, the
/// case's owners (housing, 白泥井镇), the joint office, the union, the 网信 desk, the police, and natres (not involved).
/// The outbox and the recurring jobs are driven by hand.
/// </summary>
public sealed class IncidentHost : EnforcementHost
{
    public const string Desk = "incident-12345-desk";
    public const string HousingOfficer = "incident-housing";
    public const string JointOffice = "incident-joint-office";
    public const string Cyber = "incident-cyber";
    public const string Officer = "incident-police";
    public const string Natres = "incident-natres";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _users;

    public async Task<HttpClient> User(string user)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_users)
            {
                await CreateUserAsync(Desk, ["data-12345"], [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch]);
                await CreateUserAsync(HousingOfficer, ["housing"], [IncidentsPermissions.Default, IncidentsPermissions.Manage]);
                await CreateUserAsync(JointOffice, ["joint-office"], [IncidentsPermissions.Default, IncidentsPermissions.Manage]);
                await CreateUserAsync(Cyber, ["cyber"], [IncidentsPermissions.Default, IncidentsPermissions.Opinion]);
                await CreateUserAsync(Officer, ["police"], [IncidentsPermissions.Default, IncidentsPermissions.Manage, IncidentsPermissions.Police]);
                await CreateUserAsync(Natres, ["natres"], [IncidentsPermissions.Default, IncidentsPermissions.Manage, IncidentsPermissions.Police]);
                _users = true;
            }
        }
        finally
        {
            _lock.Release();
        }
        return await As(user);
    }

    public async Task DispatchOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync() > 0) { }
    }

    public Task<IReadOnlyList<string>> RunJobsAsync() => RunDueJobsAsync();
}
