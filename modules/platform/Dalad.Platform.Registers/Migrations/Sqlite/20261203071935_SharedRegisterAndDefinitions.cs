using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Platform.Registers.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedRegisterAndDefinitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registers_DepartmentDefinitionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registers_DepartmentDefinitionChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registers_DepartmentDefinitions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeededDefinition = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registers_DepartmentDefinitions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "registers_RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Attributes = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registers_RegisterEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registers_DepartmentDefinitionChanges_Key_CreatedAt",
                table: "registers_DepartmentDefinitionChanges",
                columns: new[] { "Key", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registers_RegisterEntries_Department_OwnerBodyCode_Kind_Name",
                table: "registers_RegisterEntries",
                columns: new[] { "Department", "OwnerBodyCode", "Kind", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registers_DepartmentDefinitionChanges");

            migrationBuilder.DropTable(
                name: "registers_DepartmentDefinitions");

            migrationBuilder.DropTable(
                name: "registers_RegisterEntries");
        }
    }
}
