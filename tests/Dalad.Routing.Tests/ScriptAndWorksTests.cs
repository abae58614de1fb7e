using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Routing.Tests;

/// <summary>Traditional script read as simplified, without a host.</summary>
public sealed class ChineseScriptTests
{
    [Fact]
    public void Traditional_characters_are_read_as_simplified()
    {
        ChineseScript.ToSimplified("樹林召鎮一個樓盤，欠我們的工錢").ShouldBe("树林召镇一个楼盘，欠我们的工钱");
    }

    [Fact]
    public void Simplified_text_is_returned_as_it_is_and_characters_valid_in_both_scripts_are_kept()
    {
        const string simplified = "树林召镇一个楼盘欠工资";
        ChineseScript.ToSimplified(simplified).ShouldBeSameAs(simplified);
        // 乾 (乾坤) and 著 (著名) are simplified characters too: never rewritten.
        ChineseScript.ToSimplified("乾坤著名").ShouldBe("乾坤著名");
        ChineseScript.ToSimplified(null).ShouldBe("");
    }
}

/// <summary>
/// The seeded matrix through the preview endpoint: a complaint in traditional script, a zone named by its short form,
/// the works of a road or a dyke named without the word 工程, and a workshop named by what it makes.
/// </summary>
public sealed class ScriptAndWorksTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    private async Task<(string? Territory, string? Industry, JsonElement Proposal)> PreviewAsync(string text, string address = "")
    {
        using var client = await host.CreateClientAsAsync("admin");
        var response = await client.PostAsJsonAsync("/api/app/routing/preview", new { text, address });
        var proposal = await DaladHostFactory.ReadAsync<JsonElement>(response);
        return (proposal.GetProperty("territory").GetProperty("code").GetString(), proposal.GetProperty("industry").GetProperty("code").GetString(), proposal);
    }

    [Fact]
    public async Task A_complaint_in_traditional_script_reaches_the_same_owners_as_in_simplified()
    {
        var traditional = await PreviewAsync("樹林召鎮一個住宅樓工地，我們綁鋼筋的工錢包工頭拖著不給。");
        var simplified = await PreviewAsync("树林召镇一个住宅楼工地，我们绑钢筋的工钱包工头拖着不给。");

        traditional.Territory.ShouldBe("150621100");
        traditional.Industry.ShouldBe("housing");
        (traditional.Territory, traditional.Industry).ShouldBe((simplified.Territory, simplified.Industry));
    }

    [Fact]
    public async Task A_zone_named_by_its_short_form_is_the_zone_not_the_town_of_the_same_name()
    {
        var (territory, industry, _) = await PreviewAsync("恩格贝生态区里一家企业拖欠我们保安三个月工资。");

        territory.ShouldBe("150621401");
        industry.ShouldBe("engebei-zone");
    }

    [Fact]
    public async Task Road_and_dyke_works_named_without_the_word_project_go_to_their_owners()
    {
        (await PreviewAsync("白泥井镇修省道，我们铺沥青的十几个人工钱还没给")).Industry.ShouldBe("transport");
        (await PreviewAsync("中和西镇黄河大堤加固，我们砌石护坡的工钱拖了半年")).Industry.ShouldBe("water");
    }

    [Fact]
    public async Task A_product_named_before_the_workshop_is_what_it_makes_not_a_shop_that_sells_it()
    {
        var (_, industry, proposal) = await PreviewAsync("王爱召镇一家加气块厂拖欠工资，老板说等货款回来再发。");

        industry.ShouldNotBe("commerce");
        proposal.GetProperty("industry").GetProperty("evidence").EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("source").GetString() != null && e.GetProperty("source").GetString()!.StartsWith("F5266"));
    }

    // The sixth pass: works the plan gives to water, land, power supply and the education bureau's sports grounds; a
    // business's trade that is not a site; the worker's home beside the site.

    [Fact]
    public async Task Soil_and_water_conservation_land_consolidation_and_rural_grid_works_go_to_the_owners_the_plan_names()
    {
        (await PreviewAsync("吉格斯太镇水土流失治理，我们打坝修梯田干了两个月，施工队一分钱没给")).Industry.ShouldBe("water");
        (await PreviewAsync("树林召镇搞土地综合整治，我们开铲车平整复耕，施工队欠了三万")).Industry.ShouldBe("natres");
        (await PreviewAsync("风水梁镇农网改造工程，我们立杆、架线，施工队欠工资两万")).Industry.ShouldBe("power-supply");
    }

    [Fact]
    public async Task A_school_sports_ground_is_the_education_bureaus_works_and_a_runway_is_still_transport()
    {
        (await PreviewAsync("白塔街道一所中学操场翻新铺塑胶跑道，施工方欠我们工钱")).Industry.ShouldBe("education");
        (await PreviewAsync("机场跑道施工，我们搅拌混凝土的工钱拖了三个月")).Industry.ShouldBe("transport");
    }

    [Fact]
    public async Task A_trade_named_in_a_business_outside_construction_is_its_worker_not_a_site()
    {
        // A welding teacher of a vocational training school: the plan gives such schools to the human resources bureau.
        (await PreviewAsync("我在平原街道一家职业技能培训学校教电焊，学校三个月没发课时费")).Industry.ShouldBe("hrss");
        // A trade taught is vocational training whatever the school is called.
        (await PreviewAsync("工业街道一家焊工培训机构，拖欠我们两个实操老师的工资")).Industry.ShouldBe("hrss");
        // The same trade on a building site is construction.
        (await PreviewAsync("我在平原街道一个住宅楼工地干电焊，包工头三个月没发工钱")).Industry.ShouldBe("housing");
    }

    [Fact]
    public async Task Where_the_worker_lives_does_not_decide_the_territory_of_the_site()
    {
        var (territory, _, _) = await PreviewAsync("来电人反映：其住锡尼街道，在昭君镇一个养殖场盖羊圈，老板欠其工资八千元。");
        territory.ShouldBe("150621104");
    }

    // The seventh pass: a project type over construction at large, the employer's excuse, a landmark, a driver's cargo,
    // where the company is registered against where the work was, a building that merely stands.

    [Fact]
    public async Task A_named_project_type_decides_even_where_general_construction_words_point_to_housing()
    {
        (await PreviewAsync("王爱召镇那段天然气长输管道，我们是分包的焊工，总包说钱没到")).Industry.ShouldBe("energy");
        (await PreviewAsync("吉格斯太镇灌区干渠衬砌，我们抹灰勾缝两个月，施工队欠钱")).Industry.ShouldBe("water");
        (await PreviewAsync("白泥井镇一个滑坡治理工地，砌挡墙的工钱没给")).Industry.ShouldBe("natres");
    }

    [Fact]
    public async Task What_the_employer_gives_as_an_excuse_the_landmark_beside_it_and_a_drivers_cargo_are_not_its_trade()
    {
        (await PreviewAsync("西园街道一家足疗店，老板以店面装修为由三个月没发工资")).Industry.ShouldBe("health");
        (await PreviewAsync("锡尼街道菜市场旁边一家面馆，老板欠我两个月工资")).Industry.ShouldNotBe("commerce");
        (await PreviewAsync("我在工业街道一家运输公司开货车，给超市拉百货，公司欠我三个月工资")).Industry.ShouldBe("transport");
    }

    [Fact]
    public async Task Where_the_company_is_registered_or_the_contact_lives_gives_way_to_where_the_work_was()
    {
        (await PreviewAsync("公司登记在白塔街道，可活在风水梁镇，给光伏场区装支架，欠了四万")).Territory.ShouldBe("150621107");
        (await PreviewAsync("展旦召苏木治沙种沙柳干了一个月，分包老板不给钱，联系人现住树林召镇")).Territory.ShouldBe("150621200");
    }

    [Fact]
    public async Task A_cleaner_sent_to_an_office_block_is_not_proposed_to_housing_without_a_dispatcher()
    {
        var (_, industry, proposal) = await PreviewAsync("其所在保洁公司派其到平原街道某写字楼做保洁，拖欠两个月工资");

        (industry != "housing" || proposal.GetProperty("needsDispatcher").GetBoolean()).ShouldBeTrue();
    }

    // The eighth and ninth passes: a place glossed in brackets, the plan's words for construction at large, installation
    // and slope works, what the employer says, fish ponds and town parks.

    [Fact]
    public async Task A_place_glossed_in_brackets_is_the_place_before_it_not_a_second_one()
    {
        var (territory, industry, _) = await PreviewAsync("来电人反映：鄂尔多斯市生态示范区（恩格贝）内光伏场区，其装支架、接线，分包队欠其工资");

        territory.ShouldBe("150621401");
        industry.ShouldBe("engebei-zone");
    }

    [Fact]
    public async Task Subcontractors_named_without_a_trade_still_make_a_site_whose_project_type_decides()
    {
        (await PreviewAsync("吉格斯太镇光伏治沙项目，分包单位欠我们做支架基础的钱")).Industry.ShouldNotBe("housing");
        (await PreviewAsync("平原街道一个小区装电梯，跟着安装队装导轨，老板欠钱不给")).Industry.ShouldBe("housing");
        (await PreviewAsync("展旦召苏木修涵洞，浇筑、抬预制管，欠我们一万二")).Industry.ShouldBe("transport");
        (await PreviewAsync("昭君镇山体滑坡治理，削坡打锚杆，班组的钱没结")).Industry.ShouldBe("natres");
    }

    [Fact]
    public async Task What_the_employer_says_does_not_make_a_shop_a_site()
    {
        (await PreviewAsync("风水梁镇一家蛋糕店裱花的，老板说装修花多了没钱，欠我六千")).Industry.ShouldBe("market");
    }

    [Fact]
    public async Task A_fish_pond_is_farming_and_a_town_park_is_the_housing_bureaus_greenery()
    {
        (await PreviewAsync("王爱召镇一个钓鱼园，我看鱼塘喂鱼一年，老板欠一万")).Industry.ShouldBe("agri");
        (await PreviewAsync("西园街道公园里栽树铺草皮，老板欠我们钱")).Industry.ShouldBe("housing");
    }

    // The tenth pass: hearsay of the excuse, a department the caller names, agri-PV, afforestation named by its trees.

    [Fact]
    public async Task Hearsay_of_the_excuse_and_the_department_a_caller_asks_for_are_not_the_employers_trade()
    {
        (await PreviewAsync("工业街道那家洗浴中心 我搓澡的 欠了三个月 说是装修完再开业给")).Industry.ShouldBe("health");
        (await PreviewAsync("其在西园街道一家连锁药店当营业员，店长拖欠两个月工资。诉求：市场监管部门介入。")).Industry.ShouldBe("market");
    }

    [Fact]
    public async Task Agri_pv_is_energy_works_and_pines_planted_on_a_hillside_are_afforestation()
    {
        (await PreviewAsync("中和西镇农光互补那个场子，打桩装支架，劳务队欠我们钱")).Industry.ShouldBe("energy");
        (await PreviewAsync("白泥井镇后山上栽油松樟子松，一天一百四，带头的欠我们钱")).Industry.ShouldBe("forestry");
    }

    [Fact]
    public async Task A_shop_said_to_be_closed_now_is_not_a_shop_selling_now_and_a_guard_at_an_office_block_is_no_site()
    {
        // 现店已转让: 现 says when, not what the shop sells; the hairdresser's own word decides.
        (await PreviewAsync("在白塔街道一家美发店做学徒，老板拖欠工钱五千，现店已转让")).Industry.ShouldBe("health");
        // A guard at an office block: no building is being built, so no construction owner is proposed.
        (await PreviewAsync("保安公司派我到昭君街道一栋写字楼做门卫，欠了两个月工资")).Industry.ShouldNotBe("housing");
    }

    [Fact]
    public async Task A_brick_kiln_and_a_fattening_pen_are_told_by_their_work()
    {
        (await PreviewAsync("吉格斯太镇一个砖窑上码坯出砖，窑主欠我们六个人工钱")).Industry.ShouldBe("emergency");
        (await PreviewAsync("在树林召镇一个肉牛育肥场铡草喂牛，场主欠了半年工资")).Industry.ShouldBe("agri");
    }

    [Fact]
    public async Task Building_a_science_park_and_land_consolidation_are_projects_of_their_own_owners()
    {
        (await PreviewAsync("王爱召镇科技示范园里盖孵化基地的楼，我是钢筋工，劳务公司欠钱不给")).Industry.ShouldBe("sci-tech");
        (await PreviewAsync("昭君镇土地开发整理项目上开推土机平地，施工队欠工资两万")).Industry.ShouldBe("natres");
    }

    [Fact]
    public async Task A_small_workshop_is_food_unless_it_names_another_product()
    {
        (await PreviewAsync("在风水梁镇一个织羊绒围巾的小作坊干活，老板欠三个月工资")).Industry.ShouldBe("miit");
        (await PreviewAsync("在风水梁镇一个做月饼的小作坊干活，老板欠三个月工资")).Industry.ShouldBe("market");
    }
}
