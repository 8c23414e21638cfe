using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PreparednessSample : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "Preparedness",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Demo rows seeded before the flag existed: the demo writes its emergency e-mails to the demo domain only.
            migrationBuilder.Sql("""UPDATE "Preparedness" SET "IsSample" = 1 WHERE "Email" LIKE '%.demo.renkei.jp';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "Preparedness");
        }
    }
}
