using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FigureRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureRollupMonths",
                schema: "cases",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureRollupMonths", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "FigureRollups",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    TerritoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TerritorialBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LeadRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ActorBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Open = table.Column<int>(type: "integer", nullable: false),
                    OverdueNow = table.Column<int>(type: "integer", nullable: false),
                    ReceiveInTime = table.Column<int>(type: "integer", nullable: false),
                    ReceiveOverdue = table.Column<int>(type: "integer", nullable: false),
                    AcceptInTime = table.Column<int>(type: "integer", nullable: false),
                    AcceptOverdue = table.Column<int>(type: "integer", nullable: false),
                    HandleInTime = table.Column<int>(type: "integer", nullable: false),
                    HandleOverdue = table.Column<int>(type: "integer", nullable: false),
                    Reopenings = table.Column<int>(type: "integer", nullable: false),
                    AnyOverdue = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureRollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CreatedAt",
                schema: "cases",
                table: "Cases",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LastModifiedAt",
                schema: "cases",
                table: "Cases",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_LastModifiedAt",
                schema: "cases",
                table: "CaseTransfers",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseVisits_LastModifiedAt",
                schema: "cases",
                table: "CaseVisits",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CreatedAt",
                schema: "cases",
                table: "Leads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_LastModifiedAt",
                schema: "cases",
                table: "Leads",
                column: "LastModifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FigureRollups_Month_Kind",
                schema: "cases",
                table: "FigureRollups",
                columns: new[] { "Month", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureRollupMonths",
                schema: "cases"
            );

            migrationBuilder.DropTable(
                name: "FigureRollups",
                schema: "cases"
            );

            migrationBuilder.DropIndex(
                name: "IX_Cases_CreatedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_LastModifiedAt",
                schema: "cases",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseTransfers_LastModifiedAt",
                schema: "cases",
                table: "CaseTransfers");

            migrationBuilder.DropIndex(
                name: "IX_CaseVisits_LastModifiedAt",
                schema: "cases",
                table: "CaseVisits");

            migrationBuilder.DropIndex(
                name: "IX_Leads_CreatedAt",
                schema: "cases",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_LastModifiedAt",
                schema: "cases",
                table: "Leads");
        }
    }
}
