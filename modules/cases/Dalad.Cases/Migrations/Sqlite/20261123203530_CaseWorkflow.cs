using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AcceptDueAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AmountRecovered",
                table: "cases_Cases",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineState",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "on-time");

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionDecidedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecidedBy",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRemarks",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionRequestedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionStatus",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HandleDueAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadRole",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "industry");

            migrationBuilder.AddColumn<string>(
                name: "Opinion",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PossiblyFalseClosure",
                table: "cases_Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceiveDueAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                table: "cases_Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolvedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedByBodyCode",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Result",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Step",
                table: "cases_Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StepDueAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VisitDueAt",
                table: "cases_Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PartRecordedAt",
                table: "cases_CaseAssignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartText",
                table: "cases_CaseAssignments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cases_CaseVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Satisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedByBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_CaseVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_SmsLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaskedPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GatewayMessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_SmsLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_SupervisionReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_SupervisionReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_DeadlineState_StepDueAt",
                table: "cases_Cases",
                columns: new[] { "DeadlineState", "StepDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseVisits_CaseId",
                table: "cases_CaseVisits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseVisits_Satisfied_ResolvedByBodyCode",
                table: "cases_CaseVisits",
                columns: new[] { "Satisfied", "ResolvedByBodyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SmsLogs_CaseId",
                table: "cases_SmsLogs",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SmsLogs_OutboxMessageId",
                table: "cases_SmsLogs",
                column: "OutboxMessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_SupervisionReminders_BodyCode",
                table: "cases_SupervisionReminders",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SupervisionReminders_CaseId_Step_DueAt_BodyCode",
                table: "cases_SupervisionReminders",
                columns: new[] { "CaseId", "Step", "DueAt", "BodyCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_CaseVisits");

            migrationBuilder.DropTable(
                name: "cases_SmsLogs");

            migrationBuilder.DropTable(
                name: "cases_SupervisionReminders");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_DeadlineState_StepDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "AcceptDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "AmountRecovered",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "DeadlineState",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedBy",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRemarks",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionStatus",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "HandleDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "LeadRole",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "Opinion",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "PossiblyFalseClosure",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ReceiveDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "ResolvedByBodyCode",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "Result",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "SignedAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "Step",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "StepDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "VisitDueAt",
                table: "cases_Cases");

            migrationBuilder.DropColumn(
                name: "PartRecordedAt",
                table: "cases_CaseAssignments");

            migrationBuilder.DropColumn(
                name: "PartText",
                table: "cases_CaseAssignments");
        }
    }
}
