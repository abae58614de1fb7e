using Dalad.Responsibility;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>The words the desk's corrections suggest as keywords (host-free: the rule alone).</summary>
public sealed class KeywordSuggestionTests
{
    private static readonly Guid CultureMarket = Guid.NewGuid();

    private static readonly ResponsibilityMatrixSnapshot Matrix = new(1, null,
        [
            new BodyDto("hrss", "人社局", BodyKinds.Industry, null, true),
            new BodyDto("culture-tourism", "文旅局", BodyKinds.Industry, null, true),
            new BodyDto("xiyuan", "西园街道", BodyKinds.Territorial, null, true),
        ],
        [new TerritoryDto("150621005", "西园街道", "街道", "xiyuan", ["西园"], [new VillageDto("团结社区", "社区", null)])],
        [
            new ScopeItemDto(Guid.NewGuid(), "culture-tourism", "文化娱乐", "", ["歌舞厅", "演出"]),
            new ScopeItemDto(CultureMarket, "culture-tourism", "文化市场", "", ["影楼", "摄影"]),
            new ScopeItemDto(Guid.NewGuid(), "hrss", "其他用人单位", "", ["劳务派遣"]),
        ]);

    private static RoutingDecision Corrected(string text) => new(text, "culture-tourism");

    private static RoutingDecision Confirmed(string text) => new(text, "hrss");

    // The matrix alone sends every complaint here to HRSS, unless it names a culture keyword.
    private static string? Rules(string text) => text.Contains("演出") || text.Contains("歌舞厅") ? "culture-tourism" : "hrss";

    [Fact]
    public void A_word_two_corrections_share_and_nobody_else_uses_is_suggested_to_the_body_it_was_corrected_to()
    {
        var result = KeywordSuggestions.Suggest(
        [
            Corrected("来电人反映：其在西园街道一家婚庆公司当司仪，拖欠三个月工资。"),
            Corrected("西园团结社区的婚庆司仪和摄影师被拖欠工钱，老板一直推。"),
            Confirmed("来电人反映：其在西园街道一家劳务公司干活，拖欠工资。"),
        ], Matrix, Rules);

        result.CorrectionCount.ShouldBe(2);
        result.Items.Select(i => i.Keyword).ShouldBe(["司仪", "婚庆"], ignoreOrder: true);
        var suggestion = result.Items.Single(i => i.Keyword == "婚庆");
        suggestion.BodyCode.ShouldBe("culture-tourism");
        suggestion.BodyName.ShouldBe("文旅局");
        suggestion.Corrections.ShouldBe(2);
        suggestion.Share.ShouldBe(1.0);
        suggestion.RuleBodyNames.ShouldBe(["人社局"]);
        // It joins the item the corrected complaints speak of (摄影 → 文化市场).
        suggestion.ScopeItemId.ShouldBe(CultureMarket);
        suggestion.Examples.Count.ShouldBe(2);
    }

    [Fact]
    public void Complaints_the_rules_already_send_to_the_chosen_body_suggest_nothing()
    {
        var result = KeywordSuggestions.Suggest(
        [
            Corrected("来电人反映：其在西园街道一家婚庆公司当司仪，拖欠三个月工资。"),
            Corrected("西园团结社区的婚庆司仪和摄影师被拖欠工钱，老板一直推。"),
        ], Matrix, _ => "culture-tourism");

        result.CorrectionCount.ShouldBe(0);
        result.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Places_known_keywords_a_single_correction_and_words_other_bodies_share_are_not_suggested()
    {
        var result = KeywordSuggestions.Suggest(
        [
            // 西园/团结社区 are places; the rules route 演出 and 歌舞厅 already; 司仪 and 婚庆 appear in one correction only.
            Corrected("西园团结社区演出队的司仪被拖欠工资。"),
            Corrected("西园团结社区歌舞厅拖欠服务员工资。"),
            Corrected("西园团结社区婚庆跟拍拖欠三个月。"),
            // 跟拍 is in two corrections, but as often in complaints the desk left with HRSS.
            Corrected("团结社区跟拍摄像拖欠。"),
            Confirmed("劳务公司派去跟拍的活，拖欠工资。"),
            Confirmed("跟拍临时工被拖欠。"),
        ], Matrix, Rules);

        result.Items.Select(i => i.Keyword).ShouldBeEmpty();
    }

    [Fact]
    public void Of_words_found_in_the_same_complaints_the_longest_is_suggested()
    {
        var result = KeywordSuggestions.Suggest(
        [
            Corrected("其在剧本杀店当主持，拖欠工资。"),
            Corrected("剧本杀店老板拖欠我们几个主持人的工钱。"),
        ], Matrix, Rules);

        result.Items.Select(i => i.Keyword).ShouldContain("剧本杀店");
        result.Items.Select(i => i.Keyword).ShouldNotContain("剧本杀");
        result.Items.Select(i => i.Keyword).ShouldNotContain("剧本");
    }
}
