using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects_Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TerritorialBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Builder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneralContractor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subcontractors = table.Column<string>(type: "TEXT", nullable: false),
                    GovernmentInvested = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedCompletionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FundingSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FundsInPlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaymentGuarantee = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountBank = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountOpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AccountAgreementDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepositAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    DepositExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepositForm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DepositIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DepositPaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects_WarningRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_WarningRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects_Warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FactKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TerritorialBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HandledNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects_ContractorAdvances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Contractor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_ContractorAdvances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_ContractorAdvances_projects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Checklist = table.Column<string>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_Inspections_projects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_ContractorAdvances_ProjectId",
                table: "projects_ContractorAdvances",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Inspections_ProjectId_Date",
                table: "projects_Inspections",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_Projects_IndustryBodyCode",
                table: "projects_Projects",
                column: "IndustryBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Projects_Name",
                table: "projects_Projects",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Projects_TerritorialBodyCode",
                table: "projects_Projects",
                column: "TerritorialBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_projects_WarningRules_Key",
                table: "projects_WarningRules",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_Warnings_IndustryBodyCode",
                table: "projects_Warnings",
                column: "IndustryBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Warnings_ProjectId_RuleKey_FactKey",
                table: "projects_Warnings",
                columns: new[] { "ProjectId", "RuleKey", "FactKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_Warnings_Status",
                table: "projects_Warnings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Warnings_TerritorialBodyCode",
                table: "projects_Warnings",
                column: "TerritorialBodyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "projects_ContractorAdvances");

            migrationBuilder.DropTable(
                name: "projects_Inspections");

            migrationBuilder.DropTable(
                name: "projects_WarningRules");

            migrationBuilder.DropTable(
                name: "projects_Warnings");

            migrationBuilder.DropTable(
                name: "projects_Projects");
        }
    }
}
