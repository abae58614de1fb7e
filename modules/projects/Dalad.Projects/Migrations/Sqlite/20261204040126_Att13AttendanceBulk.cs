using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Att13AttendanceBulk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_projects_Attendance_DeviceId_WorkerId_Time",
                table: "projects_Attendance");

            migrationBuilder.DropIndex(
                name: "IX_projects_Attendance_ProjectId_Month_WorkerId",
                table: "projects_Attendance");

            migrationBuilder.DropIndex(
                name: "IX_projects_Attendance_WorkerId",
                table: "projects_Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Attendance_ProjectId_Month_WorkerId_Date",
                table: "projects_Attendance",
                columns: new[] { "ProjectId", "Month", "WorkerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_Attendance_WorkerId_DeviceId_Time",
                table: "projects_Attendance",
                columns: new[] { "WorkerId", "DeviceId", "Time" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_projects_Attendance_ProjectId_Month_WorkerId_Date",
                table: "projects_Attendance");

            migrationBuilder.DropIndex(
                name: "IX_projects_Attendance_WorkerId_DeviceId_Time",
                table: "projects_Attendance");

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
        }
    }
}
