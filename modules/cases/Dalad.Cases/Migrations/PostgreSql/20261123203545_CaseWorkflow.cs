using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AcceptDueAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AmountRecovered",
                schema: "cases",
                table: "Cases",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineState",
                schema: "cases",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "on-time");

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionDecidedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecidedBy",
                schema: "cases",
                table: "Cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                schema: "cases",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRemarks",
                schema: "cases",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionRequestedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                schema: "cases",
                table: "Cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionStatus",
                schema: "cases",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HandleDueAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadRole",
                schema: "cases",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "industry");

            migrationBuilder.AddColumn<string>(
                name: "Opinion",
                schema: "cases",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PossiblyFalseClosure",
                schema: "cases",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceiveDueAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                schema: "cases",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolvedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedByBodyCode",
                schema: "cases",
                table: "Cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Result",
                schema: "cases",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Step",
                schema: "cases",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StepDueAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VisitDueAt",
                schema: "cases",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PartRecordedAt",
                schema: "cases",
                table: "CaseAssignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartText",
                schema: "cases",
                table: "CaseAssignments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseVisits",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedByBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SmsLogs",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Template = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MaskedPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GatewayMessageId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionReminders",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DeadlineState_StepDueAt",
                schema: "cases",
                table: "Cases",
                columns: new[] { "DeadlineState", "StepDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseVisits_CaseId",
                schema: "cases",
                table: "CaseVisits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseVisits_Satisfied_ResolvedByBodyCode",
                schema: "cases",
                table: "CaseVisits",
                columns: new[] { "Satisfied", "ResolvedByBodyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SmsLogs_CaseId",
                schema: "cases",
                table: "SmsLogs",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsLogs_OutboxMessageId",
                schema: "cases",
                table: "SmsLogs",
                column: "OutboxMessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReminders_BodyCode",
                schema: "cases",
                table: "SupervisionReminders",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReminders_CaseId_Step_DueAt_BodyCode",
                schema: "cases",
                table: "SupervisionReminders",
                columns: new[] { "CaseId", "Step", "DueAt", "BodyCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseVisits",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "SmsLogs",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "SupervisionReminders",
                schema: "cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DeadlineState_StepDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcceptDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AmountRecovered",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DeadlineState",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedBy",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRemarks",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionStatus",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HandleDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LeadRole",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Opinion",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PossiblyFalseClosure",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReceiveDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolvedByBodyCode",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Result",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SignedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Step",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StepDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VisitDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartRecordedAt",
                schema: "cases",
                table: "CaseAssignments");

            migrationBuilder.DropColumn(
                name: "PartText",
                schema: "cases",
                table: "CaseAssignments");
        }
    }
}
