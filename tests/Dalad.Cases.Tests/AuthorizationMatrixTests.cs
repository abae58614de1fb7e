using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dalad.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Cases.Tests;

/// <summary>
/// Issue 15: every operation of the host's OpenAPI document, called as each standard role (受理员, 承办人 of a
/// department, 承办人 of a township, 督办员), as a user manager (only AbpIdentity.Users.*) and anonymously, with the
/// ids of a lead and a case that belong to other bodies (the petition desk, 恩格贝镇 and natural resources).
/// 0 leaks: no answer to a caller outside those bodies carries the objects' ids, numbers or phone. 0 escalations: a
/// caller without the operation's permission gets 401/403, and nobody outside the bodies changes the objects.
/// <see cref="Rules"/> names the access rule of every operation: a new operation without a rule fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Host host, ITestOutputHelper output) : IClassFixture<AuthorizationMatrixTests.Host>
{
    public sealed class Host : CasesHost
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Identity:DemoUsers", "true");
    }

    private const string Anonymous = "anonymous";
    private const string SignedIn = "signed-in";

    /// <summary>Operation → who may call it: <see cref="Anonymous"/>, <see cref="SignedIn"/> or the permission it requires.</summary>
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["DELETE /api/app/calendar/days/{date}"] = "Dalad.Calendar.Manage",
        // A department's register checks the department's own permission inside (tests/Dalad.Departments.Tests:
        // RuntimeDepartmentTests); this host loads no plugin, so here the key names no department and answers 404.
        ["GET /api/app/departments/{key}/register"] = SignedIn,
        ["GET /api/app/departments/{key}/register/kinds"] = SignedIn,
        ["GET /api/app/departments/{key}/register/{id}"] = SignedIn,
        ["GET /api/app/departments/{key}/register/import-template"] = SignedIn,
        ["POST /api/app/departments/{key}/register"] = SignedIn,
        ["PUT /api/app/departments/{key}/register/{id}"] = SignedIn,
        ["DELETE /api/app/departments/{key}/register/{id}"] = SignedIn,
        ["POST /api/app/departments/{key}/register/import"] = SignedIn,
        ["GET /api/app/department-definitions"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/department-definitions"] = "Dalad.Responsibility.Manage",
        ["GET /api/app/department-definitions/{key}"] = "Dalad.Responsibility.Manage",
        ["PUT /api/app/department-definitions/{key}"] = "Dalad.Responsibility.Manage",
        ["GET /api/app/department-definitions/{key}/history"] = "Dalad.Responsibility.Manage",
        ["DELETE /api/app/scope-items/{id}"] = "Dalad.Responsibility.Manage",
        ["DELETE /api/app/scope-items/{id}/keywords/{keyword}"] = "Dalad.Responsibility.Manage",
        ["DELETE /api/app/territories/{code}/aliases/{alias}"] = "Dalad.Responsibility.Manage",
        ["DELETE /api/app/territories/{code}/villages/{name}"] = "Dalad.Responsibility.Manage",
        ["DELETE /api/identity/roles/{id}"] = "AbpIdentity.Roles.Delete",
        ["DELETE /api/identity/users/{id}"] = "AbpIdentity.Users.Delete",
        ["GET /api/abp/application-configuration"] = Anonymous,
        ["GET /api/account/my-profile"] = SignedIn, // the caller's own profile only
        ["GET /api/abp/application-localization"] = Anonymous,
        ["GET /api/app/audit-log"] = "Dalad.AuditLog",
        ["GET /api/app/bodies"] = SignedIn,
        ["GET /api/app/bodies/{code}"] = "Dalad.Responsibility",
        ["GET /api/app/calendar/add-working-days"] = SignedIn,
        ["GET /api/app/calendar/days"] = "Dalad.Calendar",
        ["GET /api/app/calendar/working-days-between"] = SignedIn,
        ["GET /api/app/cases"] = "Dalad.Cases",
        ["GET /api/app/cases/board"] = "Dalad.Cases",
        ["GET /api/app/cases/counts"] = "Dalad.Cases",
        ["GET /api/app/cases/false-closures"] = "Dalad.Cases",
        ["GET /api/app/cases/reminders"] = "Dalad.Cases",
        ["GET /api/app/cases/transfers"] = "Dalad.Cases",
        ["GET /api/app/cases/{id}"] = "Dalad.Cases",
        ["GET /api/app/cases/{id}/sms"] = "Dalad.Cases",
        ["GET /api/app/industry-classes"] = SignedIn,
        ["GET /api/app/leads"] = "Dalad.Leads",
        ["GET /api/app/lead-statistics"] = "Dalad.Leads.Statistics",
        ["GET /api/app/leads/reminders"] = "Dalad.Leads",
        ["GET /api/app/leads/imports/{id}"] = "Dalad.Leads.Import",
        ["GET /api/app/leads/{id}"] = "Dalad.Leads",
        ["GET /api/app/cases/{id}/personal-data"] = "Dalad.PersonalData",
        ["GET /api/app/leads/{id}/personal-data"] = "Dalad.PersonalData",
        ["GET /api/app/duties"] = "Dalad.Responsibility",
        ["GET /api/app/matrix"] = "Dalad.Responsibility",
        ["GET /api/app/matrix/history"] = "Dalad.Responsibility",
        ["GET /api/app/routing/corrections"] = "Dalad.Cases",
        ["GET /api/app/oversight/figures"] = "Dalad.Oversight",
        ["GET /api/app/oversight/figures/xlsx"] = "Dalad.Oversight",
        ["GET /api/app/oversight/supervisions"] = "Dalad.Oversight",
        ["POST /api/app/oversight/supervisions"] = "Dalad.Oversight.Supervise",
        ["POST /api/app/oversight/supervisions/{id}/answer"] = "Dalad.Oversight.Answer",
        ["GET /api/app/oversight/interviews"] = "Dalad.Oversight",
        ["POST /api/app/oversight/interviews"] = "Dalad.Oversight.Supervise",
        ["POST /api/app/oversight/interviews/{id}/follow-up"] = "Dalad.Oversight.Supervise",
        ["GET /api/app/oversight/referrals"] = "Dalad.Oversight",
        ["POST /api/app/oversight/referrals"] = "Dalad.Oversight.Supervise",
        ["POST /api/app/oversight/referrals/{id}/outcome"] = "Dalad.Oversight.Supervise",
        ["GET /api/app/oversight/monthly-reports"] = "Dalad.Oversight.MonthlyReports",
        ["GET /api/app/oversight/monthly-reports/{month}"] = "Dalad.Oversight.MonthlyReports",
        ["GET /api/app/oversight/monthly-reports/{month}/cases/{caseId}"] = "Dalad.Oversight.MonthlyReports",
        ["GET /api/app/oversight/monthly-reports/{month}/xlsx"] = "Dalad.Oversight.MonthlyReports",
        ["GET /api/app/oversight/monthly-reports/{month}/pdf"] = "Dalad.Oversight.MonthlyReports",
        // Also needs Dalad.Oversight.MonthlyReports (the group's); every role with Supervise has it.
        ["POST /api/app/oversight/monthly-reports/{month}/regenerate"] = "Dalad.Oversight.Supervise",
        ["GET /api/app/oversight/assessments"] = "Dalad.Oversight",
        ["POST /api/app/oversight/assessments"] = "Dalad.Oversight.Assess",
        ["GET /api/app/oversight/assessments/{id}"] = "Dalad.Oversight",
        ["GET /api/app/oversight/assessments/{id}/xlsx"] = "Dalad.Oversight",
        ["GET /api/app/oversight/assessments/rules"] = "Dalad.Oversight",
        ["GET /api/app/oversight/assessments/rules/history"] = "Dalad.Oversight",
        ["PUT /api/app/oversight/assessments/rules"] = "Dalad.Oversight.Assess",
        ["GET /api/app/oversight/assessments/actions"] = "Dalad.Oversight",
        ["POST /api/app/oversight/assessments/{id}/actions"] = "Dalad.Oversight.Assess",
        ["POST /api/app/oversight/assessments/actions/{id}/done"] = "Dalad.Oversight.Assess",
        ["GET /api/app/oversight/draws"] = "Dalad.Oversight",
        ["POST /api/app/oversight/draws"] = "Dalad.Oversight.Draw",
        ["GET /api/app/oversight/draws/{id}"] = "Dalad.Oversight.Draw",
        ["POST /api/app/oversight/draws/{id}/inspections"] = "Dalad.Oversight.Draw",
        ["GET /api/app/oversight/draws/employers"] = "Dalad.Oversight",
        ["POST /api/app/oversight/draws/employers"] = "Dalad.Oversight.Draw",
        ["GET /api/app/oversight/draws/inspectors"] = "Dalad.Oversight.Draw",
        ["POST /api/app/oversight/draws/inspectors"] = "Dalad.Oversight.Draw",
        ["PUT /api/app/oversight/draws/inspectors/{id}"] = "Dalad.Oversight.Draw",
        ["GET /api/app/projects"] = "Dalad.Projects",
        ["GET /api/app/projects/{id}"] = "Dalad.Projects",
        ["GET /api/app/projects/{id}/pay-against-attendance"] = "Dalad.Projects",
        ["GET /api/app/projects/{id}/workers"] = "Dalad.Projects",
        ["GET /api/app/project-types"] = "Dalad.Projects",
        ["GET /api/app/warnings"] = "Dalad.Warnings",
        ["GET /api/app/warnings/{id}"] = "Dalad.Warnings",
        ["GET /api/app/warning-rules"] = "Dalad.Warnings",
        ["GET /api/app/scope-items"] = "Dalad.Responsibility",
        ["GET /api/app/scope-items/{id}"] = "Dalad.Responsibility",
        ["GET /api/app/search"] = "Dalad.Search",
        ["GET /api/app/search/xlsx"] = "Dalad.Search",
        ["GET /api/app/territories"] = SignedIn,
        ["GET /api/app/territories/{code}"] = SignedIn,
        ["GET /api/app/workspaces/mine"] = SignedIn,
        ["GET /api/identity/roles"] = "AbpIdentity.Roles",
        ["GET /api/identity/roles/all"] = "AbpIdentity.Roles",
        ["GET /api/identity/roles/{id}"] = "AbpIdentity.Roles",
        ["GET /api/identity/users"] = "AbpIdentity.Users",
        ["GET /api/identity/users/assignable-roles"] = "AbpIdentity.Users",
        ["GET /api/identity/users/by-email/{email}"] = "AbpIdentity.Users",
        ["GET /api/identity/users/by-username/{userName}"] = "AbpIdentity.Users",
        ["GET /api/identity/users/lookup/by-username/{userName}"] = "AbpIdentity.UserLookup",
        ["GET /api/identity/users/lookup/count"] = "AbpIdentity.UserLookup",
        ["GET /api/identity/users/lookup/search"] = "AbpIdentity.UserLookup",
        ["GET /api/identity/users/lookup/{id}"] = "AbpIdentity.UserLookup",
        ["GET /api/identity/users/{id}"] = "AbpIdentity.Users",
        ["GET /api/identity/users/{id}/roles"] = "AbpIdentity.Users",
        ["GET /api/permission-management/permissions"] = SignedIn, // the service checks the provider's own permission
        ["GET /api/public/cases/{caseNumber}"] = Anonymous,
        ["GET /api/public/draws"] = Anonymous,
        ["POST /api/account/my-profile/change-password"] = SignedIn, // the caller's own password; the current one is required
        ["POST /api/app/bodies"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/bodies/{code}/activate"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/bodies/{code}/deactivate"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/bodies/{code}/scope-items"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/calendar/days"] = "Dalad.Calendar.Manage",
        ["POST /api/app/cases/{id}/accept"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/close"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/extension"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/extension/approve"] = "Dalad.Cases.ApproveExtension",
        ["POST /api/app/cases/{id}/extension/reject"] = "Dalad.Cases.ApproveExtension",
        ["POST /api/app/cases/{id}/parts"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/reject"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/resolve"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/sign"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/transfer"] = "Dalad.Cases",
        ["POST /api/app/cases/{id}/visit"] = "Dalad.Cases.Visit",
        ["POST /api/app/leads"] = "Dalad.Leads.Create",
        ["POST /api/app/leads/imports"] = "Dalad.Leads.Import",
        ["POST /api/app/leads/{id}/confirm"] = "Dalad.Leads.Dispatch",
        ["POST /api/app/projects"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/advances"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/attendance/imports"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/attendance/imports/file"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/payments/imports/file"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/payments/imports"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/workers"] = "Dalad.Projects.Manage",
        ["POST /api/app/projects/{id}/inspections"] = "Dalad.Projects.Manage",
        ["POST /api/app/warnings/{id}/close"] = "Dalad.Warnings.Handle",
        ["POST /api/app/warnings/{id}/handle"] = "Dalad.Warnings.Handle",
        ["POST /api/app/warnings/{id}/to-case"] = "Dalad.Warnings.Handle",
        ["GET /api/app/routing/keyword-suggestions"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/routing/preview"] = SignedIn,
        ["POST /api/app/routing/rebuild"] = "Dalad.Search.Rebuild",
        ["POST /api/app/scope-items/{id}/move"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/scope-items/{id}/keywords"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/territories"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/territories/{code}/aliases"] = "Dalad.Responsibility.Manage",
        ["POST /api/app/territories/{code}/villages"] = "Dalad.Responsibility.Manage",
        ["POST /api/identity/roles"] = "AbpIdentity.Roles.Create",
        ["POST /api/identity/users"] = "AbpIdentity.Users.Create",
        ["PUT /api/app/duties/{role}"] = "Dalad.Responsibility.Manage",
        ["PUT /api/app/projects/{id}"] = "Dalad.Projects.Manage",
        ["PUT /api/app/warning-rules/{key}"] = "Dalad.Warnings.ManageRules",
        ["PUT /api/account/my-profile"] = SignedIn, // the caller's own name, e-mail and phone
        ["PUT /api/app/bodies/{code}"] = "Dalad.Responsibility.Manage",
        ["PUT /api/app/calendar/days/{date}"] = "Dalad.Calendar.Manage",
        ["PUT /api/app/scope-items/{id}"] = "Dalad.Responsibility.Manage",
        ["PUT /api/app/territories/{code}"] = "Dalad.Responsibility.Manage",
        ["PUT /api/identity/roles/{id}"] = "AbpIdentity.Roles.Update",
        ["PUT /api/identity/users/{id}"] = "AbpIdentity.Users.Update",
        ["PUT /api/identity/users/{id}/roles"] = "AbpIdentity.Users.Update.ManageRoles",
        ["PUT /api/permission-management/permissions"] = SignedIn, // the service checks the provider's own permission
        // Enforcement (issue 17): the dishonest-employer list and the credit check.
        ["GET /api/app/credit/check"] = "Dalad.Credit.Check",
        ["GET /api/app/credit/checks"] = "Dalad.Credit",
        ["GET /api/app/credit/findings"] = "Dalad.Credit",
        ["POST /api/app/credit/findings"] = "Dalad.Credit.Propose",
        ["GET /api/app/credit/candidates"] = "Dalad.Credit",
        ["GET /api/app/credit/listings"] = "Dalad.Credit",
        ["GET /api/app/credit/listings/{id}"] = "Dalad.Credit",
        ["POST /api/app/credit/listings"] = "Dalad.Credit.Propose",
        ["POST /api/app/credit/listings/{id}/decide"] = "Dalad.Credit.Decide",
        ["POST /api/app/credit/listings/{id}/remove"] = "Dalad.Credit.Decide",
        ["GET /api/app/orders"] = "Dalad.Orders",
        ["POST /api/app/orders"] = "Dalad.Orders.Manage",
        ["POST /api/app/orders/{id}/serve"] = "Dalad.Orders.Manage",
        ["POST /api/app/orders/{id}/outcome"] = "Dalad.Orders.Manage",
        ["GET /api/app/penalty-cases"] = "Dalad.Orders",
        ["POST /api/app/penalty-cases"] = "Dalad.Orders.Manage",
        ["POST /api/app/penalty-cases/{id}/steps"] = "Dalad.Orders.Manage",
        ["GET /api/app/referrals"] = "Dalad.Referrals",
        ["GET /api/app/referrals/inbox"] = "Dalad.Referrals.Handle",
        ["GET /api/app/referrals/{id}"] = "Dalad.Referrals",
        ["POST /api/app/referrals"] = "Dalad.Referrals.Create",
        ["POST /api/app/referrals/{id}/status"] = "Dalad.Referrals.Handle",
        ["GET /api/app/disclosures"] = "Dalad.Disclosures",
        ["POST /api/app/disclosures"] = "Dalad.Disclosures.Compile",
        ["POST /api/app/disclosures/{id}/approve"] = "Dalad.Disclosures.Approve",
        ["GET /api/public/disclosures"] = Anonymous,
        ["GET /api/public/disclosures/export"] = Anonymous,
        ["GET /api/app/revolving-fund"] = "Dalad.RevolvingFund",
        ["POST /api/app/revolving-fund/capital"] = "Dalad.RevolvingFund.Manage",
        ["GET /api/app/revolving-fund/advances"] = "Dalad.RevolvingFund",
        ["POST /api/app/revolving-fund/advances"] = "Dalad.RevolvingFund.Request",
        ["POST /api/app/revolving-fund/advances/{id}/decide"] = "Dalad.RevolvingFund.Manage",
        ["POST /api/app/revolving-fund/advances/{id}/pay"] = "Dalad.RevolvingFund.Manage",
        ["POST /api/app/revolving-fund/advances/{id}/recoveries"] = "Dalad.RevolvingFund.Manage",
        ["GET /api/app/incidents"] = "Dalad.Incidents",
        ["GET /api/app/incidents/{id}"] = "Dalad.Incidents",
        ["POST /api/app/incidents"] = "Dalad.Incidents.Manage",
        ["POST /api/app/incidents/{id}/presences"] = "Dalad.Incidents.Manage",
        ["POST /api/app/incidents/{id}/settle"] = "Dalad.Incidents.Manage",
        ["POST /api/app/incidents/{id}/opinion"] = "Dalad.Incidents.Opinion",
        ["POST /api/app/incidents/{id}/posts"] = "Dalad.Incidents.Opinion",
        ["GET /api/app/illegal-demands"] = "Dalad.Incidents",
        ["POST /api/app/illegal-demands"] = "Dalad.Incidents.Police",
        ["POST /api/app/illegal-demands/{id}/handle"] = "Dalad.Incidents.Police",
        ["GET /api/app/joint-actions"] = "Dalad.Incidents",
        ["POST /api/app/joint-actions"] = "Dalad.Incidents.Police",
        ["GET /api/app/assistance-requests/kinds"] = "Dalad.Assistance",
        ["GET /api/app/assistance-requests"] = "Dalad.Assistance",
        ["GET /api/app/assistance-requests/inbox"] = "Dalad.Assistance.Answer",
        ["GET /api/app/assistance-requests/{id}"] = "Dalad.Assistance",
        ["POST /api/app/assistance-requests"] = "Dalad.Assistance.Create",
        ["POST /api/app/assistance-requests/{id}/answer"] = "Dalad.Assistance.Answer",
        ["GET /api/app/protected-accounts/check"] = "Dalad.ProtectedAccounts.Check",
        ["GET /api/app/protected-accounts/checks"] = "Dalad.ProtectedAccounts",
        ["GET /api/app/backlog-cases/channels"] = "Dalad.Backlog",
        ["GET /api/app/backlog-cases"] = "Dalad.Backlog.Flag",
        ["GET /api/app/backlog-cases/inbox"] = "Dalad.Backlog.Handle",
        ["GET /api/app/backlog-cases/{id}"] = "Dalad.Backlog",
        ["POST /api/app/backlog-cases"] = "Dalad.Backlog.Flag",
        ["POST /api/app/backlog-cases/{id}/route"] = "Dalad.Backlog.Flag",
        ["POST /api/app/backlog-cases/{id}/steps"] = "Dalad.Backlog.Handle",
        ["GET /api/app/penalty-cases/{id}/documents"] = "Dalad.Orders",
        ["POST /api/app/penalty-cases/{id}/documents"] = "Dalad.Orders.Manage",
        ["GET /api/app/penalty-cases/{id}/documents/{documentId}"] = "Dalad.Orders",
    };

    /// <summary>The callers: demo users of the standard roles, a user manager, and nobody.</summary>
    private static readonly string[] Callers = ["operator", "transport", "bainijing", "supervisor", "user-manager", Anonymous];

    /// <summary>Callers who see every body's objects by design (the joint office).</summary>
    private static readonly HashSet<string> SeeAll = ["supervisor"];

    [Fact]
    public async Task Every_operation_has_a_rule_and_no_caller_leaks_or_escalates()
    {
        using var anonymous = host.CreateClient();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = new List<(string Method, string Path)>();
        var multipart = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var method in path.Value.EnumerateObject())
                if (method.Name is "get" or "post" or "put" or "delete" or "patch")
                {
                    operations.Add((method.Name.ToUpperInvariant(), path.Name));
                    if (method.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.GetProperty("content").TryGetProperty("multipart/form-data", out _))
                        multipart.Add(Key((method.Name.ToUpperInvariant(), path.Name)));
                }
        operations.Count.ShouldBeGreaterThan(40, "the OpenAPI document must really list the host's operations");

        // A rule for every operation (and no stale rule): the suggestion is what the endpoint declares today, to review.
        var missing = operations.Select(Key).Where(k => !Rules.ContainsKey(k)).ToList();
        missing.ShouldBeEmpty("operations without an access rule in AuthorizationMatrixTests.Rules; add them (declared today):\n"
            + string.Join("\n", missing.Select(k => $"        [\"{k}\"] = \"{Declared(k)}\",")));
        Rules.Keys.Except(operations.Select(Key)).ShouldBeEmpty("rules for operations that no longer exist");

        // Objects of other bodies: a petition lead and the case it opened (恩格贝镇 + natural resources).
        var admin = await host.CreateClientAsAsync("admin");
        var phone = CasesHost.NewPhone();
        var ticket = CasesHost.NewTicket();
        var lead = await ReadAsync(await admin.PostAsJsonAsync("/api/app/leads", new
        {
            channel = "petition", ticketNumber = ticket, text = CasesHost.ReclamationText, address = CasesHost.ReclamationAddress,
            complainantName = "李师傅", phone, employer = "恩格贝复垦工程队" + ticket[^4..], workerCount = 1, amountOwed = 32000m,
        }));
        var opened = (await ReadAsync(await admin.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { }))).Case();
        var caseId = opened.Id();
        var caseNumber = opened.Str("number");
        // A project of other bodies (恩格贝镇 + housing) whose wage account is overdue, so it has a warning.
        var contract = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var projectName = "恩格贝保密项目" + ticket[^4..];
        var project = await ReadAsync(await admin.PostAsJsonAsync("/api/app/projects", new
        {
            name = projectName, typeCode = "E4710", territoryCode = "150621105", builder = "某置业公司", generalContractor = "某建设集团", contractDate = contract,
        }));
        var projectId = project.Id();
        var warningId = project.GetProperty("warnings").EnumerateArray().First().Id();
        var secrets = new[] { lead.Id().ToString(), caseId.ToString(), caseNumber, ticket, phone, phone[^4..] + "\"", projectId.ToString(), warningId.ToString(), projectName };

        await host.CreateUserAsync("user-manager", ["data-12345"], [IdentityPermissions.Users.Default, IdentityPermissions.Users.Create, IdentityPermissions.Users.Update, IdentityPermissions.Users.Delete]);
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = anonymous };
        var granted = new Dictionary<string, HashSet<string>> { [Anonymous] = [] };
        foreach (var caller in Callers.Where(c => c != Anonymous))
        {
            clients[caller] = await host.CreateClientAsAsync(caller);
            var configuration = JsonDocument.Parse(await clients[caller].GetStringAsync("/api/abp/application-configuration")).RootElement;
            granted[caller] = configuration.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().Select(p => p.Name).ToHashSet();
        }

        var failures = new List<string>();
        var calls = 0;
        foreach (var (method, path) in operations)
        {
            var rule = Rules[Key((method, path))];
            foreach (var caller in Callers)
            {
                var url = Fill(path, lead.Id(), caseId, projectId, warningId);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (multipart.Contains(Key((method, path)))) request.Content = new MultipartFormDataContent();
                else if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await clients[caller].SendAsync(request);
                calls++;
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var allowed = rule == Anonymous || (caller != Anonymous && (rule == SignedIn || granted[caller].Contains(rule)));
                var what = $"{method} {url} as {caller} (rule {rule}) → {status}";

                if (status >= 500) failures.Add($"{what}: server error");
                else if (!allowed && caller == Anonymous && status != 401) failures.Add($"{what}: anonymous must get 401");
                else if (!allowed && caller != Anonymous && status != 403) failures.Add($"{what}: escalation, must get 403");
                else if (allowed && rule != Anonymous && status == 401) failures.Add($"{what}: refused a caller the rule allows");

                if (!SeeAll.Contains(caller) && status is >= 200 and < 300)
                {
                    if (secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } leaked)
                        failures.Add($"{what}: leaks an object of another body ({leaked})");
                    if (method != "GET" && new[] { caseId, lead.Id(), projectId, warningId }.Any(o => url.Contains(o.ToString(), StringComparison.Ordinal)))
                        failures.Add($"{what}: changed an object of another body");
                }
            }
        }
        output.WriteLine($"{operations.Count} operations, {calls} calls, {failures.Count} failures");

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private static string Key((string Method, string Path) op) => $"{op.Method} {op.Path}";

    /// <summary>Path parameters: the other bodies' lead, case, project or warning where the path names one, else a harmless value.</summary>
    private static string Fill(string path, Guid leadId, Guid caseId, Guid projectId, Guid warningId)
    {
        var isLead = path.StartsWith("/api/app/leads", StringComparison.Ordinal);
        var isCase = path.StartsWith("/api/app/cases", StringComparison.Ordinal);
        var isProject = path.StartsWith("/api/app/projects/", StringComparison.Ordinal);
        var isWarning = path.StartsWith("/api/app/warnings/", StringComparison.Ordinal);
        var isDepartment = path.StartsWith("/api/app/department-definitions", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}]+)\}", m => m.Groups[1].Value switch
        {
            "id" when isProject => projectId.ToString(),
            "id" when isWarning => warningId.ToString(),
            "id" or "caseId" when isCase => caseId.ToString(),
            "id" or "leadId" when isLead => leadId.ToString(),
            "caseId" => caseId.ToString(),
            "leadId" => leadId.ToString(),
            "id" or "userId" or "roleId" or "documentId" => Guid.NewGuid().ToString(),
            "key" when isDepartment => "housing",
            "date" => "2026-05-01",
            _ => "none",
        });
    }

    /// <summary>What the endpoint declares today (a suggestion for a missing rule, never the rule itself).</summary>
    private string Declared(string key)
    {
        var (method, path) = (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);
        var endpoint = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .FirstOrDefault(e => Normalise(e.RoutePattern.RawText) == path.TrimEnd('/')
                && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true));
        if (endpoint is null) return "?";
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return Anonymous;
        return endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null) ?? SignedIn;
    }

    private static string Normalise(string? pattern) =>
        "/" + System.Text.RegularExpressions.Regex.Replace((pattern ?? "").Trim('/'), @"\{([^}:?]+)[^}]*\}", "{$1}").TrimEnd('/');

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(response);
}
