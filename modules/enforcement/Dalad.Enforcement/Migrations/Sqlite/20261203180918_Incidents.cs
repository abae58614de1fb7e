using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enforcement_IllegalDemands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedByBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PoliceBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_IllegalDemands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WorkerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TownshipBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UnionBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportedByBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OnSiteDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Presences = table.Column<string>(type: "TEXT", nullable: false),
                    Escalations = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SettlementNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpinionGrade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OpinionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GradedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Posts = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_JointActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_JointActions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_IllegalDemands_CaseNumber",
                table: "enforcement_IllegalDemands",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_IllegalDemands_PoliceBodyCode",
                table: "enforcement_IllegalDemands",
                column: "PoliceBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Incidents_CaseId",
                table: "enforcement_Incidents",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Incidents_CaseNumber",
                table: "enforcement_Incidents",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Incidents_LeadId",
                table: "enforcement_Incidents",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_Incidents_Status_OpenedAt",
                table: "enforcement_Incidents",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_JointActions_CaseNumber",
                table: "enforcement_JointActions",
                column: "CaseNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enforcement_IllegalDemands");

            migrationBuilder.DropTable(
                name: "enforcement_Incidents");

            migrationBuilder.DropTable(
                name: "enforcement_JointActions");
        }
    }
}
