using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Responsibility.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScopeItemIndustryCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndustryCodes",
                schema: "responsibility",
                table: "ScopeItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndustryCodes",
                schema: "responsibility",
                table: "ScopeItems");
        }
    }
}
