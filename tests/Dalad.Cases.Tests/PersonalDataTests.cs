using Dalad.Platform.PersonalData;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Cases.Tests;

/// <summary>Phone and ID card numbers are checked, and shown in full only to holders of Dalad.PersonalData.</summary>
public sealed class PersonalDataTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Theory]
    [InlineData("11010519491231002X", IdCardProblem.None)]
    [InlineData("11010519491231002x", IdCardProblem.None)]
    [InlineData("15062119900101100X", IdCardProblem.None)]
    [InlineData("150621199001011237", IdCardProblem.None)]
    [InlineData("150621199001011231", IdCardProblem.Checksum)]
    [InlineData("110105194912310021", IdCardProblem.Checksum)]
    [InlineData("150621199002301237", IdCardProblem.BirthDate)]
    [InlineData("150621299001011237", IdCardProblem.BirthDate)]
    [InlineData("15062119900101123", IdCardProblem.Format)]
    [InlineData("15062119900101123Y", IdCardProblem.Format)]
    [InlineData("150621 9900101123X", IdCardProblem.Format)]
    public void Id_card_numbers_are_checked_by_gb_11643(string id, IdCardProblem expected) =>
        ChineseIdCard.Check(id, new DateOnly(2026, 3, 1)).ShouldBe(expected);

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("8613812345678", "13812345678")]
    [InlineData("0477-5123456", "0477-5123456")]
    [InlineData("(0477)51234567", "0477-51234567")]
    [InlineData("010 88886666", "010-88886666")]
    [InlineData("12812345678", null)]
    [InlineData("1381234567", null)]
    [InlineData("0477-0123456", null)]
    [InlineData("电话13812345678", null)]
    public void Phone_numbers_are_mainland_mobiles_or_landlines(string input, string? normalized) =>
        ChinesePhone.Normalize(input).ShouldBe(normalized);

    [Fact]
    public void Masks_keep_the_ends()
    {
        ChinesePhone.Mask("13812345678").ShouldBe("138****5678");
        ChinesePhone.Mask("0477-5123456").ShouldBe("0477-***3456");
        ChineseIdCard.Mask("15062119900101123X").ShouldBe("1506**********123X");
    }

    [Fact]
    public async Task Phone_and_id_are_masked_in_every_response_without_the_permission_and_full_with_it()
    {
        var phone = CasesHost.NewPhone();
        var id = CasesHost.NewIdCard();
        var created = await host.RegisterAsync(CasesHost.Construction(phone: phone, idCard: id));

        created.Str("phone").ShouldBe(phone[..3] + "****" + phone[^4..]);
        created.Str("idCardNumber").ShouldBe(id[..4] + new string('*', 10) + id[^4..]);

        var operatorClient = await host.As(CasesHost.Operator);
        var list = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/app/leads?filter={created.Str("ticketNumber")}");
        list.GetProperty("items")[0].Str("phone").ShouldBe(created.Str("phone"));
        list.GetRawText().ShouldNotContain(phone);
        list.GetRawText().ShouldNotContain(id);

        var dispatcher = await host.As(CasesHost.Dispatcher);
        var full = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/app/leads/{created.Id()}");
        full.Str("phone").ShouldBe(phone);
        full.Str("idCardNumber").ShouldBe(id);

        // The case owners read the complainant through the case: masked too.
        var detail = await host.ConfirmAsync(created.Id());
        detail.GetProperty("leads")[0].Str("phone").ShouldBe(created.Str("phone"), "case answers are masked even for holders (issue 15, finding 4)");
        var housing = await host.As(CasesHost.HousingClerk);
        var ownersView = await housing.GetFromJsonAsync<JsonElement>($"/api/app/cases/{detail.Case().Id()}");
        ownersView.GetRawText().ShouldNotContain(phone);
        ownersView.GetRawText().ShouldNotContain(id);
        ownersView.GetProperty("leads")[0].Str("phone").ShouldBe(created.Str("phone"));
    }

    [Fact]
    public async Task The_audit_log_never_holds_the_numbers()
    {
        var phone = CasesHost.NewPhone();
        var id = CasesHost.NewIdCard();
        var created = await host.RegisterAsync(CasesHost.Construction(phone: phone, idCard: id));

        using var scope = host.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var leadId = created.Id().ToString();
        var entry = await audit.AuditLog.SingleAsync(e => e.EntityType == "Lead" && e.EntityId == leadId);
        entry.UserName.ShouldBe(CasesHost.Operator);
        entry.Changes!.ShouldNotContain(phone);
        entry.Changes!.ShouldNotContain(id);
        entry.Changes!.ShouldContain("和顺家园三期");
    }
}
