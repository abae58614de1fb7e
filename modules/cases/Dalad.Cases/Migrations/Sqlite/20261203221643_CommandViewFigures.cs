using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommandViewFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseVisits_CreatedAt",
                table: "cases_CaseVisits",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseTransfers_CreatedAt",
                table: "cases_CaseTransfers",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Status_TerritoryCode_Id",
                table: "cases_Cases",
                columns: new[] { "Status", "TerritoryCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_CaseVisits_CreatedAt",
                table: "cases_CaseVisits");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseTransfers_CreatedAt",
                table: "cases_CaseTransfers");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_Status_TerritoryCode_Id",
                table: "cases_Cases");
        }
    }
}
