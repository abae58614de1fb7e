using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InboxCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReminders_BodyCode_CaseId_Step_DueAt",
                schema: "cases",
                table: "SupervisionReminders",
                columns: new[] { "BodyCode", "CaseId", "Step", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Flagged",
                schema: "cases",
                table: "Cases",
                columns: new[] { "DeadlineState", "Id" },
                filter: "\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Id_Step_StepDueAt",
                schema: "cases",
                table: "Cases",
                columns: new[] { "Id", "Step", "StepDueAt" },
                filter: "\"StepDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Id",
                schema: "cases",
                table: "Cases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionReminders_BodyCode_CaseId_Step_DueAt",
                schema: "cases",
                table: "SupervisionReminders");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Flagged",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Id_Step_StepDueAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Id",
                schema: "cases",
                table: "Cases");
        }
    }
}
