using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CommandViewFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CaseVisits_CreatedAt",
                schema: "cases",
                table: "CaseVisits",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_CreatedAt",
                schema: "cases",
                table: "CaseTransfers",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_TerritoryCode_Id",
                schema: "cases",
                table: "Cases",
                columns: new[] { "Status", "TerritoryCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseVisits_CreatedAt",
                schema: "cases",
                table: "CaseVisits");

            migrationBuilder.DropIndex(
                name: "IX_CaseTransfers_CreatedAt",
                schema: "cases",
                table: "CaseTransfers");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_TerritoryCode_Id",
                schema: "cases",
                table: "Cases");
        }
    }
}
