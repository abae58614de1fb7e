using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;
using Dalad.Calendar;
using Dalad.Platform.Timing;

namespace Dalad.Cases.Domain;

/// <summary>What a case method needs from outside: the time, the working-day calendar, the names of bodies, who acts.</summary>
/// <param name="VisitingBodyCode">The body that makes the follow-up visits (回访) and owes them when they are late: the holder of the
/// matrix's coordinator role (the joint office), which the application service looks up. Only the deadline check needs it.</param>
public sealed record CaseContext(
    DateTime Now, IWorkingCalendar Calendar, Func<string, string> BodyName, string? UserName = null, string? VisitingBodyCode = null);

/// <summary>What one change of a case raised, for the application service to save with it.</summary>
public sealed class CaseChange(Case changed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Case Case => changed;

    /// <summary>Timeline entries, in the order they happened.</summary>
    public List<CaseEvent> Timeline { get; } = [];

    /// <summary>SMS notices to the complainant (<see cref="CaseLifecycle"/>'s SMS column): the caller writes them to the outbox with the change.</summary>
    public List<CaseSmsNoticeRequested> Notices { get; } = [];

    /// <summary>Other facts for the outbox, saved with the change (the arrears a resolution established).</summary>
    public List<object> Facts { get; } = [];

    /// <summary>A follow-up visit to store.</summary>
    public CaseVisit? Visit { get; internal set; }

    /// <summary>Bodies that owe an overdue step (one supervision reminder each, unless they already have one for it).</summary>
    public List<string> RemindedBodies { get; } = [];

    internal void Add(string type, params string?[] arguments) =>
        Timeline.Add(new CaseEvent { CaseId = changed.Id, Type = type, Arguments = JsonSerializer.Serialize(arguments, Json) });

    internal void Notify(ActionRule rule, params string[] arguments)
    {
        if (rule.Sms is { } template) Notices.Add(new CaseSmsNoticeRequested(changed.Id, template, arguments));
    }
}

/// <summary>A rule of the lifecycle refused an action: a conflict with the case's state (409), or not the actor's to take (403).</summary>
public sealed class CaseRuleException(string messageKey, bool forbidden, params string[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public bool Forbidden { get; } = forbidden;
    public string[] Arguments { get; } = arguments;
}

/// <summary>How values appear in timeline and SMS texts: whole sentences, Beijing dates, readable amounts.</summary>
public static class CaseTexts
{
    private const string Dash = "—";
    private static readonly char[] Trailing = [' ', '\u3000', '，', ',', '、', '；', ';', '：', ':', '.', '。'];
    private static readonly char[] Terminal = ['。', '！', '？', '!', '?'];

    /// <summary>A Beijing date: 2026-02-27.</summary>
    public static string Date(DateTime? utc) => utc is { } u ? BeijingTime.FromUtc(u).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Dash;

    /// <summary>An amount of yuan with thousands separators and two decimals: 120,000.00.</summary>
    public static string Amount(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Free text as one whole sentence, ending in exactly one full stop (or its own ！/？): what a clerk typed
    /// ("工人已确认收到。" or "工人已确认收到，") is never followed by the template's own punctuation.
    /// </summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd(Trailing);
        if (trimmed.Length == 0) return Dash;
        return Terminal.Contains(trimmed[^1]) ? trimmed : trimmed + "。";
    }

    public static string SentenceOrDash(string? text) => string.IsNullOrWhiteSpace(text) ? Dash : Sentence(text);

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
