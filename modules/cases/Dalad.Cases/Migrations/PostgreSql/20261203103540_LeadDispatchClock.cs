using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LeadDispatchClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DispatchDueAt",
                schema: "cases",
                table: "Leads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DispatchOverdue",
                schema: "cases",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "LeadReminders",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_DispatchOverdue",
                schema: "cases",
                table: "Leads",
                columns: new[] { "Status", "DispatchOverdue" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadReminders_BodyCode",
                schema: "cases",
                table: "LeadReminders",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_LeadReminders_LeadId_DueAt_BodyCode",
                schema: "cases",
                table: "LeadReminders",
                columns: new[] { "LeadId", "DueAt", "BodyCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeadReminders",
                schema: "cases");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_DispatchOverdue",
                schema: "cases",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DispatchDueAt",
                schema: "cases",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DispatchOverdue",
                schema: "cases",
                table: "Leads");
        }
    }
}
