using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "projects");

            migrationBuilder.CreateTable(
                name: "Projects",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "text", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TerritoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TerritorialBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Builder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeneralContractor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subcontractors = table.Column<string>(type: "text", nullable: false),
                    GovernmentInvested = table.Column<bool>(type: "boolean", nullable: false),
                    ApprovalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedCompletionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FundingSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FundsInPlace = table.Column<bool>(type: "boolean", nullable: false),
                    PaymentGuarantee = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    AccountNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AccountBank = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AccountOpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AccountAgreementDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DepositAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    DepositExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DepositForm = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DepositIssuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DepositPaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WarningRules",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Warnings",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RuleKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FactKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IndustryBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TerritorialBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandledNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ClosedNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractorAdvances",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Contractor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Remarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractorAdvances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractorAdvances_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Inspector = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Checklist = table.Column<string>(type: "text", nullable: false),
                    Findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractorAdvances_ProjectId",
                schema: "projects",
                table: "ContractorAdvances",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ProjectId_Date",
                schema: "projects",
                table: "Inspections",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_IndustryBodyCode",
                schema: "projects",
                table: "Projects",
                column: "IndustryBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name",
                schema: "projects",
                table: "Projects",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_TerritorialBodyCode",
                schema: "projects",
                table: "Projects",
                column: "TerritorialBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_WarningRules_Key",
                schema: "projects",
                table: "WarningRules",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_IndustryBodyCode",
                schema: "projects",
                table: "Warnings",
                column: "IndustryBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_ProjectId_RuleKey_FactKey",
                schema: "projects",
                table: "Warnings",
                columns: new[] { "ProjectId", "RuleKey", "FactKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_Status",
                schema: "projects",
                table: "Warnings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_TerritorialBodyCode",
                schema: "projects",
                table: "Warnings",
                column: "TerritorialBodyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractorAdvances",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "Inspections",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "WarningRules",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "Warnings",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "Projects",
                schema: "projects");
        }
    }
}
