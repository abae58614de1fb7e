using Dalad.Responsibility;
using Dalad.Search;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>The routing rules on a small matrix built by hand, so each rule is seen alone.</summary>
public sealed class RouterTests
{
    private static readonly Guid MineId = Guid.NewGuid();

    private readonly RoutingModel _model = RoutingModel.Build(
        new ResponsibilityMatrixSnapshot(7, null,
            [
                new BodyDto("hrss", "旗人力资源和社会保障局", BodyKinds.Industry, null, true),
                new BodyDto("housing", "旗住房和城乡建设局", BodyKinds.Industry, null, true),
                new BodyDto("energy", "旗能源局", BodyKinds.Industry, null, true),
                new BodyDto("transport", "旗交通运输局", BodyKinds.Industry, null, true),
                new BodyDto("jigesitai-town", "吉格斯太镇人民政府", BodyKinds.Territorial, null, true),
                new BodyDto("wangaizhao-town", "王爱召镇人民政府", BodyKinds.Territorial, null, true),
                new BodyDto("zhaojun-town", "昭君镇人民政府", BodyKinds.Territorial, null, true),
                new BodyDto("zhaojun-street", "昭君街道办事处", BodyKinds.Territorial, null, true),
                new BodyDto("dalad-edz", "达拉特经济开发区管委会", BodyKinds.Zone, null, true),
            ],
            [
                new TerritoryDto("150621101", "吉格斯太镇", TerritoryKinds.Town, "jigesitai-town", [], []),
                new TerritoryDto("150621103", "王爱召镇", TerritoryKinds.Town, "wangaizhao-town", [], []),
                new TerritoryDto("150621104", "昭君镇", TerritoryKinds.Town, "zhaojun-town", [], []),
                new TerritoryDto("150621002", "昭君街道", TerritoryKinds.Street, "zhaojun-street", [], []),
                new TerritoryDto("150621400", "达拉特经济开发区", TerritoryKinds.Zone, "dalad-edz", ["达旗经济开发区"], []),
            ],
            [
                new ScopeItemDto(Guid.NewGuid(), "housing", "建筑施工", "建筑施工", ["建筑施工", "施工", "工地"]),
                new ScopeItemDto(Guid.NewGuid(), "housing", "物业服务", "物业服务", ["物业服务", "物业"]),
                new ScopeItemDto(Guid.NewGuid(), "energy", "煤炭洗选厂", "煤炭洗选厂", ["煤炭洗选", "洗煤厂"]),
                new ScopeItemDto(Guid.NewGuid(), "transport", "网约车", "网约车", ["网约车"]),
                // The owner of a complaint whose sector cannot be told is matrix data (the item holding the code *).
                new ScopeItemDto(Guid.NewGuid(), "hrss", "欠薪线索汇总（行业不明）", "汇总全旗欠薪问题投诉举报案件线索", []) { IndustryCodes = ["*"] },
            ]));

    // What search's register index finds for a complaint naming the mine (its matching is tested in Dalad.Search.Tests).
    private static readonly RegisterMatch Mine = new(MineId, "energy", "宏岩煤业", "宏岩煤业", "150621103", "energy");

    private RoutingProposal Route(string text, string? address = null, params RegisterMatch[] registers) =>
        Router.Propose(_model, new RoutingRequest(text, address), registers);

    [Fact]
    public void Names_the_territory_and_the_industry_owner_with_their_evidence()
    {
        var proposal = Route("来电人反映：其在吉格斯太镇洗煤厂开装载机，老板拖欠两个月工资。");

        proposal.Territory.Code.ShouldBe("150621101");
        proposal.Territory.BodyCode.ShouldBe("jigesitai-town");
        proposal.Territory.Evidence.ShouldContain(e => e.Matched == "吉格斯太镇");
        proposal.Industry.Code.ShouldBe("energy");
        proposal.Industry.Evidence.ShouldContain(e => e.Kind == "keyword" && e.Matched == "洗煤厂" && e.Source == "煤炭洗选厂");
        proposal.NeedsDispatcher.ShouldBeFalse();
        proposal.MatrixVersion.ShouldBe(7);
    }

