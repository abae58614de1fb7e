using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseAssignments_BodyCode",
                schema: "cases",
                table: "CaseAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases",
                columns: new[] { "OpenedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases",
                columns: new[] { "Status", "OpenedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_StepDueAt_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases",
                columns: new[] { "Status", "StepDueAt", "OpenedAt", "Sequence" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StepDueAt_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases",
                columns: new[] { "StepDueAt", "OpenedAt", "Sequence" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_BodyCode_CaseId",
                schema: "cases",
                table: "CaseAssignments",
                columns: new[] { "BodyCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_CaseId_BodyCode",
                schema: "cases",
                table: "CaseAssignments",
                columns: new[] { "CaseId", "BodyCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_StepDueAt_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_StepDueAt_OpenedAt_Sequence",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseAssignments_BodyCode_CaseId",
                schema: "cases",
                table: "CaseAssignments");

            migrationBuilder.DropIndex(
                name: "IX_CaseAssignments_CaseId_BodyCode",
                schema: "cases",
                table: "CaseAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                schema: "cases",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_BodyCode",
                schema: "cases",
                table: "CaseAssignments",
                column: "BodyCode");
        }
    }
}
