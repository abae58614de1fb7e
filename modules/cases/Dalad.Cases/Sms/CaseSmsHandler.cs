using Dalad.Platform.PersonalData;
using System.Globalization;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Cases.Application;
using Dalad.Platform.Messaging;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Sms;

/// <summary>
/// Sends a case's SMS notice from its zh-Hans template (localization keys <c>Sms:&lt;template&gt;</c>, whole sentences
/// with the case number and the public status page), once per outbox
/// message: the message id is the gateway's idempotency key and the SmsLog's unique key, so a retry after a crash
/// between the send and the log does not send twice through a gateway that honours the key.
/// </summary>
internal sealed class CaseSmsHandler(
    CasesDbContext db, ISmsSender sender, OutboxDelivery delivery, IStringLocalizer l, IClock clock, PublicQueryAddress queryAddress, ILogger<CaseSmsHandler> logger)
    : IOutboxHandler<CaseSmsNoticeRequested>
{
    /// <summary>The outbox handler's name, stored with every message: keep it stable.</summary>
    public const string Name = "cases.sms-notice";

    private static readonly CultureInfo Chinese = new("zh-Hans");

    public async Task HandleAsync(CaseSmsNoticeRequested notice, CancellationToken cancellationToken)
    {
        var key = delivery.MessageId ?? throw new InvalidOperationException("SMS notices are sent through the outbox.");
        if (await db.SmsLogs.AnyAsync(s => s.OutboxMessageId == key, cancellationToken)) return;
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.Id == notice.CaseId, cancellationToken);
        if (c is null)
        {
            logger.LogWarning("SMS {Template} for a case that no longer exists ({CaseId}) is dropped", notice.Template, notice.CaseId);
            return;
        }
        var phone = await db.Leads.IgnoreQueryFilters().Where(x => x.Id == c.PrimaryLeadId).Select(x => x.Phone).FirstAsync(cancellationToken);
        if (!ChinesePhone.IsMobile(phone))
        {
            logger.LogWarning("Case {Number}: the complainant's number {Phone} is not a mobile, SMS {Template} not sent", c.Number, ChinesePhone.Mask(phone), notice.Template);
            return;
        }

        // {0} the case number, {1} the public status page, then the notice's own arguments; the lookup code the page
        // asks for follows the page.
        var code = c.LookupCode ?? await GiveLookupCodeAsync(c.Id, cancellationToken);
        var text = Render(notice.Template, [c.Number, queryAddress.Value, .. notice.Arguments]) + Render("LookupCode", [code]);
        var gatewayId = await sender.SendAsync(new SmsMessage(phone, text, key), cancellationToken);
        db.SmsLogs.Add(new SmsLog
        {
            CaseId = c.Id, OutboxMessageId = key, Template = notice.Template, MaskedPhone = ChinesePhone.Mask(phone),
            Text = text, SentAt = clock.UtcNow, GatewayMessageId = gatewayId,
        });
        db.Events.Add(new CaseEvent { CaseId = c.Id, Type = CaseEventTypes.SmsSent, Arguments = Mapping.ToJson([notice.Template, ChinesePhone.Mask(phone)]) });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A case opened before lookup codes existed, not yet given one at start-up.</summary>
    private async Task<string> GiveLookupCodeAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var code = CaseLookupCode.New();
        await db.Cases.IgnoreQueryFilters().Where(x => x.Id == caseId && x.LookupCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LookupCode, code), cancellationToken);
        return await db.Cases.IgnoreQueryFilters().Where(x => x.Id == caseId).Select(x => x.LookupCode!).FirstAsync(cancellationToken);
    }

    /// <summary>Complainants get Chinese, whatever the culture of the request that caused the notice.</summary>
    private string Render(string template, string[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return l["Sms:" + template, arguments.Cast<object>().ToArray()].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
