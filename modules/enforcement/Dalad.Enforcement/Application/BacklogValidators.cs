using Dalad.Enforcement.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

internal sealed class BacklogFlagInputValidator : AbstractValidator<BacklogFlagInput>
{
    public BacklogFlagInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.Circumstance).Must(c => string.IsNullOrWhiteSpace(c) || BacklogGrounds.Recorded.Contains(c.Trim()))
            .WithMessage(r => l["Backlog:UnknownCircumstance", r.Circumstance ?? ""]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(BacklogCase.MaxTextLength).WithName(_ => l["Backlog:Reason"]);
    }
}

internal sealed class BacklogRouteInputValidator : AbstractValidator<BacklogRouteInput>
{
    public BacklogRouteInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Channel).Must(c => c is not null && BacklogChannels.All.Contains(c)).WithMessage(r => l["Backlog:UnknownChannel", r.Channel ?? ""]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(BacklogCase.MaxTextLength).WithName(_ => l["Backlog:RouteReason"]);
    }
}

internal sealed class BacklogStepInputValidator : AbstractValidator<BacklogStepInput>
{
    public BacklogStepInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Step).NotEmpty().MaximumLength(32).WithName(_ => l["Backlog:StepName"]);
        RuleFor(r => r.Note).MaximumLength(BacklogCase.MaxTextLength).WithName(_ => l["Backlog:Note"]);
        RuleFor(r => r.AmountRecovered).InclusiveBetween(0m, 10_000_000_000m).When(r => r.AmountRecovered is not null).WithName(_ => l["Backlog:AmountRecovered"]);
    }
}
