using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Backlog17DepositAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepositAccountNumber",
                table: "projects_Projects",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepositAccountNumber",
                table: "projects_Projects");
        }
    }
}
