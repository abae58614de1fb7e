using System.Globalization;
using Dalad.Platform.Web;
using FluentValidation;
using Shouldly;
using Xunit;

namespace Dalad.Platform.Tests;

/// <summary>What a clerk reads when a form is refused: Chinese sentences quote the field's name with “ ”.</summary>
public sealed class ValidationMessageTests
{
    private sealed record Input(string? Name, string? Text);

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Name).NotEmpty().WithName("名称");
            RuleFor(x => x.Text).MaximumLength(5).WithName("诉求内容");
        }
    }

    [Fact]
    public void Chinese_messages_quote_the_field_name_with_chinese_quotation_marks()
    {
        var messages = Validate(new Input("", "超过五个字的诉求"), "zh-Hans");

        messages.ShouldContain(m => m.StartsWith("“名称”", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("“诉求内容”", StringComparison.Ordinal));
        messages.ShouldAllBe(m => !m.Contains('\''));
    }

    [Fact]
    public void English_messages_keep_their_own_quotes()
    {
        var messages = Validate(new Input("", null), "en");

        messages.ShouldHaveSingleItem().ShouldStartWith("'名称'");
    }

    private static List<string> Validate(Input input, string culture)
    {
        // What every host sets at start (DaladHostingExtensions); left in place, since hosts of other tests share it.
        ValidatorOptions.Global.LanguageManager = new DaladLanguageManager();
        var previousCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return new InputValidator().Validate(input).Errors.Select(e => e.ErrorMessage).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }
}
