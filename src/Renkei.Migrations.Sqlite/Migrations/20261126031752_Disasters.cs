using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Disasters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Disasters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrefectureCodes = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeclaredByAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    EscalationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disasters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disasters_Associations_DeclaredByAssociationCode",
                        column: x => x.DeclaredByAssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Preparedness",
                columns: table => new
                {
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Phone24h = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BackupName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BackupPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BackupEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DispatchableStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    RemoteSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemoteSupportNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Preparedness", x => x.AssociationCode);
                    table.ForeignKey(
                        name: "FK_Preparedness_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AffectedAssociations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisasterId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupportCentreOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AffectedAssociations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AffectedAssociations_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AffectedAssociations_Disasters_DisasterId",
                        column: x => x.DisasterId,
                        principalTable: "Disasters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisasterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    BlockId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PostedByAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    EscalateAfter = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CoveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportRequests_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportRequests_Blocks_BlockId",
                        column: x => x.BlockId,
                        principalTable: "Blocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportRequests_Disasters_DisasterId",
                        column: x => x.DisasterId,
                        principalTable: "Disasters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PreparednessLanguages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Interpreters = table.Column<int>(type: "INTEGER", nullable: false),
                    Translators = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreparednessLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreparednessLanguages_Preparedness_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Preparedness",
                        principalColumn: "AssociationCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisasterEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisasterId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    Automatic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisasterEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisasterEvents_Disasters_DisasterId",
                        column: x => x.DisasterId,
                        principalTable: "Disasters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisasterEvents_SupportRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "SupportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    DisasterId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OfferedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OfferedByAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportOffers_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportOffers_Disasters_DisasterId",
                        column: x => x.DisasterId,
                        principalTable: "Disasters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportOffers_SupportRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "SupportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfferSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferSteps_SupportOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "SupportOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AffectedAssociations_AssociationCode",
                table: "AffectedAssociations",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_AffectedAssociations_DisasterId_AssociationCode",
                table: "AffectedAssociations",
                columns: new[] { "DisasterId", "AssociationCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisasterEvents_DisasterId_At",
                table: "DisasterEvents",
                columns: new[] { "DisasterId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DisasterEvents_RequestId",
                table: "DisasterEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Disasters_DeclaredByAssociationCode",
                table: "Disasters",
                column: "DeclaredByAssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Disasters_StartedAt",
                table: "Disasters",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSteps_OfferId_Sequence",
                table: "OfferSteps",
                columns: new[] { "OfferId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreparednessLanguages_AssociationCode_Language",
                table: "PreparednessLanguages",
                columns: new[] { "AssociationCode", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportOffers_AssociationCode",
                table: "SupportOffers",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupportOffers_DisasterId",
                table: "SupportOffers",
                column: "DisasterId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportOffers_RequestId",
                table: "SupportOffers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_AssociationCode",
                table: "SupportRequests",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_BlockId",
                table: "SupportRequests",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_DisasterId_Number",
                table: "SupportRequests",
                columns: new[] { "DisasterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_EscalatedAt_EscalateAfter",
                table: "SupportRequests",
                columns: new[] { "EscalatedAt", "EscalateAfter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AffectedAssociations");

            migrationBuilder.DropTable(
                name: "DisasterEvents");

            migrationBuilder.DropTable(
                name: "OfferSteps");

            migrationBuilder.DropTable(
                name: "PreparednessLanguages");

            migrationBuilder.DropTable(
                name: "SupportOffers");

            migrationBuilder.DropTable(
                name: "Preparedness");

            migrationBuilder.DropTable(
                name: "SupportRequests");

            migrationBuilder.DropTable(
                name: "Disasters");
        }
    }
}
