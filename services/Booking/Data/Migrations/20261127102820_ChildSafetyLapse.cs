using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Booking.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChildSafetyLapse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "child_safety_lapsed",
                table: "known_associations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "child_safety_lapsed",
                table: "known_associations");
        }
    }
}
