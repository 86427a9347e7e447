using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Booking.Data.Migrations
{
    /// <inheritdoc />
    public partial class GrantQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "quota_award_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "booking_quotas",
                columns: table => new
                {
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    used_minutes = table.Column<int>(type: "integer", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_quotas", x => x.award_id);
                    table.CheckConstraint("ck_booking_quotas_used", "used_minutes >= 0 AND used_minutes <= hours * 60");
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_quotas_association_id",
                table: "booking_quotas",
                column: "association_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booking_quotas");

            migrationBuilder.DropColumn(
                name: "quota_award_id",
                table: "bookings");
        }
    }
}
