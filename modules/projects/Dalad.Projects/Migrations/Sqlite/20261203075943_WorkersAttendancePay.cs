using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkersAttendancePay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects_Workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Subcontractor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_Workers_projects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_Attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_Attendance_projects_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "projects_Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    DaysPaid = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_Payments_projects_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "projects_Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_Attendance_DeviceId_WorkerId_Time",
                table: "projects_Attendance",
                columns: new[] { "DeviceId", "WorkerId", "Time" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_Attendance_ProjectId_Month_WorkerId",
                table: "projects_Attendance",
                columns: new[] { "ProjectId", "Month", "WorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_Attendance_WorkerId",
                table: "projects_Attendance",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Payments_ProjectId_Month",
                table: "projects_Payments",
                columns: new[] { "ProjectId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_Payments_WorkerId_Month",
                table: "projects_Payments",
                columns: new[] { "WorkerId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_Workers_ProjectId_IdNumber",
                table: "projects_Workers",
                columns: new[] { "ProjectId", "IdNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "projects_Attendance");

            migrationBuilder.DropTable(
                name: "projects_Payments");

            migrationBuilder.DropTable(
                name: "projects_Workers");
        }
    }
}
