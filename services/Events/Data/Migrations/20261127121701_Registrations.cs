using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class Registrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "venue",
                table: "events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "audience",
                table: "events",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<string>(
                name: "invitation_code",
                table: "events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organizer_association_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organizer_id",
                table: "events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "participant_data_removed",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "registered",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registration_closes",
                table: "events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registration_opens",
                table: "events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "events",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "status_reason",
                table: "events",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "venue_booking_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "venue_facility_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "venue_request_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dietary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    accessibility = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    session_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promoted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    anonymised = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    registered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_registered", "registered >= 0 AND registered <= capacity");
                    table.ForeignKey(
                        name: "fk_sessions_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_venue_request_id",
                table: "events",
                column: "venue_request_id",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_registered",
                table: "events",
                sql: "registered >= 0 AND registered <= capacity");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_status_registered_at",
                table: "registrations",
                columns: new[] { "event_id", "status", "registered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_event_id",
                table: "sessions",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_events_venue_request_id",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_registered",
                table: "events");

            migrationBuilder.DropColumn(
                name: "audience",
                table: "events");

            migrationBuilder.DropColumn(
                name: "created_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "invitation_code",
                table: "events");

            migrationBuilder.DropColumn(
                name: "organizer_association_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "organizer_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "participant_data_removed",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registered",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_closes",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_opens",
                table: "events");

            migrationBuilder.DropColumn(
                name: "status",
                table: "events");

            migrationBuilder.DropColumn(
                name: "status_reason",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue_booking_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue_facility_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue_request_id",
                table: "events");

            migrationBuilder.AlterColumn<string>(
                name: "venue",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);
        }
    }
}
