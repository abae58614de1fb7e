using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_SupervisionReminders_BodyCode_CaseId_Step_DueAt",
                table: "cases_SupervisionReminders",
                columns: new[] { "BodyCode", "CaseId", "Step", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Flagged",
                table: "cases_Cases",
                columns: new[] { "DeadlineState", "Id" },
                filter: "\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Id_Step_StepDueAt",
                table: "cases_Cases",
                columns: new[] { "Id", "Step", "StepDueAt" },
                filter: "\"StepDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Id",
                table: "cases_Cases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_SupervisionReminders_BodyCode_CaseId_Step_DueAt",
                table: "cases_SupervisionReminders");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Flagged",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Id_Step_StepDueAt",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Id",
                table: "cases_Cases");
        }
    }
}
