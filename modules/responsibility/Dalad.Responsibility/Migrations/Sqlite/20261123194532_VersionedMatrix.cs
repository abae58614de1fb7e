using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Responsibility.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VersionedMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "responsibility_Bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "responsibility_MatrixChanges",
                columns: table => new
                {
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_MatrixChanges", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_ScopeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_ScopeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_Territories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_Territories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_ScopeKeywords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_ScopeKeywords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responsibility_ScopeKeywords_responsibility_ScopeItems_ScopeItemId",
                        column: x => x.ScopeItemId,
                        principalTable: "responsibility_ScopeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_TerritoryAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TerritoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_TerritoryAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responsibility_TerritoryAliases_responsibility_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "responsibility_Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_Villages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TerritoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_Villages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responsibility_Villages_responsibility_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "responsibility_Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_MatrixChanges_BodyCode",
                table: "responsibility_MatrixChanges",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_MatrixChanges_EntityType_EntityKey_Version",
                table: "responsibility_MatrixChanges",
                columns: new[] { "EntityType", "EntityKey", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_MatrixChanges_Time",
                table: "responsibility_MatrixChanges",
                column: "Time");

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_ScopeItems_BodyCode_Sector",
                table: "responsibility_ScopeItems",
                columns: new[] { "BodyCode", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_ScopeKeywords_ScopeItemId_Keyword",
                table: "responsibility_ScopeKeywords",
                columns: new[] { "ScopeItemId", "Keyword" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_Territories_BodyCode",
                table: "responsibility_Territories",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_Territories_Code",
                table: "responsibility_Territories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_TerritoryAliases_Alias",
                table: "responsibility_TerritoryAliases",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_TerritoryAliases_TerritoryId",
                table: "responsibility_TerritoryAliases",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_Villages_TerritoryId_Name",
                table: "responsibility_Villages",
                columns: new[] { "TerritoryId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "responsibility_MatrixChanges");

            migrationBuilder.DropTable(
                name: "responsibility_ScopeKeywords");

            migrationBuilder.DropTable(
                name: "responsibility_TerritoryAliases");

            migrationBuilder.DropTable(
                name: "responsibility_Villages");

            migrationBuilder.DropTable(
                name: "responsibility_ScopeItems");

            migrationBuilder.DropTable(
                name: "responsibility_Territories");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "responsibility_Bodies");
        }
    }
}
