using Dalad.Responsibility;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>
/// Callers name a business by the word they use for it (足疗, 加油站, 卖煤), not by the classification's name. Those
/// words name a GB/T 4754 class; the matrix still decides who owns the class. A small hand-made matrix and
/// classification, so each rule is seen alone.
/// </summary>
public sealed class CallerWordsTests
{
    private sealed class Classification(params IndustryClassDto[] classes) : IIndustryClassification
    {
        public IReadOnlyList<IndustryClassDto> Classes { get; } = classes;
        public IndustryClassDto? Find(string code) => Classes.FirstOrDefault(c => c.Code == code);
        public ConstructionVocabularyDto Construction { get; } = new(["路沿石", "钢筋工", "焊工"], ["工地"], [], "housing") { DefaultName = "房建/市政" };
    }

    private static readonly Classification Gbt = new(
        new IndustryClassDto("C", 1, "制造业", null),
        new IndustryClassDto("C30", 2, "非金属矿物制品业", null),
        new IndustryClassDto("C3021", 4, "水泥制品制造", null),
        new IndustryClassDto("C34", 2, "通用设备制造业", null),
        new IndustryClassDto("F51", 2, "批发业", null),
        new IndustryClassDto("F5161", 4, "煤炭及制品批发", null),
        new IndustryClassDto("F52", 2, "零售业", null),
        new IndustryClassDto("F5265", 4, "机动车燃油零售", "指专门经营机动车燃油及相关产品（润滑油）的店铺零售活动"),
        new IndustryClassDto("O80", 2, "居民服务业", null),
        new IndustryClassDto("O8040", 4, "理发及美容服务", "指专业理发、美发、美容、美甲等保健服务"),
        new IndustryClassDto("O805", 3, "洗浴和保健养生服务", null),
        new IndustryClassDto("O8052", 4, "足浴服务", null));

    private static ResponsibilityMatrixSnapshot Matrix(string bathsOwner) => new(3, null,
        [
            new BodyDto("hrss", "旗人力资源和社会保障局", BodyKinds.Industry, null, true),
            new BodyDto("housing", "旗住房和城乡建设局", BodyKinds.Industry, null, true),
            new BodyDto("health", "旗卫生健康委员会", BodyKinds.Industry, null, true),
            new BodyDto("market", "旗市场监督管理局", BodyKinds.Industry, null, true),
            new BodyDto("commerce", "旗商务和投资促进中心", BodyKinds.Industry, null, true),
            new BodyDto("energy", "旗能源局", BodyKinds.Industry, null, true),
            new BodyDto("miit", "旗工信和科技局", BodyKinds.Industry, null, true),
            new BodyDto("emergency", "旗应急管理局", BodyKinds.Industry, null, true),
            new BodyDto("zhaojun-town", "昭君镇人民政府", BodyKinds.Territorial, null, true),
        ],
        [new TerritoryDto("150621104", "昭君镇", TerritoryKinds.Town, "zhaojun-town", [], [])],
        [
            new ScopeItemDto(Guid.NewGuid(), "health", "美容美发", "美容美发机构", []) { IndustryCodes = ["O8040"] },
            new ScopeItemDto(Guid.NewGuid(), bathsOwner, "洗浴", "洗浴场所", []) { IndustryCodes = ["O805"] },
            new ScopeItemDto(Guid.NewGuid(), "market", "小型超市", "小型超市等个体工商户", []) { IndustryCodes = ["F52"] },
            new ScopeItemDto(Guid.NewGuid(), "commerce", "成品油流通", "成品油流通", []) { IndustryCodes = ["F5265"] },
            new ScopeItemDto(Guid.NewGuid(), "energy", "能源产供销", "煤炭产供销", ["煤炭"]) { IndustryCodes = ["F5161"] },
            new ScopeItemDto(Guid.NewGuid(), "miit", "煤化工", "煤化工", ["煤炭"]) { IndustryCodes = ["C"] },
            new ScopeItemDto(Guid.NewGuid(), "emergency", "水泥制品厂", "水泥制品厂", ["水泥制品厂"]) { IndustryCodes = ["C3021"] },
            new ScopeItemDto(Guid.NewGuid(), "hrss", "欠薪线索汇总（行业不明）", "汇总全旗欠薪问题投诉举报案件线索", []) { IndustryCodes = ["*"] },
        ]);

    private static readonly CallerWords Words = new(new Dictionary<string, string[]>
    {
        ["O8052"] = ["足疗", "洗脚"],
        ["O8040"] = ["美睫"],
        ["F5265"] = ["加油站"],
        ["F5161"] = ["卖煤"],
        ["C34"] = ["机械厂"],
    });

