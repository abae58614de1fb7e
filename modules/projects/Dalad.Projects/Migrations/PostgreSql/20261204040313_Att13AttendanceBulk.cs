using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Att13AttendanceBulk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_DeviceId_WorkerId_Time",
                schema: "projects",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProjectId_Month_WorkerId",
                schema: "projects",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_WorkerId",
                schema: "projects",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProjectId_Month_WorkerId_Date",
                schema: "projects",
                table: "Attendance",
                columns: new[] { "ProjectId", "Month", "WorkerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WorkerId_DeviceId_Time",
                schema: "projects",
                table: "Attendance",
                columns: new[] { "WorkerId", "DeviceId", "Time" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProjectId_Month_WorkerId_Date",
                schema: "projects",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_WorkerId_DeviceId_Time",
                schema: "projects",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DeviceId_WorkerId_Time",
                schema: "projects",
                table: "Attendance",
                columns: new[] { "DeviceId", "WorkerId", "Time" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProjectId_Month_WorkerId",
                schema: "projects",
                table: "Attendance",
                columns: new[] { "ProjectId", "Month", "WorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WorkerId",
                schema: "projects",
                table: "Attendance",
                column: "WorkerId");
        }
    }
}
