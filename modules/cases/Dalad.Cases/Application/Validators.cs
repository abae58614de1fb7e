using Dalad.Platform.PersonalData;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Timing;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

internal sealed class CreateLeadRequestValidator : AbstractValidator<CreateLeadRequest>
{
    public const int MaxWorkerCount = 100_000;
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>How far back a lead's reception time may lie (days, setting Cases:Intake:MaxReceivedAgeDays): a lead
    /// back-dated beyond it would open a case already overdue and raise 督办 against a body at once.</summary>
    public const int DefaultMaxReceivedAgeDays = 365;

    public CreateLeadRequestValidator(IStringLocalizer l, IClock clock, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var maxAgeDays = int.TryParse(configuration["Cases:Intake:MaxReceivedAgeDays"], out var days) && days > 0 ? days : DefaultMaxReceivedAgeDays;
        RuleFor(r => r.Channel).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Lead:Channel"])
            .Must(c => LeadChannels.All.Contains(c)).WithMessage(_ => l["Leads:UnknownChannel", string.Join("、", LeadChannels.All)]);
        RuleFor(r => r.TicketNumber).NotEmpty().MaximumLength(Lead.MaxTicketNumberLength).WithName(_ => l["Lead:TicketNumber"]);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Lead.MaxTextLength).WithName(_ => l["Lead:Text"]);
        RuleFor(r => r.Address).MaximumLength(Lead.MaxAddressLength).WithName(_ => l["Lead:Address"]);
        RuleFor(r => r.ComplainantName).MaximumLength(Lead.MaxNameLength).WithName(_ => l["Lead:ComplainantName"]);
        RuleFor(r => r.Phone).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Lead:Phone"])
            .Must(ChinesePhone.IsValid).WithMessage(_ => l["Leads:PhoneInvalid"]);
        RuleFor(r => r.IdCardNumber).Custom((id, context) =>
        {
            if (string.IsNullOrWhiteSpace(id)) return;
            var problem = ChineseIdCard.Check(id, DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime));
            if (problem != IdCardProblem.None) context.AddFailure(nameof(CreateLeadRequest.IdCardNumber), l["Leads:IdCard" + problem]);
        });
        RuleFor(r => r.Employer).MaximumLength(Lead.MaxEmployerLength).WithName(_ => l["Lead:Employer"]);
        RuleFor(r => r.Project).MaximumLength(Lead.MaxEmployerLength).WithName(_ => l["Lead:Project"]);
        RuleFor(r => r.WorkerCount).InclusiveBetween(1, MaxWorkerCount).WithName(_ => l["Lead:WorkerCount"]);
        RuleFor(r => r.AmountOwed).InclusiveBetween(0m, MaxAmount).PrecisionScale(12, 2, ignoreTrailingZeros: true).WithName(_ => l["Lead:AmountOwed"]);
        // UtcTicks never throws, whatever the year (0001 with a positive offset has no UtcDateTime).
        RuleFor(r => r.ReceivedAt).Cascade(CascadeMode.Stop)
            .Must(t => t is null || t.Value.UtcTicks <= clock.UtcNow.AddMinutes(5).Ticks)
            .WithMessage(_ => l["Leads:ReceivedInFuture"])
            .Must(t => t is null || t.Value.UtcTicks >= clock.UtcNow.AddDays(-maxAgeDays).Ticks)
            .WithMessage(_ => l["Leads:ReceivedTooLongAgo", maxAgeDays]);
    }
}

internal sealed class ConfirmLeadRequestValidator : AbstractValidator<ConfirmLeadRequest>
{
    public ConfirmLeadRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.TerritoryCode).Matches("^[0-9]{9}$").When(r => !string.IsNullOrWhiteSpace(r.TerritoryCode))
            .WithName(_ => l["Lead:TerritoryCode"]).WithMessage(_ => l["Leads:TerritoryCodeFormat"]);
        RuleFor(r => r.IndustryBodyCode).MaximumLength(64).WithName(_ => l["Lead:IndustryBodyCode"]);
        RuleFor(r => r.Reason).MaximumLength(CaseTransfer.MaxReasonLength).WithName(_ => l["Case:Reason"]);
    }
}

internal sealed class TransferCaseRequestValidator : AbstractValidator<TransferCaseRequest>
{
    public TransferCaseRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Role).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Case:Role"])
            .Must(r => CaseRoles.All.Contains(r)).WithMessage(_ => l["Cases:RoleInvalid"]);
        RuleFor(r => r.BodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Case:BodyCode"]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(CaseTransfer.MaxReasonLength).WithName(_ => l["Case:Reason"]);
    }
}
