namespace Dalad.Projects;

/// <param name="Kind">A <see cref="SubcontractKinds"/> value.</param>
public sealed record SubcontractorInput(string? Name, string? Kind);

/// <summary>The wage special account (工资专用账户), opened by the general contractor at a bank where the project is.</summary>
/// <param name="TripartiteAgreementDate">When the builder, the general contractor and the bank signed the fund-management agreement.</param>
public sealed record WageAccountInput(DateOnly? OpenedOn, string? Bank, string? AccountNumber, DateOnly? TripartiteAgreementDate);

/// <summary>The wage deposit (工资保证金).</summary>
/// <param name="Form">A <see cref="DepositForms"/> value.</param>
/// <param name="Issuer">The bank, insurer or guarantee company of a guarantee form; the bank holding cash.</param>
/// <param name="AccountNumber">The deposit's bank account (工资保证金专用账户), for cash only: a guarantee, a policy or a letter
/// is held in no account. On the protected register: courts and banks must never freeze or transfer it.</param>
public sealed record WageDepositInput(decimal? Amount, string? Form, string? Issuer, DateOnly? ExpiresOn, DateOnly? PaidOn, string? AccountNumber = null);

/// <summary>
/// A construction project. Its type is a GB/T 4754-2017 class of division E (e.g. E4710); the industry owner is the
/// matrix's owner of that class and the territorial owner the territory's body, found by the server.
/// </summary>
public sealed record ProjectInput
{
    public string? Name { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? TypeCode { get; init; }
    public string? TerritoryCode { get; init; }
    public string? Address { get; init; }
    public string? Builder { get; init; }
    public string? GeneralContractor { get; init; }
    public IReadOnlyList<SubcontractorInput>? Subcontractors { get; init; }
    public bool GovernmentInvested { get; init; }
    public DateOnly? ApprovalDate { get; init; }
    public DateOnly? ContractDate { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? PlannedCompletionDate { get; init; }
    public DateOnly? CompletionDate { get; init; }
    public string? FundingSource { get; init; }
    public bool FundsInPlace { get; init; }

    /// <summary>The builder's payment guarantee (工程款支付担保), as written (form, issuer, amount).</summary>
    public string? PaymentGuarantee { get; init; }
    public WageAccountInput? WageAccount { get; init; }
    public WageDepositInput? WageDeposit { get; init; }
}

/// <summary>A contractor advance (垫资): the contractor paid for works the builder should have funded.</summary>
public sealed record ContractorAdvanceInput(DateOnly? Date, decimal? Amount, string? Contractor, string? Remarks);

/// <summary>A monthly 双驻双查 on-site inspection.</summary>
public sealed record InspectionInput(DateOnly? Date, string? Inspector, IReadOnlyList<ChecklistResultInput>? Checklist, string? Findings);

/// <param name="Item">The key of a checklist item of the project's type (see <see cref="ProjectTypeDto.Checklist"/>).</param>
public sealed record ChecklistResultInput(string? Item, bool Passed, string? Remarks);

public sealed record SubcontractorDto(string Name, string Kind);

public sealed record WageAccountDto(DateOnly? OpenedOn, string? Bank, string? AccountNumber, DateOnly? TripartiteAgreementDate);

public sealed record WageDepositDto(decimal? Amount, string? Form, string? Issuer, DateOnly? ExpiresOn, DateOnly? PaidOn, string? AccountNumber = null);

public sealed record ContractorAdvanceDto(Guid Id, DateOnly Date, decimal Amount, string Contractor, string? Remarks);

public sealed record ChecklistResultDto(string Item, string? ItemName, bool Passed, string? Remarks);

public sealed record InspectionDto(Guid Id, DateOnly Date, string Inspector, IReadOnlyList<ChecklistResultDto> Checklist, string? Findings);

/// <param name="AccountState">The wage account against its deadline, a <see cref="DeadlineStates"/> value.</param>
/// <param name="DepositState">The wage deposit against its deadline, a <see cref="DeadlineStates"/> value.</param>
public sealed record ProjectListItemDto(
    Guid Id, string Name, string TypeCode, string TypeName, string TerritoryCode, string TerritoryName,
    string IndustryBodyCode, string IndustryBodyName, string TerritorialBodyCode, string TerritorialBodyName,
    string GeneralContractor, DateOnly? ContractDate, int OpenWarnings,
    string AccountState, string DepositState, DateOnly? AccountOpenedOn, DateOnly? DepositPaidOn);

public sealed record ProjectDetailDto(
    Guid Id, string Name, IReadOnlyList<string> Aliases, string TypeCode, string TypeName, string TerritoryCode, string TerritoryName, string? Address,
    string IndustryBodyCode, string IndustryBodyName, string TerritorialBodyCode, string TerritorialBodyName,
    string Builder, string GeneralContractor, IReadOnlyList<SubcontractorDto> Subcontractors,
    bool GovernmentInvested, DateOnly? ApprovalDate, DateOnly? ContractDate, DateOnly? StartDate, DateOnly? PlannedCompletionDate, DateOnly? CompletionDate,
    string? FundingSource, bool FundsInPlace, string? PaymentGuarantee,
    WageAccountDto WageAccount, WageDepositDto WageDeposit,
    DateOnly? AccountDueOn, DateOnly? DepositDueOn,
    IReadOnlyList<ContractorAdvanceDto> Advances, IReadOnlyList<InspectionDto> Inspections, IReadOnlyList<WarningDto> Warnings,
    int Revision);

/// <summary>A project type: a GB/T 4754-2017 class of division E, the inspection checklist of its kind of works.</summary>
/// <param name="Group">The department area the type belongs to (housing, transport, water, energy, forestry): a label, the owner is the matrix's.</param>
public sealed record ProjectTypeDto(string Code, string Name, string Group, IReadOnlyList<ChecklistItemDto> Checklist);

public sealed record ChecklistItemDto(string Key, string Name);

/// <param name="Name">What the evidence is (a localization key's text, e.g. 合同签订日期).</param>
public sealed record WarningEvidenceDto(string Name, string Value);

public sealed record WarningDto(
    Guid Id, Guid ProjectId, string ProjectName, string RuleKey, string RuleName, string Severity, string Status,
    string Title, IReadOnlyList<WarningEvidenceDto> Evidence, DateTime RaisedAt,
    string IndustryBodyCode, string TerritorialBodyCode,
    string? HandledNote, DateTime? HandledAt, string? HandledBy, string? ClosedNote, DateTime? ClosedAt, string? ClosedBy,
    Guid? CaseId, string? CaseNumber);

public sealed record WarningNoteRequest(string? Note);

public sealed record WarningRuleDto(string Key, string Name, int Threshold, string Severity, bool Enabled);

public sealed record WarningRuleInput(int? Threshold, string? Severity, bool? Enabled);

/// <summary>The result of turning a warning into a case.</summary>
public sealed record WarningCaseDto(Guid WarningId, Guid CaseId, string CaseNumber);

/// <summary>A worker registered on a project (实名制). The identity number is checked (GB 11643) and never answered in full.</summary>
public sealed record WorkerInput(string? Name, string? IdNumber, string? Team, string? Subcontractor);

/// <param name="MaskedIdNumber">The first 4 and last 4 characters only.</param>
public sealed record WorkerDto(Guid Id, string Name, string MaskedIdNumber, string? Team, string? Subcontractor);

/// <summary>A batch of clock-ins from a site terminal (or a file converted to JSON). Idempotent by device, worker and time.</summary>
public sealed record AttendanceImportRequest(IReadOnlyList<AttendanceRowInput>? Rows);

/// <param name="IdNumber">The worker's identity number (he must be registered on the project).</param>
public sealed record AttendanceRowInput(string? DeviceId, string? IdNumber, DateTimeOffset? Time);

/// <param name="Imported">Rows stored now.</param>
/// <param name="Duplicates">Rows already stored by an earlier import (same device, worker and time).</param>
public sealed record AttendanceImportResultDto(int Imported, int Duplicates);

/// <summary>One row of a rejected file: its number (1-based) and what is wrong, in Chinese.</summary>
public sealed record ImportRowErrorDto(int Row, string Message);

/// <summary>The month's pay of workers (代发 by the general contractor), replacing what was recorded for the same worker and month.</summary>
/// <param name="Month">yyyy-MM.</param>
public sealed record PaymentImportRequest(string? Month, IReadOnlyList<PaymentRowInput>? Rows);

public sealed record PaymentRowInput(string? IdNumber, int? DaysPaid, decimal? Amount, DateOnly? PaidOn);

public sealed record PaymentImportResultDto(int Recorded);

/// <summary>Attendance against pay, per worker and month (the heart of the monitoring platform).</summary>
public sealed record WorkerMonthDto(Guid WorkerId, string Worker, string Month, int DaysWorked, int DaysPaid, decimal AmountPaid);
