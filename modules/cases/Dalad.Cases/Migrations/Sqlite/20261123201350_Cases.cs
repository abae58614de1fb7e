using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalad.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_CaseNumberCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_CaseNumberCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "cases_Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrimaryLeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WorkerCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountOwed = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TransferCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_LeadImportRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_LeadImportRows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_LeadImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Linked = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_LeadImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_RoutingCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProposedBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChosenCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChosenBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MatrixVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_RoutingCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_CaseAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_CaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_CaseAssignments_cases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_CaseEvents_cases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_CaseTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_CaseTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_CaseTransfers_cases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IntakeBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdCardNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WorkerCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountOwed = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    RoutingJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedTerritoryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposedTerritorialBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProposedIndustryBodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NeedsDispatcher = table.Column<bool>(type: "INTEGER", nullable: false),
                    MatrixVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    RepeatOfLeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_Leads_cases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseAssignments_BodyCode",
                table: "cases_CaseAssignments",
                column: "BodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseAssignments_CaseId_Role",
                table: "cases_CaseAssignments",
                columns: new[] { "CaseId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseEvents_CaseId",
                table: "cases_CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Number",
                table: "cases_Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Status",
                table: "cases_Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Cases_Year_Sequence",
                table: "cases_Cases",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseTransfers_CaseId",
                table: "cases_CaseTransfers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_LeadImportRows_ImportId_RowNumber",
                table: "cases_LeadImportRows",
                columns: new[] { "ImportId", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_CaseId",
                table: "cases_Leads",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_Channel_TicketNumber",
                table: "cases_Leads",
                columns: new[] { "Channel", "TicketNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_Phone_EmployerKey_ReceivedAt",
                table: "cases_Leads",
                columns: new[] { "Phone", "EmployerKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_ReceivedAt",
                table: "cases_Leads",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Leads_RepeatOfLeadId",
                table: "cases_Leads",
                column: "RepeatOfLeadId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_RoutingCorrections_CaseId",
                table: "cases_RoutingCorrections",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_RoutingCorrections_CreatedAt",
                table: "cases_RoutingCorrections",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_CaseAssignments");

            migrationBuilder.DropTable(
                name: "cases_CaseEvents");

            migrationBuilder.DropTable(
                name: "cases_CaseNumberCounters");

            migrationBuilder.DropTable(
                name: "cases_CaseTransfers");

            migrationBuilder.DropTable(
                name: "cases_LeadImportRows");

            migrationBuilder.DropTable(
                name: "cases_LeadImports");

            migrationBuilder.DropTable(
                name: "cases_Leads");

            migrationBuilder.DropTable(
                name: "cases_RoutingCorrections");

            migrationBuilder.DropTable(
                name: "cases_Cases");
        }
    }
}
