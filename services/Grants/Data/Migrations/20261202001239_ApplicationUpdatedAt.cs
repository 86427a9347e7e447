using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "grant_applications",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Drafts saved before this column was last saved no later than they were submitted or created.
            migrationBuilder.Sql("UPDATE grant_applications SET updated_at = coalesce(submitted_at, created_at);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "grant_applications");
        }
    }
}
