using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// A mass incident (群体性事件, Dalad plan 三（十一）): the industry department "在第一时间赶赴事发现场" with the union
/// and the employer's representative; the township owns the case too. The on-site deadline is a clock in hours from
/// opening, not working days: workers gather at any hour, weekends included, and the plan asks for the first moment.
/// Unsettled, it escalates to the joint office and then the banner government; the 网信 desk grades the online
/// opinion and links posts.
/// </summary>
public sealed class Incident : AuditedEntity
{
    public const int MaxTextLength = 2000;
    public const int MaxUrlLength = 1000;

    public required string Source { get; set; }
    public Guid? LeadId { get; set; }
    public string? TicketNumber { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public required string Summary { get; set; }
    public string? Location { get; set; }
    public string? EmployerName { get; set; }
    public int WorkerCount { get; set; }
    public string? IndustryBodyCode { get; set; }
    public string? TownshipBodyCode { get; set; }
    public required string UnionBodyCode { get; set; }
    /// <summary>The intake desk of the lead, or the body that reported the incident by hand.</summary>
    public string? ReportedByBodyCode { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime OnSiteDueAt { get; set; }
    public List<IncidentPresence> Presences { get; set; } = [];
    public List<IncidentEscalation> Escalations { get; set; } = [];
    public string Status { get; set; } = IncidentStatuses.Open;
    public DateTime? SettledAt { get; set; }
    public string? SettlementNote { get; set; }
    public string? OpinionGrade { get; set; }
    public string? OpinionNote { get; set; }
    public DateTime? GradedAt { get; set; }
    public List<OpinionPost> Posts { get; set; } = [];
    public int Revision { get; set; }

    /// <summary>Opened automatically only when the workers reach the threshold (≥, e.g. 10).</summary>
    public static bool Concerns(int? workerCount, int threshold) => workerCount is { } n && n >= threshold;

    public static Incident Open(
        string source, string summary, int workerCount, DateTime openedAt, TimeSpan onSite, string unionBodyCode,
        string? location = null, string? employerName = null, string? reportedBy = null)
    {
        if (string.IsNullOrWhiteSpace(summary)) throw new EnforcementRuleException("Incidents:SummaryRequired");
        if (workerCount < 1) throw new EnforcementRuleException("Incidents:WorkersRequired");
        if (onSite <= TimeSpan.Zero) throw new EnforcementRuleException("Incidents:OnSiteHoursInvalid");
        summary = summary.Trim();
        return new Incident
        {
            Source = source, Summary = summary.Length > MaxTextLength ? summary[..MaxTextLength] : summary, WorkerCount = workerCount,
            OpenedAt = openedAt, OnSiteDueAt = openedAt + onSite, UnionBodyCode = unionBodyCode,
            Location = Trim(location), EmployerName = Trim(employerName), ReportedByBodyCode = reportedBy,
        };
    }

    /// <summary>The case's owners: the township (属地) and the industry department (行业).</summary>
    public void AttachCase(Guid? caseId, string caseNumber, string? townshipBodyCode, string? industryBodyCode)
    {
        CaseId ??= caseId;
        CaseNumber ??= caseNumber;
        TownshipBodyCode ??= townshipBodyCode;
        IndustryBodyCode ??= industryBodyCode;
        Revision++;
    }

    /// <summary>Who is present on site, once per role, at a time between the opening and now.</summary>
    public void RecordPresence(string role, string? name, DateTime at, string? by, DateTime now)
    {
        if (!OnSiteRoles.All.Contains(role)) throw new EnforcementRuleException("Incidents:UnknownRole", role);
        if (Status != IncidentStatuses.Open) throw new EnforcementRuleException("Incidents:Settled");
        if (Presences.Any(p => p.Role == role)) throw new EnforcementRuleException("Incidents:AlreadyPresent");
        if (at < OpenedAt || at > now) throw new EnforcementRuleException("Incidents:PresenceOutOfRange");
        // The employer's representative is a person, not a body: the name says who came.
        if (role == OnSiteRoles.Employer && string.IsNullOrWhiteSpace(name)) throw new EnforcementRuleException("Incidents:RepresentativeRequired");
        var body = role switch
        {
            OnSiteRoles.Industry => IndustryBodyCode,
            OnSiteRoles.Township => TownshipBodyCode,
            OnSiteRoles.Union => UnionBodyCode,
            _ => null,
        };
        Presences = [.. Presences, new IncidentPresence(role, body, Trim(name), at, by)];
        Revision++;
    }

    /// <summary>The roles not on site by the deadline (absent, or arrived after it).</summary>
    public IReadOnlyList<string> MissingAt(DateTime moment) =>
        OnSiteRoles.All.Where(r => Presences.FirstOrDefault(p => p.Role == r) is not { } p || p.At > moment).ToList();

    /// <summary>Past the on-site deadline and not all required bodies were there by it. Stays visible once late.</summary>
    public bool OnSiteOverdue(DateTime now) => now > OnSiteDueAt && MissingAt(OnSiteDueAt).Count > 0;

    /// <summary>
    /// Unsettled <paramref name="after"/> the opening: the joint office; unsettled twice as long: the banner government.
    /// Each level once; returns the levels added now.
    /// </summary>
    public IReadOnlyList<string> Escalate(DateTime now, TimeSpan after, string jointOfficeBodyCode, string governmentBodyCode)
    {
        if (Status != IncidentStatuses.Open || after <= TimeSpan.Zero) return [];
        var added = new List<string>();
        for (var i = 0; i < EscalationLevels.All.Count; i++)
        {
            var level = EscalationLevels.All[i];
            if (Escalations.Any(e => e.Level == level)) continue;
            var due = OpenedAt + after * (i + 1);
            if (now < due) break;
            Escalations = [.. Escalations, new IncidentEscalation(level, level == EscalationLevels.JointOffice ? jointOfficeBodyCode : governmentBodyCode, now)];
            added.Add(level);
        }
        if (added.Count > 0) Revision++;
        return added;
    }

    public void Settle(string? note, DateTime now)
    {
        if (Status != IncidentStatuses.Open) throw new EnforcementRuleException("Incidents:Settled");
        if (string.IsNullOrWhiteSpace(note)) throw new EnforcementRuleException("Incidents:SettlementNoteRequired");
        Status = IncidentStatuses.Settled;
        SettledAt = now;
        SettlementNote = note.Trim();
        Revision++;
    }

    /// <summary>The 网信 desk grades the online opinion (分级); a later grade replaces the earlier one.</summary>
    public void Grade(string grade, string? note, DateTime now)
    {
        if (!OpinionGrades.All.Contains(grade)) throw new EnforcementRuleException("Incidents:UnknownGrade", grade);
        OpinionGrade = grade;
        OpinionNote = Trim(note);
        GradedAt = now;
        Revision++;
    }

    public void LinkPost(string url, string summary, DateTime postedAt, string? by, DateTime now)
    {
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || url.Length > MaxUrlLength)
            throw new EnforcementRuleException("Incidents:InvalidUrl");
        if (string.IsNullOrWhiteSpace(summary)) throw new EnforcementRuleException("Incidents:PostSummaryRequired");
        if (postedAt > now) throw new EnforcementRuleException("Incidents:PostInFuture");
        if (Posts.Any(p => p.Url == url)) throw new EnforcementRuleException("Incidents:PostLinked");
        Posts = [.. Posts, new OpinionPost(url, summary.Trim(), postedAt, now, by)];
        Revision++;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record IncidentPresence(string Role, string? BodyCode, string? Name, DateTime At, string? By);

public sealed record IncidentEscalation(string Level, string BodyCode, DateTime At);

public sealed record OpinionPost(string Url, string Summary, DateTime PostedAt, DateTime LinkedAt, string? By);
