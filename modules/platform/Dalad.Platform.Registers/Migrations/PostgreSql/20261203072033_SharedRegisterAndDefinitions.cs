using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Platform.Registers.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SharedRegisterAndDefinitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registers");

            migrationBuilder.CreateTable(
                name: "DepartmentDefinitionChanges",
                schema: "registers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentDefinitionChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentDefinitions",
                schema: "registers",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SeededDefinition = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentDefinitions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                schema: "registers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TerritoryCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    IndustryBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Attributes = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentDefinitionChanges_Key_CreatedAt",
                schema: "registers",
                table: "DepartmentDefinitionChanges",
                columns: new[] { "Key", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Department_OwnerBodyCode_Kind_Name",
                schema: "registers",
                table: "RegisterEntries",
                columns: new[] { "Department", "OwnerBodyCode", "Kind", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentDefinitionChanges",
                schema: "registers");

            migrationBuilder.DropTable(
                name: "DepartmentDefinitions",
                schema: "registers");

            migrationBuilder.DropTable(
                name: "RegisterEntries",
                schema: "registers");
        }
    }
}