    [Fact]
    public void The_same_place_in_the_text_and_the_address_is_shown_once_and_the_owning_bodies_are_named()
    {
        var proposal = Route("来电人反映：其在吉格斯太镇一处工地干活，包工头拖欠工资。", address: "达拉特旗吉格斯太镇");

        proposal.Territory.Code.ShouldBe("150621101");
        proposal.Territory.Evidence.Count(e => e.Matched == "吉格斯太镇").ShouldBe(1);
        proposal.Territory.BodyName.ShouldBe("吉格斯太镇人民政府");
        proposal.Industry.BodyName.ShouldBe("旗住房和城乡建设局");
    }

    [Fact]
    public void The_workplace_decides_the_territory_not_where_the_worker_lives()
    {
        var proposal = Route("他家在王爱召镇，在吉格斯太镇一家工地干活，欠工资半年。", address: "达拉特旗王爱召镇");

        proposal.Territory.Code.ShouldBe("150621101");
        proposal.Territory.Evidence.ShouldContain(e => e.Kind == "residence" && e.Matched == "王爱召镇");
    }

    [Fact]
    public void A_short_name_shared_by_two_territories_proves_neither()
    {
        var proposal = Route("昭君那边一个物业公司欠保安工资。");

        proposal.Territory.Code.ShouldBeNull();
        proposal.NeedsDispatcher.ShouldBeTrue();
        proposal.Industry.Code.ShouldBe("housing");
    }

    [Fact]
    public void The_full_name_tells_a_town_from_a_street_of_the_same_name()
    {
        Route("昭君镇一个工地欠薪").Territory.Code.ShouldBe("150621104");
        Route("昭君街道一个工地欠薪").Territory.Code.ShouldBe("150621002");
    }

    [Fact]
    public void A_homophone_of_a_long_name_still_points_to_its_territory_as_weaker_evidence()
    {
        var proposal = Route("吉格斯台那边的洗煤厂又欠工资了");

        proposal.Territory.Code.ShouldBe("150621101");
        proposal.Territory.Evidence.ShouldContain(e => e.Kind == "territory-partial");
    }

    [Fact]
    public void A_registered_employer_named_in_the_complaint_is_the_strongest_evidence()
    {
        var proposal = Route("宏岩煤业劳务外包单位拖欠井下工人工资", "达拉特旗吉格斯太镇", Mine);

        proposal.Territory.Code.ShouldBe("150621103");
        proposal.Industry.Code.ShouldBe("energy");
        proposal.Industry.Evidence.ShouldContain(e => e.Kind == "register" && e.Matched == "宏岩煤业");
    }

    [Fact]
    public void Inside_a_development_zone_the_zone_committee_owns_the_enterprise_and_the_sector_is_the_runner_up()
    {
        var proposal = Route("达旗经济开发区一家企业的工地欠二十多人工资");

        proposal.Territory.Code.ShouldBe("150621400");
        proposal.Industry.Code.ShouldBe("dalad-edz");
        proposal.Alternatives.ShouldContain(a => a.Role == "industry" && a.Code == "housing");
    }

    [Fact]
    public void When_no_sector_can_be_told_the_human_resources_bureau_owns_it_and_a_dispatcher_decides()
    {
        var proposal = Route("其在达拉特旗一家公司上班，公司拖欠其三个月工资。");

        proposal.Industry.Code.ShouldBe("hrss");
        proposal.Territory.Code.ShouldBeNull();
        proposal.NeedsDispatcher.ShouldBeTrue();
    }

    [Fact]
    public void Of_two_places_with_equal_evidence_the_first_named_is_proposed_and_the_other_is_offered_beside_it()
    {
        var proposal = Route("王爱召镇到吉格斯太镇中间那段路修好了，欠我们铲车司机的钱不给");

        proposal.Territory.Code.ShouldBe("150621103");
        proposal.NeedsDispatcher.ShouldBeTrue();
        proposal.Alternatives.ShouldContain(a => a.Role == "territory" && a.Code == "150621101");
        Route("吉格斯太镇到王爱召镇中间那段路修好了，欠我们铲车司机的钱不给").Territory.Code.ShouldBe("150621101");
    }
}
