using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrdersReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enforcement_Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_Orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_PenaltyCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_PenaltyCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReferringBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PoliceBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_Referrals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Orders_CaseNumber",
                table: "enforcement_Orders",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_PenaltyCases_CaseNumber",
                table: "enforcement_PenaltyCases",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_PenaltyCases_Number",
                table: "enforcement_PenaltyCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Referrals_OrderId",
                table: "enforcement_Referrals",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Referrals_PoliceBodyCode",
                table: "enforcement_Referrals",
                column: "PoliceBodyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enforcement_Orders");

            migrationBuilder.DropTable(
                name: "enforcement_PenaltyCases");

            migrationBuilder.DropTable(
                name: "enforcement_Referrals");
        }
    }
}
