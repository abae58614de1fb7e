using Dalad.Platform.Data;

namespace Dalad.Projects.Domain;

/// <summary>
/// An early warning about one fact of one project (the account not opened by the deadline of this contract date, the
/// inspection of this month missing…). <see cref="FactKey"/> names the fact: a warning is raised once per rule and fact,
/// whatever happens to it afterwards. Open → handled → closed, each step with a note.
/// </summary>
public sealed class Warning : AuditedEntity
{
    public const int MaxNoteLength = 1000;

    public Guid ProjectId { get; set; }
    public required string ProjectName { get; set; }
    public required string RuleKey { get; set; }

    /// <summary>Which fact of the project the warning is about (e.g. contract:2026-03-02, month:2026-04, advance:&lt;id&gt;).</summary>
    public required string FactKey { get; set; }
    public required string Severity { get; set; }
    public string Status { get; set; } = WarningStatuses.Open;
    public List<WarningEvidence> Evidence { get; set; } = [];
    public DateTime RaisedAt { get; set; }

    /// <summary>Where the warning lands: the project's owners when it was raised.</summary>
    public required string IndustryBodyCode { get; set; }
    public required string TerritorialBodyCode { get; set; }

    public string? HandledNote { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
    public string? ClosedNote { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public int Revision { get; set; }

    /// <summary>Records what was done about it (整改, 约谈…): open → handled.</summary>
    public void Handle(string note, string? user, DateTime now)
    {
        if (Status != WarningStatuses.Open) throw new WarningRuleException(Status == WarningStatuses.Closed ? "Warnings:AlreadyClosed" : "Warnings:AlreadyHandled");
        Status = WarningStatuses.Handled;
        HandledNote = note;
        HandledAt = now;
        HandledBy = user;
        Revision++;
    }

    /// <summary>Closes it with a note, from open or handled.</summary>
    public void Close(string note, string? user, DateTime now)
    {
        if (Status == WarningStatuses.Closed) throw new WarningRuleException("Warnings:AlreadyClosed");
        Status = WarningStatuses.Closed;
        ClosedNote = note;
        ClosedAt = now;
        ClosedBy = user;
        Revision++;
    }

    /// <summary>Whether it may become a case: not closed and not one already.</summary>
    public void EnsureCanBecomeCase()
    {
        if (CaseId is not null) throw new WarningRuleException("Warnings:AlreadyCase", CaseNumber ?? "");
        if (Status == WarningStatuses.Closed) throw new WarningRuleException("Warnings:AlreadyClosed");
    }

    /// <summary>The case opened for it: the warning counts as handled by it.</summary>
    public void BecameCase(Guid caseId, string caseNumber, string note, string? user, DateTime now)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
        if (Status == WarningStatuses.Open)
        {
            Status = WarningStatuses.Handled;
            HandledNote = note;
            HandledAt = now;
            HandledBy = user;
        }
        Revision++;
    }
}

/// <param name="Name">A localization key of what the value is (e.g. Evidence:ContractDate).</param>
public sealed record WarningEvidence(string Name, string Value);

/// <summary>A move the warning's lifecycle refuses; the message key is localized by the application service.</summary>
public sealed class WarningRuleException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}

/// <summary>A warning rule as data: administrators change the threshold, the severity and whether it runs.</summary>
public sealed class WarningRule : AuditedEntity
{
    public required string Key { get; set; }

    /// <summary>The rule's number: days after the contract (account, deposit), days of grace after the month (inspection); unused by the others.</summary>
    public int Threshold { get; set; }
    public required string Severity { get; set; }
    public bool Enabled { get; set; } = true;
}
