using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_Status",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseAssignments_BodyCode",
                table: "cases_CaseAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_OpenedAt_Sequence",
                table: "cases_Cases",
                columns: new[] { "OpenedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Status_OpenedAt_Sequence",
                table: "cases_Cases",
                columns: new[] { "Status", "OpenedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Status_StepDueAt_OpenedAt_Sequence",
                table: "cases_Cases",
                columns: new[] { "Status", "StepDueAt", "OpenedAt", "Sequence" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_StepDueAt_OpenedAt_Sequence",
                table: "cases_Cases",
                columns: new[] { "StepDueAt", "OpenedAt", "Sequence" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseAssignments_BodyCode_CaseId",
                table: "cases_CaseAssignments",
                columns: new[] { "BodyCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseAssignments_CaseId_BodyCode",
                table: "cases_CaseAssignments",
                columns: new[] { "CaseId", "BodyCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_OpenedAt_Sequence",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_Status_OpenedAt_Sequence",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_Status_StepDueAt_OpenedAt_Sequence",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_StepDueAt_OpenedAt_Sequence",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseAssignments_BodyCode_CaseId",
                table: "cases_CaseAssignments");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseAssignments_CaseId_BodyCode",
                table: "cases_CaseAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Status",
                table: "cases_Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseAssignments_BodyCode",
                table: "cases_CaseAssignments",
                column: "BodyCode");
        }
    }
}
