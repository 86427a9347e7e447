using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Associations.Data.Migrations
{
    /// <inheritdoc />
    public partial class Fol4StatementAndEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fol4statement",
                table: "associations",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "fol4statement",
                table: "associations");
        }
    }
}
