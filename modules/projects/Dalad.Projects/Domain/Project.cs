using Dalad.Platform.Data;

namespace Dalad.Projects.Domain;

/// <summary>
/// A construction project under wage supervision (Inner Mongolia measures 三–九, Dalad plan 三（一）–（七）). It belongs
/// to two bodies, like a case: the industry owner of its type (from the matrix) and the territorial owner of where it is.
/// </summary>
public sealed class Project : AuditedEntity
{
    public const int MaxNameLength = 200;
    public const int MaxPartyLength = 200;
    public const int MaxTextLength = 1000;
    public const int MaxAliases = 10;
    public const int MaxSubcontractors = 50;

    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>A GB/T 4754-2017 class of division E (e.g. E4710): what decides the industry owner.</summary>
    public required string TypeCode { get; set; }
    public required string TerritoryCode { get; set; }
    public string? Address { get; set; }
    public required string IndustryBodyCode { get; set; }
    public required string TerritorialBodyCode { get; set; }

    /// <summary>建设单位.</summary>
    public required string Builder { get; set; }

    /// <summary>施工总承包单位: opens the wage account, pays the deposit, pays the workers (代发).</summary>
    public required string GeneralContractor { get; set; }
    public List<Subcontractor> Subcontractors { get; set; } = [];

    public bool GovernmentInvested { get; set; }
    public DateOnly? ApprovalDate { get; set; }

    /// <summary>The construction contract's signing date: the 30- and 20-day periods run from it.</summary>
    public DateOnly? ContractDate { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? PlannedCompletionDate { get; set; }

    /// <summary>When the works were completed (完工): the monthly inspections stop with it.</summary>
    public DateOnly? CompletionDate { get; set; }
    public string? FundingSource { get; set; }
    public bool FundsInPlace { get; set; }
    public string? PaymentGuarantee { get; set; }

    public WageAccount WageAccount { get; set; } = new();
    public WageDeposit WageDeposit { get; set; } = new();

    public List<ContractorAdvance> Advances { get; set; } = [];
    public List<Inspection> Inspections { get; set; } = [];

    /// <summary>Concurrency token: two clerks saving the same project do not overwrite each other.</summary>
    public int Revision { get; set; }
}

public sealed class Subcontractor
{
    public required string Name { get; set; }

    /// <summary>labour (劳务分包) or specialist (专业分包).</summary>
    public required string Kind { get; set; }
}

public sealed class WageAccount
{
    public DateOnly? OpenedOn { get; set; }
    public string? Bank { get; set; }
    public string? AccountNumber { get; set; }
    public DateOnly? TripartiteAgreementDate { get; set; }
}

public sealed class WageDeposit
{
    public decimal? Amount { get; set; }
    public string? Form { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly? PaidOn { get; set; }

    /// <summary>The 工资保证金专用账户 of a deposit paid in cash (the other forms are held in no account).</summary>
    public string? AccountNumber { get; set; }
}

public sealed class ContractorAdvance : AuditedEntity
{
    public Guid ProjectId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public required string Contractor { get; set; }
    public string? Remarks { get; set; }
}

/// <summary>A monthly 双驻双查 on-site inspection (驻查日志).</summary>
public sealed class Inspection : AuditedEntity
{
    public Guid ProjectId { get; set; }
    public DateOnly Date { get; set; }
    public required string Inspector { get; set; }
    public List<ChecklistResult> Checklist { get; set; } = [];
    public string? Findings { get; set; }
}

public sealed record ChecklistResult(string Item, bool Passed, string? Remarks);
