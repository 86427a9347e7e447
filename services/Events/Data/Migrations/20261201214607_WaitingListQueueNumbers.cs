using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class WaitingListQueueNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "queue_number",
                table: "registrations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "queue_numbers_issued",
                table: "events",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Registrations made before queue numbers: every registration is numbered in the old order (time, id),
            // so the waiting list keeps its order and later numbers come after.
            migrationBuilder.Sql("""
                UPDATE registrations r SET queue_number = n.number
                FROM (SELECT id, row_number() OVER (PARTITION BY event_id ORDER BY registered_at, id) AS number FROM registrations) n
                WHERE r.id = n.id;
                UPDATE events e SET queue_numbers_issued = coalesce((SELECT max(queue_number) FROM registrations WHERE event_id = e.id), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_queue_number",
                table: "registrations",
                columns: new[] { "event_id", "queue_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registrations_event_id_queue_number",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "queue_number",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "queue_numbers_issued",
                table: "events");
        }
    }
}
