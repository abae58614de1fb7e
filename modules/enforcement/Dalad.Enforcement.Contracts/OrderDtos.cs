namespace Dalad.Enforcement;

public sealed record OrderInput(string? Kind, string? CaseNumber, string? EmployerName, string? CreditCode, decimal? Amount, DateOnly? IssuedOn, DateOnly? DeadlineOn, string? Text);

public sealed record ServeOrderInput(DateOnly? ServedOn);

public sealed record OrderOutcomeInput(bool? Complied, string? Note);

public sealed record OrderDto(
    Guid Id, string Kind, string CaseNumber, string EmployerName, string? CreditCode, decimal? Amount, string Text,
    DateOnly IssuedOn, DateOnly DeadlineOn, DateOnly? ServedOn, string Outcome, DateOnly? OutcomeOn, string? OutcomeNote,
    bool Lapsed, DateTime CreatedAt, string? CreatedBy);

public sealed record PenaltyCaseInput(string? CaseNumber, Guid? OrderId, string? EmployerName, string? Facts);

public sealed record PenaltyStepInput(string? Step, string? Note);

public sealed record PenaltyStepDto(string Step, string? Note, DateOnly On, string? By);

public sealed record PenaltyCaseDto(Guid Id, string Number, string CaseNumber, Guid? OrderId, string EmployerName, string Facts, string Step, IReadOnlyList<PenaltyStepDto> Steps);

public sealed record ReferralInput(Guid? OrderId, string? Facts);

public sealed record ReferralStatusInput(string? Status, string? Note);

public sealed record ReferralStepDto(string Status, string? Note, DateTime At, string? By);

public sealed record ReferralDto(
    Guid Id, Guid OrderId, string CaseNumber, string EmployerName, string? CreditCode, decimal? Amount, string Facts,
    string ReferringBodyCode, string PoliceBodyCode, string Status, IReadOnlyList<ReferralStepDto> Steps, DateTime ReferredAt, string? ReferredBy);
