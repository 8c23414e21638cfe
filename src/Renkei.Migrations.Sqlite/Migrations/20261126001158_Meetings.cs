using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Renkei.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VenueJa = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    VenueEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BlockId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RegistrationDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WrittenVoteDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoteDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Quorum = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChairName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChairAssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    Guests = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoticeJa = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    NoticeEn = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    NoticeSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResultsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Blocks_BlockId",
                        column: x => x.BlockId,
                        principalTable: "Blocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficerPositions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerPositions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DescriptionJa = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Majority = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ElectionMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProxyHolderCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    RepresentativeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendances_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendances_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingMinutes",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BodyJa = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingMinutes", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProxyHolderCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    CastByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CastByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CastAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeepUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ballots_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ballots_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ballots_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ElectionCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerPositionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElectionCandidates_OfficerPositions_OfficerPositionId",
                        column: x => x.OfficerPositionId,
                        principalTable: "OfficerPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDocuments_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingDocuments_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficerTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerPositionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssociationCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ElectedAtItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficerTerms_AgendaItems_ElectedAtItemId",
                        column: x => x.ElectedAtItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerTerms_Associations_AssociationCode",
                        column: x => x.AssociationCode,
                        principalTable: "Associations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerTerms_OfficerPositions_OfficerPositionId",
                        column: x => x.OfficerPositionId,
                        principalTable: "OfficerPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttendanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendees_Attendances_AttendanceId",
                        column: x => x.AttendanceId,
                        principalTable: "Attendances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "OfficerPositions",
                columns: new[] { "Id", "Code", "NameEn", "NameJa", "Seats", "SortOrder", "TermYears" },
                values: new object[,]
                {
                    { 1, "chair", "Chair", "会長", 1, 1, 2 },
                    { 2, "vice-chair", "Vice-chair", "副会長", 2, 2, 2 },
                    { 3, "auditor", "Auditor", "監事", 2, 3, 2 },
                    { 4, "steering", "Steering committee member", "運営幹事", 6, 4, 2 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_AssociationCode",
                table: "Attendances",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_MeetingId_AssociationCode",
                table: "Attendances",
                columns: new[] { "MeetingId", "AssociationCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendees_AttendanceId",
                table: "Attendees",
                column: "AttendanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_AgendaItemId_CandidateNumber_AssociationCode_Sequence",
                table: "Ballots",
                columns: new[] { "AgendaItemId", "CandidateNumber", "AssociationCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_AssociationCode",
                table: "Ballots",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_MeetingId",
                table: "Ballots",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_AgendaItemId_Number",
                table: "ElectionCandidates",
                columns: new[] { "AgendaItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_AssociationCode",
                table: "ElectionCandidates",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidates_OfficerPositionId",
                table: "ElectionCandidates",
                column: "OfficerPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDocuments_AgendaItemId",
                table: "MeetingDocuments",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDocuments_MeetingId",
                table: "MeetingDocuments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BlockId",
                table: "Meetings",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsAt",
                table: "Meetings",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerPositions_Code",
                table: "OfficerPositions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficerTerms_AssociationCode",
                table: "OfficerTerms",
                column: "AssociationCode");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerTerms_ElectedAtItemId",
                table: "OfficerTerms",
                column: "ElectedAtItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerTerms_OfficerPositionId",
                table: "OfficerTerms",
                column: "OfficerPositionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendees");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "ElectionCandidates");

            migrationBuilder.DropTable(
                name: "MeetingDocuments");

            migrationBuilder.DropTable(
                name: "MeetingMinutes");

            migrationBuilder.DropTable(
                name: "OfficerTerms");

            migrationBuilder.DropTable(
                name: "Attendances");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "OfficerPositions");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
