using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Board16 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_SupervisionReminders_RaisedAt_Id",
                table: "cases_SupervisionReminders",
                columns: new[] { "RaisedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Board",
                table: "cases_Cases",
                columns: new[] { "DeadlineState", "StepDueAt", "Id" },
                filter: "\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_SupervisionReminders_RaisedAt_Id",
                table: "cases_SupervisionReminders");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Board",
                table: "cases_Cases");
        }
    }
}
