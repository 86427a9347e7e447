using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Associations.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChildSafetyNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "child_safety_notice_days",
                table: "associations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "child_safety_notice_year",
                table: "associations",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "child_safety_notice_days",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "child_safety_notice_year",
                table: "associations");
        }
    }
}
