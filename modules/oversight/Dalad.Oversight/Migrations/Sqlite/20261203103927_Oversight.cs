using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Oversight.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Oversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "oversight_Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    People = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rectification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RectificationDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Interviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CaseNumbers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Supervisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectRef = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LateWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Supervisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Interviews_BodyCode_Date",
                table: "oversight_Interviews",
                columns: new[] { "BodyCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Interviews_Date",
                table: "oversight_Interviews",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Referrals_BodyCode_Date",
                table: "oversight_Referrals",
                columns: new[] { "BodyCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Referrals_Date",
                table: "oversight_Referrals",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Supervisions_BodyCode_Status",
                table: "oversight_Supervisions",
                columns: new[] { "BodyCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Supervisions_RaisedAt",
                table: "oversight_Supervisions",
                column: "RaisedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oversight_Interviews");

            migrationBuilder.DropTable(
                name: "oversight_Referrals");

            migrationBuilder.DropTable(
                name: "oversight_Supervisions");
        }
    }
}