    private static RoutingProposal Route(string text, string bathsOwner = "health", CallerWords? words = null) =>
        Router.Propose(RoutingModel.Build(Matrix(bathsOwner), Gbt, words ?? Words), new RoutingRequest(text, ""), []);

    [Fact]
    public void A_callers_word_for_a_business_names_its_class_and_the_owner_the_matrix_gives_that_class()
    {
        var proposal = Route("我在昭君镇给人洗脚，干了两个月老板一分没给。");

        proposal.Industry.Code.ShouldBe("health");
        proposal.Industry.Evidence.ShouldContain(e => e.Kind == "industry-class" && e.Matched == "洗脚" && e.Source!.StartsWith("O8052 足浴服务"));
    }

    [Fact]
    public void Without_the_word_list_the_same_complaint_has_no_sector_and_goes_to_a_dispatcher()
    {
        var proposal = Route("我在昭君镇给人洗脚，干了两个月老板一分没给。", words: CallerWords.None);

        proposal.Industry.Code.ShouldBe("hrss");
        proposal.NeedsDispatcher.ShouldBeTrue();
    }

    [Fact]
    public void Reassigning_the_class_in_the_matrix_moves_the_callers_word_with_it()
    {
        Route("昭君镇那家足疗店欠我们技师的提成和工资", bathsOwner: "market").Industry.Code.ShouldBe("market");
    }

    [Fact]
    public void A_shop_named_by_its_service_is_not_taken_for_a_retail_shop()
    {
        var proposal = Route("昭君镇有家美睫店，老板关门跑了，欠我工资。");

        proposal.Industry.Code.ShouldBe("health");
        proposal.Industry.Evidence.ShouldContain(e => e.Source!.StartsWith("O8040"));
    }

    [Fact]
    public void A_filling_station_belongs_to_the_fuel_trade_not_to_small_retail()
    {
        Route("在昭君镇加油站上夜班，站里欠两个月工资").Industry.Code.ShouldBe("commerce");
    }

    [Fact]
    public void Selling_coal_tells_the_coal_trade_from_other_users_of_the_word_coal()
    {
        var proposal = Route("昭君镇一家卖煤的公司，我给他们管磅，欠我工资，他们也是做煤炭的");

        proposal.Industry.Code.ShouldBe("energy");
        proposal.Industry.Evidence.ShouldContain(e => e.Matched == "卖煤");
    }

    [Fact]
    public void A_callers_word_for_a_workshop_keeps_its_welders_from_reading_as_a_construction_trade()
    {
        var proposal = Route("昭君镇那家机械厂拖欠我们几个焊工的工资");

        proposal.Industry.Code.ShouldBe("miit");
        proposal.Industry.Evidence.ShouldContain(e => e.Matched == "机械厂" && e.Source!.StartsWith("C34"));
        proposal.Industry.Evidence.ShouldNotContain(e => e.Kind == "project-type");
    }

    [Fact]
    public void A_workshop_the_plan_names_keeps_its_products_from_reading_as_a_construction_trade()
    {
        var proposal = Route("我在昭君镇一家水泥制品厂打路沿石，厂里拖了两个月工资");

        proposal.Industry.Code.ShouldBe("emergency");
    }

    [Fact]
    public void A_business_that_says_it_makes_things_is_manufacturing_for_a_dispatcher_to_confirm()
    {
        var proposal = Route("昭君镇一家农机制造公司，我在里面开车床，欠了半年工资");

        proposal.Industry.Code.ShouldBe("miit");
        proposal.NeedsDispatcher.ShouldBeTrue();
        Route("昭君镇一家公司，我在里面开车床，欠了半年工资").Industry.Code.ShouldBe("hrss");
    }

    [Fact]
    public void The_shipped_word_list_names_classes_by_their_codes()
    {
        CallerWords.Shipped.Classes.Count.ShouldBeGreaterThan(30);
        CallerWords.Shipped.Classes.Keys.ShouldAllBe(code => code.Length >= 1 && char.IsAsciiLetterUpper(code[0]) && code.Skip(1).All(char.IsAsciiDigit));
        CallerWords.Shipped.Classes.Values.SelectMany(w => w).ShouldAllBe(w => w.Length >= 2);
    }
}

/// <summary>The shipped word list against the real classification and the seeded matrix.</summary>
public sealed class ShippedCallerWordsTests(Dalad.Testing.DaladHostFactory host) : IClassFixture<Dalad.Testing.DaladHostFactory>
{
    [Fact]
    public void Every_class_the_word_list_names_is_in_the_national_classification()
    {
        using var scope = host.Services.CreateScope();
        var classification = scope.ServiceProvider.GetRequiredService<IIndustryClassification>();

        CallerWords.Shipped.Classes.Keys.Where(code => classification.Find(code) is null).ShouldBeEmpty();
    }
}
