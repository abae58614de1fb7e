using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FigureRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_FigureRollupMonths",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_FigureRollupMonths", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "cases_FigureRollups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TerritorialBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeadRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ActorBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Open = table.Column<int>(type: "INTEGER", nullable: false),
                    OverdueNow = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiveInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiveOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    HandleInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    HandleOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Reopenings = table.Column<int>(type: "INTEGER", nullable: false),
                    AnyOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_FigureRollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_CreatedAt",
                table: "cases_Cases",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_LastModifiedAt",
                table: "cases_Cases",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseTransfers_LastModifiedAt",
                table: "cases_CaseTransfers",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseVisits_LastModifiedAt",
                table: "cases_CaseVisits",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_CreatedAt",
                table: "cases_Leads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_LastModifiedAt",
                table: "cases_Leads",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_FigureRollups_Month_Kind",
                table: "cases_FigureRollups",
                columns: new[] { "Month", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_FigureRollupMonths"
            );

            migrationBuilder.DropTable(
                name: "cases_FigureRollups"
            );

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_CreatedAt",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_Cases_LastModifiedAt",
                table: "cases_Cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseTransfers_LastModifiedAt",
                table: "cases_CaseTransfers");

            migrationBuilder.DropIndex(
                name: "IX_cases_CaseVisits_LastModifiedAt",
                table: "cases_CaseVisits");

            migrationBuilder.DropIndex(
                name: "IX_cases_Leads_CreatedAt",
                table: "cases_Leads");

            migrationBuilder.DropIndex(
                name: "IX_cases_Leads_LastModifiedAt",
                table: "cases_Leads");
        }
    }
}
