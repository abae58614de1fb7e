using Dalad.Platform.PersonalData;
using Shouldly;

namespace Dalad.Search.Tests;

/// <summary>The one highlighter both backends' results go through: what it marks, what it never marks, where the snippet
/// window falls.</summary>
public sealed class SearchHighlighterTests
{
    private static string[] Marked(string text, string query, IReadOnlyList<(int, int)>? masked = null) =>
        SearchHighlighter.Mark(text, query, masked).Where(p => p.Match).Select(p => p.Text).ToArray();

    [Fact]
    public void A_word_query_marks_its_pairs_so_钢筋工_marks_钢筋_in_钢筋班组()
    {
        Marked("他在钢筋班组干活", "钢筋工").ShouldBe(["钢筋"]);
        Marked("钢筋工王师傅", "钢筋工").ShouldBe(["钢筋工"]);
        Marked("饭店拖欠服务员工资", "饭店 拖欠").ShouldBe(["饭店拖欠"]);
    }

    [Fact]
    public void The_pieces_give_back_the_text_whole()
    {
        const string text = "和顺家园三期拖欠工资，钢筋班组";
        var parts = SearchHighlighter.Mark(text, "工资 钢筋");
        string.Concat(parts.Select(p => p.Text)).ShouldBe(text);
        parts.Select(p => p.Match).ShouldBe([false, true, false, true, false]);
        SearchHighlighter.Mark("", "工资").ShouldBeEmpty();
        SearchHighlighter.Mark("工资", " ").ShouldBe([new HighlightPart("工资", false)]);
    }

    [Fact]
    public void A_lone_character_is_marked_only_where_it_stands_alone_as_the_pair_analysis_indexes_it()
    {
        // 工 of "钢筋 工": not the 工 of 员工 or 工资, only a 工 between non-Chinese characters.
        Marked("员工工资 工 地", "钢筋 工").ShouldBe(["工"]);
        Marked("员工工资", "工").ShouldBeEmpty();
        // Within a longer query it adds nothing on its own: 钢筋工 marks 钢筋, not a lone 工 elsewhere.
        Marked("钢筋 工", "钢筋工").ShouldBe(["钢筋"]);
    }

    [Fact]
    public void Latin_letters_and_digits_match_whole_words_ignoring_case_and_full_width()
    {
        Marked("ABC公司 2012年 12月", "abc 12").ShouldBe(["ABC", "12"]);
        Marked("ＡＢＣ公司", "abc").ShouldBe(["ＡＢＣ"]);
    }

    [Fact]
    public void Nothing_is_marked_inside_a_masked_number()
    {
        var (text, masked) = PersonalDataText.MaskWithSpans("钢筋工电话139 1234 5678，身份证150602198001011234");
        text.ShouldBe("钢筋工电话139****5678，身份证1506**********1234");
        masked.Count.ShouldBe(2);
        Marked(text, "139 钢筋 1234 5678", masked).ShouldBe(["钢筋"]);
        // Without the spans the same query would mark inside the number: the spans are what keep it out.
        Marked(text, "139 钢筋", null).ShouldContain("139");
    }

    [Fact]
    public void The_snippet_is_centred_on_the_first_match_not_the_texts_start()
    {
        var text = new string('甲', 100) + "钢筋班组拖欠工资" + new string('乙', 100);
        var snippet = SearchHighlighter.Snippet(text, "钢筋工");
        snippet.ShouldStartWith("…");
        snippet.ShouldEndWith("…");
        snippet.ShouldContain("钢筋班组拖欠工资");
        snippet.IndexOf("钢筋", StringComparison.Ordinal).ShouldBe(1 + SearchHighlighter.SnippetWidth / 3);

        // Near the end the window keeps its width; a short text comes whole; nothing matched: the start.
        SearchHighlighter.Snippet(new string('甲', 100) + "工资", "工资").ShouldBe("…" + new string('甲', 58) + "工资");
        SearchHighlighter.Snippet("拖欠工资", "钢筋").ShouldBe("拖欠工资");
        SearchHighlighter.Snippet(new string('甲', 100), "钢筋").ShouldBe(new string('甲', 60) + "…");
    }

    [Fact]
    public void A_cut_never_falls_inside_a_number_so_the_masking_sees_it_whole()
    {
        // The window would start inside the phone number; it starts before it instead, and the masking finds it.
        var text = new string('甲', 40) + "电话139 1234 5678" + new string('乙', 8) + "钢筋" + new string('丙', 80);
        var snippet = SearchHighlighter.Snippet(text, "钢筋");
        snippet.ShouldContain("139 1234 5678");
        PersonalDataText.Mask(snippet).ShouldContain("139****5678");
    }
}
