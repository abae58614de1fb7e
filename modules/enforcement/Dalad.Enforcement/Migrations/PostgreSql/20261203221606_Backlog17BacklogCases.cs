using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Backlog17BacklogCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BacklogCases",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    PetitionCount = table.Column<int>(type: "integer", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FlaggingBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FlaggedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivingBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Routes = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BacklogCases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BacklogCases_CaseNumber",
                schema: "enforcement",
                table: "BacklogCases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BacklogCases_FlaggingBodyCode",
                schema: "enforcement",
                table: "BacklogCases",
                column: "FlaggingBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_BacklogCases_ReceivingBodyCode",
                schema: "enforcement",
                table: "BacklogCases",
                column: "ReceivingBodyCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BacklogCases",
                schema: "enforcement");
        }
    }
}
