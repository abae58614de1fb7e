using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dalad.Responsibility.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VersionedMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                schema: "responsibility",
                table: "Bodies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MatrixChanges",
                schema: "responsibility",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Basis = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatrixChanges", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "ScopeItems",
                schema: "responsibility",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sector = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SourceText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Territories",
                schema: "responsibility",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Territories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScopeKeywords",
                schema: "responsibility",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScopeItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Keyword = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopeKeywords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScopeKeywords_ScopeItems_ScopeItemId",
                        column: x => x.ScopeItemId,
                        principalSchema: "responsibility",
                        principalTable: "ScopeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryAliases",
                schema: "responsibility",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerritoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Alias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryAliases_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalSchema: "responsibility",
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Villages",
                schema: "responsibility",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerritoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Villages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Villages_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalSchema: "responsibility",
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatrixChanges_BodyCode",
                schema: "responsibility",
                table: "MatrixChanges",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_MatrixChanges_EntityType_EntityKey_Version",
                schema: "responsibility",
                table: "MatrixChanges",
                columns: new[] { "EntityType", "EntityKey", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_MatrixChanges_Time",
                schema: "responsibility",
                table: "MatrixChanges",
                column: "Time");

            migrationBuilder.CreateIndex(
                name: "IX_ScopeItems_BodyCode_Sector",
                schema: "responsibility",
                table: "ScopeItems",
                columns: new[] { "BodyCode", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScopeKeywords_ScopeItemId_Keyword",
                schema: "responsibility",
                table: "ScopeKeywords",
                columns: new[] { "ScopeItemId", "Keyword" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Territories_BodyCode",
                schema: "responsibility",
                table: "Territories",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Territories_Code",
                schema: "responsibility",
                table: "Territories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryAliases_Alias",
                schema: "responsibility",
                table: "TerritoryAliases",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryAliases_TerritoryId",
                schema: "responsibility",
                table: "TerritoryAliases",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Villages_TerritoryId_Name",
                schema: "responsibility",
                table: "Villages",
                columns: new[] { "TerritoryId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatrixChanges",
                schema: "responsibility");

            migrationBuilder.DropTable(
                name: "ScopeKeywords",
                schema: "responsibility");

            migrationBuilder.DropTable(
                name: "TerritoryAliases",
                schema: "responsibility");

            migrationBuilder.DropTable(
                name: "Villages",
                schema: "responsibility");

            migrationBuilder.DropTable(
                name: "ScopeItems",
                schema: "responsibility");

            migrationBuilder.DropTable(
                name: "Territories",
                schema: "responsibility");

            migrationBuilder.DropColumn(
                name: "Revision",
                schema: "responsibility",
                table: "Bodies");
        }
    }
}
