using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Responsibility.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScopeItemIndustryCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndustryCodes",
                table: "responsibility_ScopeItems",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndustryCodes",
                table: "responsibility_ScopeItems");
        }
    }
}
