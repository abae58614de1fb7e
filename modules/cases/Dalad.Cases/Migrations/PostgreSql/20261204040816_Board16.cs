using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Board16 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReminders_RaisedAt_Id",
                schema: "cases",
                table: "SupervisionReminders",
                columns: new[] { "RaisedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Board",
                schema: "cases",
                table: "Cases",
                columns: new[] { "DeadlineState", "StepDueAt", "Id" },
                filter: "\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionReminders_RaisedAt_Id",
                schema: "cases",
                table: "SupervisionReminders");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Board",
                schema: "cases",
                table: "Cases");
        }
    }
}
