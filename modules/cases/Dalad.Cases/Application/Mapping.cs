using Dalad.Platform.Timing;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Search;

namespace Dalad.Cases.Application;

internal static class Mapping
{
    /// <summary>camelCase like the API; Chinese kept readable (stored, never put in HTML).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static LeadDto ToDto(this Lead lead, bool fullPersonalData) => new(
        lead.Id,
        lead.Channel,
        lead.TicketNumber,
        lead.IntakeBodyCode,
        lead.Status,
        lead.ReceivedAt,
        lead.Text,
        lead.Address,
        lead.ComplainantName,
        PersonalDataView.Phone(lead.Phone, fullPersonalData),
        PersonalDataView.IdCard(lead.IdCardNumber, fullPersonalData),
        lead.Employer,
        lead.Project,
        lead.WorkerCount,
        lead.AmountOwed,
        JsonSerializer.Deserialize<RoutingProposal>(lead.RoutingJson, Json),
        lead.NeedsDispatcher,
        lead.RepeatOfLeadId,
        lead.CaseId,
        lead.CaseNumber,
        lead.CreatedAt,
        lead.CreatedBy,
        lead.DispatchDueAt is { } due ? BeijingTime.FromUtc(due) : null,
        lead.DispatchOverdue && lead.Status == LeadStatuses.Pending);

    public static CaseDto ToDto(this Case c, int leadCount) => new(
        c.Id,
        c.Number,
        c.Status,
        c.OpenedAt,
        c.Text,
        c.Address,
        c.Employer,
        c.Project,
        c.WorkerCount,
        c.AmountOwed,
        c.TerritoryCode,
        c.Assignments.OrderBy(a => a.Role == CaseRoles.Territorial ? 0 : 1).Select(a => new CaseAssignmentDto(a.Role, a.BodyCode, a.AssignedAt)).ToList(),
        c.TransferCount,
        leadCount);

    public static CaseTransferDto ToDto(this CaseTransfer t) => new(t.Id, t.Role, t.FromBodyCode, t.ToBodyCode, t.Reason, t.CreatedAt, t.CreatedBy);

    public static RoutingCorrectionDto ToDto(this RoutingCorrection c, string? caseNumber, string? leadText) => new(
        c.Id, c.LeadId, c.CaseId, caseNumber, c.Role, c.ProposedCode, c.ProposedBodyCode, c.ChosenCode, c.ChosenBodyCode,
        c.Reason, c.CreatedBy, c.CreatedAt, c.MatrixVersion, leadText);

    public static string ToJson(IEnumerable<string?> arguments) => JsonSerializer.Serialize(arguments.Select(a => a ?? ""), Json);

    public static string[] Arguments(this CaseEvent e) => JsonSerializer.Deserialize<string[]>(e.Arguments, Json) ?? [];
}
