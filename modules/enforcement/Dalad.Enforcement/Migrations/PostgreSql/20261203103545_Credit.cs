using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "enforcement");

            migrationBuilder.CreateTable(
                name: "ArrearsFindings",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditChecks",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Listed = table.Column<bool>(type: "boolean", nullable: false),
                    ListingId = table.Column<Guid>(type: "uuid", nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Listings",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProposalReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecisionReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Restrictions = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsFindings_CaseNumber",
                schema: "enforcement",
                table: "ArrearsFindings",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsFindings_CreditCode",
                schema: "enforcement",
                table: "ArrearsFindings",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsFindings_NormalisedName",
                schema: "enforcement",
                table: "ArrearsFindings",
                column: "NormalisedName");

            migrationBuilder.CreateIndex(
                name: "IX_CreditChecks_CreditCode",
                schema: "enforcement",
                table: "CreditChecks",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_CreditCode",
                schema: "enforcement",
                table: "Listings",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Status",
                schema: "enforcement",
                table: "Listings",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrearsFindings",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "CreditChecks",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "Listings",
                schema: "enforcement");
        }
    }
}
