using Dalad.Platform.PersonalData;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases;
using Dalad.Cases.PersonalData;
using Dalad.Identity;
using Dalad.Search;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>
/// The real host (real routing over the seeded matrix, real Lucene indexes) with the people of a 双交办 story:
/// the 12345 desk, a dispatcher who may see personal data, the owners of a construction case in 白泥井镇 (the town and
/// housing), of a land-reclamation case in 恩格贝镇 (the town and natural resources), an unrelated body (transport) and
/// the joint office.
/// </summary>
public class CasesHost : DaladHostFactory
{
    public const string Operator = "operator-12345";
    public const string Dispatcher = "dispatcher-12345";
    public const string PetitionClerk = "petition-clerk";
    public const string HousingClerk = "housing-clerk";
    public const string BainijingClerk = "bainijing-clerk";
    public const string NatresClerk = "natres-clerk";
    public const string EngebeiClerk = "engebei-clerk";
    public const string WaterClerk = "water-clerk";
    public const string TransportClerk = "transport-clerk";
    public const string JointOfficeClerk = "joint-office-clerk";

    /// <summary>A building-site complaint the router sends to 白泥井镇 (territory) and housing (industry).</summary>
    public const string ConstructionText = "来电人反映：其在达拉特旗白泥井镇和顺家园三期项目干钢筋工，班组共14人，4月干到8月，鑫路达建筑劳务有限公司拖欠工资约23万元，项目部称总包未拨款。诉求：尽快结清工资。";
    public const string ConstructionAddress = "达拉特旗白泥井镇和顺家园三期工地";

    /// <summary>A land-reclamation complaint the router sends to 恩格贝镇 and natural resources.</summary>
    public const string ReclamationText = "来电人反映：恩格贝镇土地整理复垦项目，其为项目开推土机平地，工程结束半年了，施工方还欠其工资和机械费共3.2万元。";
    public const string ReclamationAddress = "达拉特旗恩格贝镇";

    private static readonly string[] CasePermissions = [CasesPermissions.Default, SearchPermissions.Default];
    private readonly SemaphoreSlim _usersLock = new(1, 1);
    private readonly Dictionary<string, HttpClient> _clients = [];
    private bool _usersCreated;

    /// <summary>A client signed in as one of the users above (created on first use, one client per user).</summary>
    public async Task<HttpClient> As(string user)
    {
        await _usersLock.WaitAsync();
        try
        {
            if (!_usersCreated)
            {
                string[] desk = [LeadsPermissions.Default, LeadsPermissions.Create, LeadsPermissions.Dispatch, LeadsPermissions.Import, SearchPermissions.Default];
                await CreateUserAsync(Operator, ["data-12345"], desk);
                await CreateUserAsync(Dispatcher, ["data-12345"], [.. desk, IdentityPermissions.Users.ViewPersonalData]);
                await CreateUserAsync(PetitionClerk, ["petition"], desk);
                await CreateUserAsync(HousingClerk, ["housing"], CasePermissions);
                await CreateUserAsync(BainijingClerk, ["bainijing-town"], CasePermissions);
                await CreateUserAsync(NatresClerk, ["natres"], CasePermissions);
                await CreateUserAsync(EngebeiClerk, ["engebei-town"], CasePermissions);
                await CreateUserAsync(WaterClerk, ["water"], CasePermissions);
                await CreateUserAsync(TransportClerk, ["transport"], [.. CasePermissions, LeadsPermissions.Default]);
                await CreateUserAsync(JointOfficeClerk, ["joint-office"], CasePermissions);
                _usersCreated = true;
            }
            if (!_clients.TryGetValue(user, out var client)) _clients[user] = client = await CreateClientAsAsync(user);
            return client;
        }
        finally
        {
            _usersLock.Release();
        }
    }

    public static string NewTicket() => "GD" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>A mobile number no other test uses.</summary>
    public static string NewPhone() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A valid ID card number (region 150621, born 1990-01-01) with a random sequence.</summary>
    public static string NewIdCard()
    {
        var first17 = "15062119900101" + Random.Shared.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ChineseIdCard.CheckCharacter(first17);
    }

    public static object Construction(string? ticket = null, string? phone = null, string? employer = null, string? idCard = null) => new
    {
        channel = "12345",
        ticketNumber = ticket ?? NewTicket(),
        text = ConstructionText,
        address = ConstructionAddress,
        complainantName = "王师傅",
        phone = phone ?? NewPhone(),
        idCardNumber = idCard,
        employer = employer ?? "鑫路达建筑劳务有限公司" + Guid.NewGuid().ToString("N")[..4],
        project = "和顺家园三期",
        workerCount = 14,
        amountOwed = 230000.00m,
    };

    public static object Reclamation(string? ticket = null) => new
    {
        channel = "12345",
        ticketNumber = ticket ?? NewTicket(),
        text = ReclamationText,
        address = ReclamationAddress,
        complainantName = "李师傅",
        phone = NewPhone(),
        employer = "恩格贝复垦工程队" + Guid.NewGuid().ToString("N")[..4],
        workerCount = 1,
        amountOwed = 32000m,
    };

    public async Task<JsonElement> RegisterAsync(object lead, string user = Operator)
    {
        var client = await As(user);
        using var response = await client.PostAsJsonAsync("/api/app/leads", lead);
        return await ReadAsync<JsonElement>(response);
    }

    /// <summary>Confirms a lead as the dispatcher; returns the case detail.</summary>
    public async Task<JsonElement> ConfirmAsync(Guid leadId, object? correction = null)
    {
        var client = await As(Dispatcher);
        using var response = await client.PostAsJsonAsync($"/api/app/leads/{leadId}/confirm", correction ?? new { });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<JsonElement>(response);
    }

    public async Task<JsonElement> OpenConstructionCaseAsync()
    {
        var lead = await RegisterAsync(Construction());
        return await ConfirmAsync(lead.GetProperty("id").GetGuid());
    }

    public async Task<IReadOnlyList<string>> InboxNumbersAsync(string user)
    {
        var client = await As(user);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/app/cases?maxResultCount=1000");
        return page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()!).ToList();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _usersLock.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

internal static class Json
{
    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static JsonElement Case(this JsonElement detail) => detail.GetProperty("case");

    public static string Assignee(this JsonElement caseDto, string role) =>
        caseDto.GetProperty("assignments").EnumerateArray().Single(a => a.Str("role") == role).Str("bodyCode");
}
