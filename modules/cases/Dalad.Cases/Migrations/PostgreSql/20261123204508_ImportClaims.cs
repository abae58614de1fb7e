using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ImportClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "cases",
                table: "LeadImports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                schema: "cases",
                table: "LeadImports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeadImports_Status",
                schema: "cases",
                table: "LeadImports",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LeadImports_Status",
                schema: "cases",
                table: "LeadImports");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "cases",
                table: "LeadImports");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "cases",
                table: "LeadImports");
        }
    }
}
