using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "cases_LeadImports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                table: "cases_LeadImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_LeadImports_Status",
                table: "cases_LeadImports",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_LeadImports_Status",
                table: "cases_LeadImports");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                table: "cases_LeadImports");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "cases_LeadImports");
        }
    }
}
