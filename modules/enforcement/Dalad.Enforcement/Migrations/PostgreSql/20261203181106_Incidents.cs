using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IllegalDemands",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedByBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PoliceBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Measure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IllegalDemands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: true),
                    TicketNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WorkerCount = table.Column<int>(type: "integer", nullable: false),
                    IndustryBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TownshipBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnionBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportedByBodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OnSiteDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Presences = table.Column<string>(type: "text", nullable: false),
                    Escalations = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SettlementNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OpinionGrade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    OpinionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GradedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Posts = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JointActions",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointActions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IllegalDemands_CaseNumber",
                schema: "enforcement",
                table: "IllegalDemands",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_IllegalDemands_PoliceBodyCode",
                schema: "enforcement",
                table: "IllegalDemands",
                column: "PoliceBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CaseId",
                schema: "enforcement",
                table: "Incidents",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CaseNumber",
                schema: "enforcement",
                table: "Incidents",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_LeadId",
                schema: "enforcement",
                table: "Incidents",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Status_OpenedAt",
                schema: "enforcement",
                table: "Incidents",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JointActions_CaseNumber",
                schema: "enforcement",
                table: "JointActions",
                column: "CaseNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IllegalDemands",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "Incidents",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "JointActions",
                schema: "enforcement");
        }
    }
}
