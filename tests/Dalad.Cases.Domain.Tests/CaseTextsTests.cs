using Dalad.Cases.Domain;
using Shouldly;

namespace Dalad.Cases.Domain.Tests;

/// <summary>What a worker reads: free text becomes one whole sentence, amounts are readable.</summary>
public sealed class CaseTextsTests
{
    [Theory]
    [InlineData("工人已确认收到。", "工人已确认收到。")]
    [InlineData("工人已确认收到", "工人已确认收到。")]
    [InlineData("工人已确认收到，", "工人已确认收到。")]
    [InlineData(" 已结清；。 ", "已结清。")]
    [InlineData("真的结清了吗？", "真的结清了吗？")]
    public void Free_text_ends_in_exactly_one_full_stop(string typed, string sentence) => CaseTexts.Sentence(typed).ShouldBe(sentence);

    [Theory]
    [InlineData("120000", "120,000.00")]
    [InlineData("230000.5", "230,000.50")]
    [InlineData("0", "0.00")]
    public void Amounts_have_thousands_separators_and_fen(string yuan, string shown) => CaseTexts.Amount(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(shown);
}

/// <summary>Where the public status page is: <c>Dalad:PublicQueryUrl</c>, relative to the host's public address by default.</summary>
public sealed class PublicQueryAddressTests
{
    [Theory]
    [InlineData(null, null, null, "http://127.0.0.1:5000/query")]
    [InlineData(null, "https://wage.dalad.gov.cn/", null, "https://wage.dalad.gov.cn/query")]
    [InlineData("/status", null, "http://0.0.0.0:8080;http://127.0.0.1:8081", "http://127.0.0.1:8080/status")]
    [InlineData("https://sms.example.cn/q", "https://wage.dalad.gov.cn/", null, "https://sms.example.cn/q")]
    public void The_page_is_the_setting_or_query_on_the_public_address(string? setting, string? issuer, string? urls, string expected) =>
        Dalad.Cases.Sms.PublicQueryAddress.Resolve(setting, issuer, urls).ShouldBe(expected);
}

/// <summary>The code the public lookup needs besides the number and the phone (issue 15, finding 9).</summary>
public sealed class CaseLookupCodeTests
{
    [Fact]
    public void Codes_are_six_unambiguous_characters_drawn_at_random()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => CaseLookupCode.New()).ToList();

        codes.ShouldAllBe(c => c.Length == 6 && c.All(ch => CaseLookupCode.Alphabet.Contains(ch)));
        CaseLookupCode.Alphabet.ShouldNotContain('0');
        CaseLookupCode.Alphabet.ShouldNotContain('O');
        CaseLookupCode.Alphabet.ShouldNotContain('1');
        CaseLookupCode.Alphabet.ShouldNotContain('I');
        CaseLookupCode.Alphabet.ShouldNotContain('L');
        codes.Distinct().Count().ShouldBeGreaterThan(1990, "31^6 codes: 2,000 draws almost never repeat");
        // Every character of the alphabet turns up in every position: nothing is fixed or derived.
        for (var position = 0; position < 6; position++)
            codes.Select(c => c[position]).Distinct().Count().ShouldBe(CaseLookupCode.Alphabet.Length);
    }

    [Theory]
    [InlineData("k7m 2qx", "K7M2QX")]
    [InlineData(" K7M2QX ", "K7M2QX")]
    [InlineData("K7M2Q", null)]
    [InlineData("K7M2QO", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void What_the_complainant_types_is_read_case_and_space_insensitively(string? typed, string? code) =>
        CaseLookupCode.Normalize(typed).ShouldBe(code);
}
