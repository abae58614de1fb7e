using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enforcement_ArrearsFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_ArrearsFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_CreditChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Listed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_CreditChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_Listings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposalReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Restrictions = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovalReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_Listings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_ArrearsFindings_CaseNumber",
                table: "enforcement_ArrearsFindings",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_ArrearsFindings_CreditCode",
                table: "enforcement_ArrearsFindings",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_ArrearsFindings_NormalisedName",
                table: "enforcement_ArrearsFindings",
                column: "NormalisedName");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_CreditChecks_CreditCode",
                table: "enforcement_CreditChecks",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Listings_CreditCode",
                table: "enforcement_Listings",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Listings_Status",
                table: "enforcement_Listings",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enforcement_ArrearsFindings");

            migrationBuilder.DropTable(
                name: "enforcement_CreditChecks");

            migrationBuilder.DropTable(
                name: "enforcement_Listings");
        }
    }
}
