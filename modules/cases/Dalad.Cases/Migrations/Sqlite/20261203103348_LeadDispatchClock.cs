using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadDispatchClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DispatchDueAt",
                table: "cases_Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DispatchOverdue",
                table: "cases_Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cases_LeadReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_LeadReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_Status_DispatchOverdue",
                table: "cases_Leads",
                columns: new[] { "Status", "DispatchOverdue" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_LeadReminders_BodyCode",
                table: "cases_LeadReminders",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_cases_LeadReminders_LeadId_DueAt_BodyCode",
                table: "cases_LeadReminders",
                columns: new[] { "LeadId", "DueAt", "BodyCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_LeadReminders");

            migrationBuilder.DropIndex(
                name: "IX_cases_Leads_Status_DispatchOverdue",
                table: "cases_Leads");

            migrationBuilder.DropColumn(
                name: "DispatchDueAt",
                table: "cases_Leads");

            migrationBuilder.DropColumn(
                name: "DispatchOverdue",
                table: "cases_Leads");
        }
    }
}
