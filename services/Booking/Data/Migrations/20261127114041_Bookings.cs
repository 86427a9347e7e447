using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Booking.Data.Migrations
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "bookable_days_ahead",
                table: "facilities",
                type: "integer",
                nullable: false,
                defaultValue: 180);

            migrationBuilder.AddColumn<int>(
                name: "booking_unit_minutes",
                table: "facilities",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<List<string>>(
                name: "equipment",
                table: "facilities",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<bool>(
                name: "hearing_loop",
                table: "facilities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "hourly_price",
                table: "facilities",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "maximum_minutes",
                table: "facilities",
                type: "integer",
                nullable: false,
                defaultValue: 240);

            migrationBuilder.AddColumn<int>(
                name: "minimum_minutes",
                table: "facilities",
                type: "integer",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<string>(
                name: "opening_hours",
                table: "facilities",
                type: "jsonb",
                nullable: true,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "wheelchair_access",
                table: "facilities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "booking_rights",
                columns: table => new
                {
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consecutive_no_shows = table.Column<int>(type: "integer", nullable: false),
                    suspended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lift_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_rights", x => x.association_id);
                });

            migrationBuilder.CreateTable(
                name: "booking_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: true),
                    season_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    first_date = table.Column<DateOnly>(type: "date", nullable: false),
                    last_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    skipped_dates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "closed_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closed_periods", x => x.id);
                    table.CheckConstraint("ck_closed_periods_dates", "\"to\" >= \"from\"");
                    table.ForeignKey(
                        name: "fk_closed_periods_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    location = table.Column<string>(type: "text", nullable: true),
                    response_body = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "season_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    season_start = table.Column<DateOnly>(type: "date", nullable: false),
                    season_end = table.Column<DateOnly>(type: "date", nullable: false),
                    requests_open = table.Column<DateOnly>(type: "date", nullable: false),
                    requests_close = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_season_rounds", x => x.id);
                    table.CheckConstraint("ck_season_rounds_dates", "season_end > season_start AND requests_close >= requests_open");
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    season_round_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    price = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    booked_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booked_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    late_cancellation = table.Column<bool>(type: "boolean", nullable: false),
                    attendance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    attendance_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.CheckConstraint("ck_bookings_time", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_bookings_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_series_series_id",
                        column: x => x.series_id,
                        principalTable: "booking_series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "season_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: true),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    weekday = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    activity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    expected_participants = table.Column<int>(type: "integer", nullable: false),
                    submitted_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    allocated_facility_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allocated_weekday = table.Column<int>(type: "integer", nullable: true),
                    allocated_start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    conflicts_with = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    adjusted_by_staff = table.Column<bool>(type: "boolean", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_season_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_season_requests_season_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "season_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_facilities_booking_rules",
                table: "facilities",
                sql: "booking_unit_minutes > 0 AND minimum_minutes > 0 AND maximum_minutes >= minimum_minutes AND bookable_days_ahead >= 0 AND hourly_price >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_association_id_starts_at",
                table: "bookings",
                columns: new[] { "association_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_facility_id",
                table: "bookings",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_series_id",
                table: "bookings",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_closed_periods_facility_id",
                table: "closed_periods",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_season_requests_round_id",
                table: "season_requests",
                column: "round_id");

            // No two confirmed bookings of one facility overlap: the guarantee against double booking.
            // (It also serves the overlap queries: facility_id = x AND tstzrange(...) && y.)
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE bookings ADD CONSTRAINT ex_bookings_no_overlap
                    EXCLUDE USING gist (facility_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'Confirmed');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booking_rights");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "closed_periods");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "season_requests");

            migrationBuilder.DropTable(
                name: "booking_series");

            migrationBuilder.DropTable(
                name: "season_rounds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_facilities_booking_rules",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "bookable_days_ahead",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "booking_unit_minutes",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "equipment",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "hearing_loop",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "hourly_price",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "maximum_minutes",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "minimum_minutes",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "opening_hours",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "wheelchair_access",
                table: "facilities");
        }
    }
}
