using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Backlog17BacklogCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enforcement_BacklogCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PetitionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FlaggingBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FlaggedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivingBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Routes = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_BacklogCases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_BacklogCases_CaseNumber",
                table: "enforcement_BacklogCases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_BacklogCases_FlaggingBodyCode",
                table: "enforcement_BacklogCases",
                column: "FlaggingBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_BacklogCases_ReceivingBodyCode",
                table: "enforcement_BacklogCases",
                column: "ReceivingBodyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enforcement_BacklogCases");
        }
    }
}
