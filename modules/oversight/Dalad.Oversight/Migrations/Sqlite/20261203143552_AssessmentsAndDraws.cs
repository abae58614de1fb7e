using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Oversight.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentsAndDraws : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "oversight_AssessmentActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_AssessmentActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_AssessmentRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_AssessmentRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RulesVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_DrawEmployers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RegisteredByBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_DrawEmployers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_DrawInspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_DrawInspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_DrawInspectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Conflicts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_DrawInspectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Draws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sections = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Frame = table.Column<string>(type: "TEXT", nullable: false),
                    Pool = table.Column<string>(type: "TEXT", nullable: false),
                    Picks = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Draws", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_AssessmentActions_AssessmentId_SubjectCode",
                table: "oversight_AssessmentActions",
                columns: new[] { "AssessmentId", "SubjectCode" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_AssessmentActions_BodyCode_Status",
                table: "oversight_AssessmentActions",
                columns: new[] { "BodyCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_AssessmentRuleSets_Version",
                table: "oversight_AssessmentRuleSets",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Assessments_Year_ComputedAt",
                table: "oversight_Assessments",
                columns: new[] { "Year", "ComputedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_DrawEmployers_CreditCode",
                table: "oversight_DrawEmployers",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_DrawInspections_DrawId_CreditCode",
                table: "oversight_DrawInspections",
                columns: new[] { "DrawId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Draws_DrawnAt",
                table: "oversight_Draws",
                column: "DrawnAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oversight_AssessmentActions");

            migrationBuilder.DropTable(
                name: "oversight_AssessmentRuleSets");

            migrationBuilder.DropTable(
                name: "oversight_Assessments");

            migrationBuilder.DropTable(
                name: "oversight_DrawEmployers");

            migrationBuilder.DropTable(
                name: "oversight_DrawInspections");

            migrationBuilder.DropTable(
                name: "oversight_DrawInspectors");

            migrationBuilder.DropTable(
                name: "oversight_Draws");
        }
    }
}
