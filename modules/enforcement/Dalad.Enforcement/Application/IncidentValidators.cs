using Dalad.Enforcement.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

internal sealed class IncidentReportInputValidator : AbstractValidator<IncidentReportInput>
{
    public IncidentReportInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Summary).NotEmpty().MaximumLength(Incident.MaxTextLength).WithName(_ => l["Incidents:Summary"]);
        RuleFor(r => r.WorkerCount).NotNull().InclusiveBetween(1, 100_000).WithName(_ => l["Incidents:WorkerCount"]);
        RuleFor(r => r.Location).MaximumLength(500).WithName(_ => l["Incidents:Location"]);
        RuleFor(r => r.EmployerName).MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.CaseNumber).MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.IndustryBodyCode).MaximumLength(64).WithName(_ => l["Incidents:IndustryBody"]);
        RuleFor(r => r.TownshipBodyCode).MaximumLength(64).WithName(_ => l["Incidents:TownshipBody"]);
    }
}

internal sealed class PresenceInputValidator : AbstractValidator<PresenceInput>
{
    public PresenceInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Role).NotEmpty().WithName(_ => l["Incidents:Role"]);
        RuleFor(r => r.Name).MaximumLength(64).WithName(_ => l["Incidents:PresentName"]);
    }
}

internal sealed class SettleIncidentInputValidator : AbstractValidator<SettleIncidentInput>
{
    public SettleIncidentInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Note).NotEmpty().MaximumLength(Incident.MaxTextLength).WithName(_ => l["Incidents:SettlementNote"]);
}

internal sealed class OpinionGradeInputValidator : AbstractValidator<OpinionGradeInput>
{
    public OpinionGradeInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Grade).NotEmpty().WithName(_ => l["Incidents:Grade"]);
        RuleFor(r => r.Note).MaximumLength(Incident.MaxTextLength).WithName(_ => l["Incidents:GradeNote"]);
    }
}

internal sealed class OpinionPostInputValidator : AbstractValidator<OpinionPostInput>
{
    public OpinionPostInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Url).NotEmpty().MaximumLength(Incident.MaxUrlLength).WithName(_ => l["Incidents:PostUrl"]);
        RuleFor(r => r.Summary).NotEmpty().MaximumLength(Incident.MaxTextLength).WithName(_ => l["Incidents:PostSummary"]);
        RuleFor(r => r.PostedAt).NotNull().WithName(_ => l["Incidents:PostedAt"]);
    }
}

internal sealed class IllegalDemandInputValidator : AbstractValidator<IllegalDemandInput>
{
    public IllegalDemandInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Kind).NotEmpty().WithName(_ => l["IllegalDemands:Kind"]);
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.Facts).NotEmpty().MaximumLength(IllegalDemand.MaxTextLength).WithName(_ => l["IllegalDemands:Facts"]);
        RuleFor(r => r.Location).MaximumLength(500).WithName(_ => l["Incidents:Location"]);
    }
}

internal sealed class IllegalDemandHandleInputValidator : AbstractValidator<IllegalDemandHandleInput>
{
    public IllegalDemandHandleInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Measure).NotEmpty().MaximumLength(IllegalDemand.MaxTextLength).WithName(_ => l["IllegalDemands:Measure"]);
}

internal sealed class JointActionInputValidator : AbstractValidator<JointActionInput>
{
    public JointActionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.BodyCodes).NotNull().Must(b => b is { Count: >= 2 and <= 10 }).WithMessage(_ => l["JointActions:TwoBodies"]);
        RuleForEach(r => r.BodyCodes).NotEmpty().MaximumLength(64).Matches("^[a-z0-9-]+$").WithName(_ => l["JointActions:Bodies"]);
        RuleFor(r => r.On).NotNull().WithName(_ => l["JointActions:On"]);
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.Result).NotEmpty().MaximumLength(IllegalDemand.MaxTextLength).WithName(_ => l["JointActions:Result"]);
    }
}
