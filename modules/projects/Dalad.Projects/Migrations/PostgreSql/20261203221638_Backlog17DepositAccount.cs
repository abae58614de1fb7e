using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Projects.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Backlog17DepositAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepositAccountNumber",
                schema: "projects",
                table: "Projects",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepositAccountNumber",
                schema: "projects",
                table: "Projects");
        }
    }
}
