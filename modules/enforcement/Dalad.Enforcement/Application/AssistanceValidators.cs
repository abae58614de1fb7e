using Dalad.Enforcement.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

internal sealed class AssistanceRequestInputValidator : AbstractValidator<AssistanceRequestInput>
{
    public AssistanceRequestInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Kind).Must(k => k is not null && AssistanceKinds.All.Contains(k)).WithName(_ => l["Assistance:Kind"])
            .WithMessage(r => l["Assistance:UnknownKind", r.Kind ?? ""]);
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.PartyName).NotEmpty().MaximumLength(AssistanceRequest.MaxNameLength).WithName(_ => l["Assistance:PartyName"]);
        RuleFor(r => r.PartyNumber).MaximumLength(32).WithName(_ => l["Assistance:PartyNumber"]);
        RuleFor(r => r.Question).NotEmpty().MaximumLength(AssistanceRequest.MaxTextLength).WithName(_ => l["Assistance:Question"]);
    }
}

internal sealed class AssistanceAnswerInputValidator : AbstractValidator<AssistanceAnswerInput>
{
    public AssistanceAnswerInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Finding).NotEmpty().MaximumLength(AssistanceRequest.MaxTextLength).WithName(_ => l["Assistance:Finding"]);
        RuleFor(r => r.Attachments).Must(a => a is null || a.Count <= AssistanceRequest.MaxAttachments).WithName(_ => l["Assistance:Attachments"])
            .WithMessage(_ => l["Assistance:TooManyAttachments", AssistanceRequest.MaxAttachments]);
        RuleForEach(r => r.Attachments).NotNull().MaximumLength(AssistanceRequest.MaxAttachmentLength).WithName(_ => l["Assistance:Attachments"]);
    }
}
