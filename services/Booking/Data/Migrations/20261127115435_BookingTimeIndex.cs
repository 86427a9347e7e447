using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Booking.Data.Migrations
{
    /// <inheritdoc />
    public partial class BookingTimeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bookings_facility_id",
                table: "bookings");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_facility_id_starts_at",
                table: "bookings",
                columns: new[] { "facility_id", "starts_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bookings_facility_id_starts_at",
                table: "bookings");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_facility_id",
                table: "bookings",
                column: "facility_id");
        }
    }
}
